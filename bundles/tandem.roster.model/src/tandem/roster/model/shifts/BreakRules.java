package tandem.roster.model.shifts;

import tandem.roster.model.ActivityKind;
import tandem.roster.model.BreakRule;
import tandem.roster.model.RosterFactory;

/** Break rules of shift templates, made in one call: "a paid 15-minute break between 60 and 120 minutes in". */
public final class BreakRules {

    private BreakRules() {
    }

    /**
     * A break, lunch or other activity of {@code lengthMinutes} that starts between {@code earliestAfterMinutes} and
     * {@code latestAfterMinutes} after the shift's start; {@code paid} counts it in the paid hours.
     */
    public static BreakRule of(ActivityKind kind, int lengthMinutes, int earliestAfterMinutes, int latestAfterMinutes,
            boolean paid) {
        BreakRule rule = RosterFactory.eINSTANCE.createBreakRule();
        rule.setKind(kind);
        rule.setLengthMinutes(lengthMinutes);
        rule.setEarliestAfterMinutes(earliestAfterMinutes);
        rule.setLatestAfterMinutes(latestAfterMinutes);
        rule.setPaid(paid);
        return rule;
    }
}
