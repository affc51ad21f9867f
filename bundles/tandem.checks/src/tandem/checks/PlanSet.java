package tandem.checks;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * The plan documents checked together, resolved as one EMF resource set.
 * <p>
 * A plan set also holds what checks work out from the plans, so that a check stays fast without caches of its own:
 * {@link #shared} for one run, {@link #kept} per document for as long as the document does not change. Plan sets
 * made by {@link PlanSets} hand the latter on from one check to the next; the defaults here keep nothing.
 */
public interface PlanSet {

    ResourceSet resourceSet();

    /** The plan documents being checked (documents only loaded because something refers to them are not). */
    List<Resource> documents();

    /** Every element of the type in the checked documents, in document order; computed once per type. */
    <T extends EObject> List<T> all(Class<T> type);

    /** The root elements of the type (for example every {@code CampaignCalendar}). */
    <T extends EObject> List<T> roots(Class<T> type);

    /**
     * A token for the state of a document in this plan set: the same object in a later plan set made by
     * {@link PlanSets#afterChange} that did not name the document as changed, a new object otherwise (and in every
     * plan set made by {@code PlanSets.of} or {@code PlanSets.load}). A check that keeps results per document from
     * one run to the next compares tokens to know whether the document may have changed since. The token does not
     * keep the document. By default a new object on every call: nothing is known to be unchanged.
     */
    default Object revision(Resource document) {
        return new Object();
    }

    /**
     * What a check keeps about a document while the document does not change, for example results it worked out
     * from it: kept with the document's {@link #revision}, so handed on by {@link PlanSets#afterChange} to later plan
     * sets that do not name the document as changed, and gone with the last plan set that holds that revision (no
     * weak maps, nothing kept after the plans are gone). By default nothing is kept: each call creates the value.
     *
     * @param key    who keeps it (a check instance, say), so that keepers do not see each other's values
     * @param create makes the value the first time it is asked for
     */
    default <T> T kept(Resource document, Object key, Supplier<T> create) {
        return create.get();
    }

    /**
     * What the checks of one run share, for example an index of the plans that several checks use: made the first
     * time it is asked for, kept with this plan set only (a plan set made by {@link PlanSets#afterChange} starts
     * without). By default each call creates the value.
     *
     * @param key    what it is (the class that makes it, say)
     * @param create makes the value
     */
    default <T> T shared(Object key, Supplier<T> create) {
        return create.get();
    }
}
