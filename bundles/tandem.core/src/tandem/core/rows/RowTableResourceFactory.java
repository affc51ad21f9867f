package tandem.core.rows;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

import tandem.core.documents.PlanResourceFactory;

/**
 * The resource factory of plan types whose documents hold {@link RowTable}s: register it for the file extension
 * (extension point {@code org.eclipse.emf.ecore.extension_parser}) instead of {@link PlanResourceFactory}.
 */
public class RowTableResourceFactory extends PlanResourceFactory {

    @Override
    protected XMIResourceImpl newResource(URI uri) {
        return new RowTableResource(uri);
    }
}
