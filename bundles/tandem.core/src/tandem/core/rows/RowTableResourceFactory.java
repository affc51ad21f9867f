package tandem.core.rows;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

import tandem.core.documents.PlanResourceFactory;

/**
 * The resource factory of plan types whose documents hold {@link RowTable}s or row lists: register it for the
 * file extension (extension point {@code org.eclipse.emf.ecore.extension_parser}) instead of
 * {@link PlanResourceFactory}; plan types with row lists register a subclass that names them (see
 * {@link RowTableResource}).
 */
public class RowTableResourceFactory extends PlanResourceFactory {

    private final List<EReference> rowLists;

    /** Documents whose row tables are {@link RowTable} attributes only. */
    public RowTableResourceFactory() {
        this.rowLists = List.of();
    }

    /**
     * Documents whose listed containment references hold rows (elements of one class with attributes only), saved
     * as row tables rather than one XML element each.
     */
    protected RowTableResourceFactory(EReference... rowLists) {
        this.rowLists = List.of(rowLists);
    }

    @Override
    protected XMIResourceImpl newResource(URI uri) {
        return new RowTableResource(uri, rowLists);
    }
}
