package tandem.core.documents;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLParserPool;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;

/**
 * The resource factory every plan file extension is registered with (extension point
 * {@code org.eclipse.emf.ecore.extension_parser}): XMI whose references use element ids, so that files stay
 * readable in diffs and references between files survive renames.
 */
public class PlanResourceFactory extends XMIResourceFactoryImpl {

    static final XMLParserPool PARSER_POOL = new XMLParserPoolImpl();

    @Override
    public Resource createResource(URI uri) {
        XMIResourceImpl resource = newResource(uri);
        resource.setIntrinsicIDToEObjectMap(new HashMap<>());
        Map<Object, Object> save = resource.getDefaultSaveOptions();
        save.put(XMLResource.OPTION_ENCODING, "UTF-8");
        save.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.TRUE);
        save.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
        save.put(Resource.OPTION_LINE_DELIMITER, "\n");
        Map<Object, Object> load = resource.getDefaultLoadOptions();
        load.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        load.put(XMLResource.OPTION_USE_PARSER_POOL, PARSER_POOL);
        return resource;
    }

    /**
     * The resource before configuration; plan types whose documents hold large row tables return a
     * {@link tandem.core.rows.RowTableResource} (see {@link tandem.core.rows.RowTableResourceFactory}).
     */
    protected XMIResourceImpl newResource(URI uri) {
        return new XMIResourceImpl(uri) {
            @Override
            protected boolean useUUIDs() {
                return false;
            }
        };
    }
}
