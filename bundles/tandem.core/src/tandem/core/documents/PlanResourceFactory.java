package tandem.core.documents;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLParserPool;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The resource factory every plan file extension is registered with (extension point
 * {@code org.eclipse.emf.ecore.extension_parser}): XMI whose references use element ids, so that files stay
 * readable in diffs and references between files survive renames.
 * <p>
 * Elements may be nested at most {@value #MAX_DEPTH} levels deep: deeper files (real plans nest a handful of
 * levels) are refused at the first element too deep, before parsing them costs minutes.
 */
public class PlanResourceFactory extends XMIResourceFactoryImpl {

    /** How deep elements may be nested in a plan file. */
    public static final int MAX_DEPTH = 1000;

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

    /** A nesting depth past {@link PlanResourceFactory#MAX_DEPTH}, with the line and column it was found at. */
    static final class TooDeeplyNested extends SAXParseException {
        private static final long serialVersionUID = 1L;

        TooDeeplyNested(Locator locator) {
            super("elements are nested more than " + MAX_DEPTH + " levels deep; a plan file may nest at most "
                    + MAX_DEPTH, locator);
        }
    }

    /** Counts the nesting depth while parsing and stops at the first element too deep. */
    private static final class DepthLimitedHandler extends SAXXMIHandler {
        private int depth;

        DepthLimitedHandler(XMLResource resource, XMLHelper helper, java.util.Map<?, ?> options) {
            super(resource, helper, options);
        }

        @Override
        public void startElement(String uri, String localName, String name, Attributes attributes)
                throws SAXException {
            if (++depth > MAX_DEPTH) {
                throw new TooDeeplyNested(locator);
            }
            super.startElement(uri, localName, name, attributes);
        }

        @Override
        public void endElement(String uri, String localName, String name) {
            depth--;
            super.endElement(uri, localName, name);
        }

        @Override
        public void reset() {
            depth = 0;
            super.reset();
        }
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

            @Override
            protected XMLLoad createXMLLoad() {
                return depthLimitedLoad(createXMLHelper());
            }
        };
    }

    /**
     * An XMI load that stops at the first element nested deeper than {@link #MAX_DEPTH}: resources of plan files
     * return it from {@code createXMLLoad()}, so that no file can keep the parser busy for minutes.
     */
    public static XMLLoad depthLimitedLoad(XMLHelper helper) {
        return new XMILoadImpl(helper) {
            @Override
            protected DefaultHandler makeDefaultHandler() {
                return new DepthLimitedHandler(this.resource, this.helper, this.options);
            }
        };
    }
}
