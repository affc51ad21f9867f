package tandem.roster.model.shifts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import tandem.roster.model.BreakRule;
import tandem.roster.model.ShiftTemplate;

/**
 * Where the breaks and the lunch of a template go in a shift of a given length. Breaks are placed in the order of
 * their windows, each no earlier than its window opens and never overlapping the one before; a shift "fits" its
 * breaks when every break can start inside its window and end before the shift ends.
 */
public final class BreakPlacement {

    /** One placed break: minutes after the shift starts, and its rule. */
    public record PlacedBreak(BreakRule rule, int offsetMinutes, int lengthMinutes) {
    }

    private BreakPlacement() {
    }

    /** The template's breaks in the order they are placed (by window). */
    public static List<BreakRule> ordered(ShiftTemplate template) {
        List<BreakRule> rules = new ArrayList<>(template.getBreaks());
        rules.sort(Comparator.comparingInt(BreakRule::getEarliestAfterMinutes)
                .thenComparingInt(BreakRule::getLatestAfterMinutes));
        return rules;
    }

    /**
     * The breaks of a shift of the given length, all moved {@code delayMinutes} later than their earliest placement
     * (less when their windows or the shift end do not allow it), or {@code null} when they cannot all fit.
     */
    public static List<PlacedBreak> place(ShiftTemplate template, int shiftMinutes, int delayMinutes) {
        List<PlacedBreak> earliest = earliest(template, shiftMinutes);
        if (earliest == null) {
            return null;
        }
        int delay = Math.max(0, Math.min(delayMinutes, slack(earliest, shiftMinutes)));
        if (delay == 0) {
            return earliest;
        }
        List<PlacedBreak> moved = new ArrayList<>(earliest.size());
        for (PlacedBreak placed : earliest) {
            moved.add(new PlacedBreak(placed.rule(), placed.offsetMinutes() + delay, placed.lengthMinutes()));
        }
        return moved;
    }

    /** How much later than their earliest placement the breaks can all go together (0 when they cannot fit). */
    public static int slackMinutes(ShiftTemplate template, int shiftMinutes) {
        List<PlacedBreak> earliest = earliest(template, shiftMinutes);
        return earliest == null ? 0 : slack(earliest, shiftMinutes);
    }

    private static List<PlacedBreak> earliest(ShiftTemplate template, int shiftMinutes) {
        List<PlacedBreak> placed = new ArrayList<>();
        int previousEnd = 0;
        for (BreakRule rule : ordered(template)) {
            int offset = Math.max(rule.getEarliestAfterMinutes(), previousEnd);
            int end = offset + rule.getLengthMinutes();
            if (offset > rule.getLatestAfterMinutes() || end > shiftMinutes) {
                return null;
            }
            placed.add(new PlacedBreak(rule, offset, rule.getLengthMinutes()));
            previousEnd = end;
        }
        return placed;
    }

    private static int slack(List<PlacedBreak> placed, int shiftMinutes) {
        int slack = Integer.MAX_VALUE;
        for (PlacedBreak one : placed) {
            slack = Math.min(slack, one.rule().getLatestAfterMinutes() - one.offsetMinutes());
            slack = Math.min(slack, shiftMinutes - one.offsetMinutes() - one.lengthMinutes());
        }
        return slack == Integer.MAX_VALUE ? 0 : Math.max(0, slack);
    }
}
