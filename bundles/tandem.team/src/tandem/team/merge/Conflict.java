package tandem.team.merge;

/**
 * One thing both sides changed differently. The merged plan holds our side of it until the planner picks.
 *
 * @param kind       what happened on the two sides
 * @param element    the element for humans, e.g. {@code CampaignCalendar 'Spring' / Campaign 'Spring Upgrade'}
 * @param elementKey the element's stable key in the document (its id, or its parent's key and natural key)
 * @param feature    the attribute, reference or list, or {@code null} when the whole element is concerned
 * @param base       the common ancestor's value, {@code "(none)"} when absent
 * @param ours       our value
 * @param theirs     their value
 */
public record Conflict(Kind kind, String element, String elementKey, String feature, String base, String ours,
        String theirs) {

    /** What happened on the two sides. */
    public enum Kind {
        /** Both sides changed the same attribute or reference of the same element to different values. */
        BOTH_CHANGED("changed on both sides"),
        /** They deleted the element, we changed it: the merged plan keeps it. */
        DELETED_BY_THEM_CHANGED_BY_US("deleted by them, changed by us"),
        /** We deleted the element, they changed it: the merged plan leaves it out. */
        DELETED_BY_US_CHANGED_BY_THEM("deleted by us, changed by them"),
        /** Both sides reordered the same list differently: the merged plan keeps our order. */
        ORDER("reordered differently on both sides"),
        /** A side could not be read as a plan, so nothing was merged. */
        UNREADABLE("could not be read");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /** One line: element, feature and what happened. */
    public String summary() {
        return element + (feature == null ? "" : ": " + feature) + " (" + kind.description() + ")";
    }
}
