package tandem.team.merge;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The changes between two versions of a plan document, element by element, as a planner reads them
 * ({@code CampaignCalendar 'Spring' / Campaign 'Alpha': startDate 2027-03-15 -> 2027-03-22},
 * {@code CampaignCalendar 'Spring' / Campaign 'Alpha': 3 drops added}), not as lines of XML. Elements are matched by
 * their stable keys exactly as {@link PlanMerge} matches them: the diff is the merge of the newer version into an
 * unchanged copy of the older one. Neither version is changed and no other document is read.
 */
public final class PlanDiff {

    private PlanDiff() {
    }

    /**
     * One change.
     *
     * @param element the element, e.g. {@code CampaignCalendar 'Spring' / Campaign 'Alpha'}
     * @param feature the attribute, reference or list changed, in words ("Start date")
     * @param before  the value before ({@code "(none)"} when unset), or empty for a list's summary
     * @param after   the value after, or the list's summary ({@code 3 drops added, 1 drop removed})
     */
    public record Change(String element, String feature, String before, String after) {

        public Change {
            feature = Conflict.featureText(feature);
        }

        static Change counted(String owner, String feature, int added, int removed) {
            StringBuilder summary = new StringBuilder();
            if (added > 0) {
                summary.append(added).append(' ').append(noun(feature, added)).append(" added");
            }
            if (removed > 0) {
                summary.append(summary.length() > 0 ? ", " : "").append(removed).append(' ')
                        .append(noun(feature, removed)).append(" removed");
            }
            return new Change(owner == null ? "document" : owner, feature, "", summary.toString());
        }

        private static String noun(String feature, int count) {
            if (ElementIndex.ROOTS.equals(feature)) {
                return count == 1 ? "element" : "elements";
            }
            String words = Conflict.featureText(feature);
            words = words.equals(words.toUpperCase(java.util.Locale.ROOT)) ? words
                    : Character.toLowerCase(words.charAt(0)) + words.substring(1);
            return count == 1 && words.endsWith("s") ? words.substring(0, words.length() - 1) : words;
        }

        /** One line: {@code element: feature before -> after}, or {@code element: summary} for a list. */
        public String summary() {
            return before.isEmpty() ? element + ": " + after
                    : element + ": " + feature + " " + before + " -> " + after;
        }
    }

    /** The changes from {@code before} to {@code after}, in document order; empty when they hold the same plan. */
    public static List<Change> between(Resource before, Resource after) {
        Resource copy = new ResourceImpl(before.getURI());
        new ResourceSetImpl().getResources().add(copy);
        copy.getContents().addAll(EcoreUtil.copyAll(before.getContents()));
        return List.copyOf(PlanMerge.run(before, copy, after).changes());
    }
}
