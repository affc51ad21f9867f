package tandem.checks;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/** The plan documents checked together, resolved as one EMF resource set. */
public interface PlanSet {

    ResourceSet resourceSet();

    /** The plan documents being checked (documents only loaded because something refers to them are not). */
    List<Resource> documents();

    /** Every element of the type in the checked documents, in document order; computed once per type. */
    <T extends EObject> List<T> all(Class<T> type);

    /** The root elements of the type (for example every {@code CampaignCalendar}). */
    <T extends EObject> List<T> roots(Class<T> type);
}
