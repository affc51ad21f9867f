package tandem.team.merge;

import tandem.core.text.Words;

/**
 * One thing both sides changed differently. The merged plan holds our side of it until the planner picks.
 *
 * @param kind       what happened on the two sides
 * @param element    the element for humans, e.g. {@code CampaignCalendar 'Spring' / Campaign 'Spring Upgrade'}
 * @param elementKey the element's stable key in the document (its id, or its parent's key and natural key)
 * @param feature    the attribute, reference or list as the model names it ({@code startDate}), or {@code null} when
 *                   the whole element is concerned; {@link #featureText()} is what planners read
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

    /** The feature in words, as reports and views show it: "Start date" for {@code startDate}; empty for none. */
    public String featureText() {
        return featureText(feature);
    }

    /** One line: element, feature in words and what happened. */
    public String summary() {
        return element + (feature == null ? "" : ": " + featureText()) + " (" + kind.description() + ")";
    }

    /** A feature as the model names it in words; the documents' list of top-level elements is "Elements". */
    static String featureText(String feature) {
        if (feature == null) {
            return "";
        }
        return ElementIndex.ROOTS.equals(feature) ? "Elements" : Words.of(feature);
    }
}
