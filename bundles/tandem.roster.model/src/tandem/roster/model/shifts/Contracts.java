package tandem.roster.model.shifts;

import java.time.LocalTime;

import tandem.roster.model.Agent;
import tandem.roster.model.BreakRule;
import tandem.roster.model.Roster;
import tandem.roster.model.ShiftTemplate;

/** What an agent's contract allows with the roster's templates. */
public final class Contracts {

    private Contracts() {
    }

    /** Paid minutes of a shift of the template and length: the length less its unpaid breaks (lunch). */
    public static int paidMinutes(ShiftTemplate template, int lengthMinutes) {
        int unpaid = 0;
        for (BreakRule rule : template.getBreaks()) {
            if (!rule.isPaid()) {
                unpaid += rule.getLengthMinutes();
            }
        }
        return Math.max(0, lengthMinutes - unpaid);
    }

    /** Whether an agent may work a shift starting at the time for the minutes (within its earliest start and latest end). */
    public static boolean withinAvailability(Agent agent, LocalTime start, int lengthMinutes) {
        if (agent.getEarliestStart() != null && start.isBefore(agent.getEarliestStart())) {
            return false;
        }
        if (agent.getLatestEnd() != null) {
            int end = start.toSecondOfDay() / 60 + lengthMinutes;
            return end <= agent.getLatestEnd().toSecondOfDay() / 60;
        }
        return true;
    }

    /**
     * The longest paid time of one shift the agent can work with the roster's templates, in minutes; 0 when no
     * template fits the agent's availability.
     */
    public static int longestPaidMinutes(Roster roster, Agent agent) {
        int longest = 0;
        for (ShiftTemplate template : roster.getShiftTemplates()) {
            if (template.getEarliestStart() == null || template.getLatestStart() == null
                    || template.getStartStepMinutes() <= 0) {
                continue;
            }
            for (int length : template.getLengthsMinutes()) {
                if (length <= 0 || BreakPlacement.place(template, length, 0) == null) {
                    continue;
                }
                for (int minute = template.getEarliestStart().toSecondOfDay() / 60; minute <= template
                        .getLatestStart().toSecondOfDay() / 60; minute += template.getStartStepMinutes()) {
                    if (withinAvailability(agent, LocalTime.ofSecondOfDay(minute * 60L), length)) {
                        longest = Math.max(longest, paidMinutes(template, length));
                        break;
                    }
                }
            }
        }
        return longest;
    }
}
