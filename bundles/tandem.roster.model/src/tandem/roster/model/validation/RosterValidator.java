package tandem.roster.model.validation;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.emf.ecore.util.EcoreUtil;

import tandem.roster.model.Activity;
import tandem.roster.model.Agent;
import tandem.roster.model.BreakRule;
import tandem.roster.model.Roster;
import tandem.roster.model.RosterPackage.Literals;
import tandem.roster.model.RosterRules;
import tandem.roster.model.Shift;
import tandem.roster.model.ShiftTemplate;
import tandem.roster.model.Skill;
import tandem.roster.model.shifts.BreakPlacement;
import tandem.roster.model.shifts.Contracts;

/**
 * The invariants of a roster, on top of EMF's own checks. Contributed to {@code tandem.core.validators}; each
 * finding is a {@link Diagnostic} with source {@link #SOURCE}, one of the codes below, and the element and feature
 * as data. Messages name the agent, template or shift they are about.
 */
public class RosterValidator extends EObjectValidator {

    /** The diagnostic source of every finding of this validator. */
    public static final String SOURCE = "tandem.roster.model";

    /** An agent without skills, or a skill that names no queue. */
    public static final int SKILL_QUEUE = 1;
    /** Two agents of the same name. */
    public static final int DUPLICATE_AGENT = 2;
    /** A contract that no schedule can meet (hours, days, availability window). */
    public static final int CONTRACT = 3;
    /** A template whose breaks do not fit its shifts, or without lengths or start window. */
    public static final int TEMPLATE = 4;
    /** A break rule without length or with an empty window. */
    public static final int BREAK_RULE = 5;
    /** A shift without agent, start or length, two shifts of one agent on one day, or an activity outside it. */
    public static final int SHIFT = 6;
    /** Rules that cannot hold (negative rest, no working day in a row). */
    public static final int RULES = 7;
    /** Coverage counted in intervals other than 15, 30 or 60 minutes. */
    public static final int INTERVAL = 8;

    @Override
    public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean valid = super.validate(eClass, object, diagnostics, context);
        Findings findings = new Findings(object, diagnostics);
        if (object instanceof Roster roster) {
            check(roster, findings);
        } else if (object instanceof Agent agent) {
            check(agent, findings);
        } else if (object instanceof Skill skill) {
            check(skill, findings);
        } else if (object instanceof ShiftTemplate template) {
            check(template, findings);
        } else if (object instanceof BreakRule rule) {
            check(rule, findings);
        } else if (object instanceof Shift shift) {
            check(shift, findings);
        } else if (object instanceof RosterRules rules) {
            check(rules, findings);
        }
        return valid && findings.valid;
    }

    private static void check(Roster roster, Findings findings) {
        int interval = roster.getIntervalMinutes();
        if (interval != 15 && interval != 30 && interval != 60) {
            findings.error(INTERVAL, Literals.ROSTER__INTERVAL_MINUTES,
                    "coverage is counted in intervals of " + interval + " minutes; use 15, 30 or 60");
        }
        Map<String, Integer> names = new HashMap<>();
        for (int i = 0; i < roster.getAgents().size(); i++) {
            Agent agent = roster.getAgents().get(i);
            if (agent.getName() == null || agent.getName().isBlank()) {
                continue;
            }
            Integer first = names.putIfAbsent(agent.getName().strip().toLowerCase(Locale.ROOT), i + 1);
            if (first != null) {
                findings.on(agent).error(DUPLICATE_AGENT, Literals.ROSTER__AGENTS, "agent '" + agent.getName()
                        + "' (agent " + (i + 1) + ") is named twice: agent " + first + " has the same name");
            }
        }
        Map<Agent, Map<LocalDate, Shift>> days = new HashMap<>();
        for (Shift shift : roster.getShifts()) {
            if (shift.getAgent() == null || shift.getStart() == null) {
                continue;
            }
            Shift other = days.computeIfAbsent(shift.getAgent(), a -> new HashMap<>())
                    .putIfAbsent(shift.getStart().toLocalDate(), shift);
            if (other != null) {
                findings.on(shift).error(SHIFT, Literals.SHIFT__START, "agent '" + shift.getAgent().getName()
                        + "' has two shifts on " + shift.getStart().toLocalDate() + " (at " + other.getStart()
                        .toLocalTime() + " and " + shift.getStart().toLocalTime() + "); one shift per day");
            }
        }
    }

    private static void check(Agent agent, Findings findings) {
        String who = "agent '" + agent.getName() + "'";
        if (agent.getSkills().isEmpty()) {
            findings.error(SKILL_QUEUE, Literals.AGENT__SKILLS, who + " has no skills; name the queues it can take");
        }
        if (agent.getMinHoursPerWeek() < 0 || agent.getMaxHoursPerWeek() < agent.getMinHoursPerWeek()) {
            findings.error(CONTRACT, Literals.AGENT__MAX_HOURS_PER_WEEK, who + " has contracted hours "
                    + hours(agent.getMinHoursPerWeek()) + " to " + hours(agent.getMaxHoursPerWeek())
                    + " a week; the minimum must be at least 0 and not above the maximum");
        }
        if (agent.getMaxDaysPerWeek() < 1 || agent.getMaxDaysPerWeek() > 7) {
            findings.error(CONTRACT, Literals.AGENT__MAX_DAYS_PER_WEEK,
                    who + " works " + agent.getMaxDaysPerWeek() + " days a week; it must be 1 to 7");
        }
        LocalTime earliest = agent.getEarliestStart();
        LocalTime latest = agent.getLatestEnd();
        if (earliest != null && latest != null && !latest.isAfter(earliest)) {
            findings.error(CONTRACT, Literals.AGENT__LATEST_END,
                    who + " must end by " + latest + " but cannot start before " + earliest);
        }
        if (agent.eContainer() instanceof Roster roster && !roster.getShiftTemplates().isEmpty()
                && agent.getMaxDaysPerWeek() >= 1 && agent.getMinHoursPerWeek() >= 0) {
            int longest = Contracts.longestPaidMinutes(roster, agent);
            if (longest == 0) {
                findings.error(CONTRACT, Literals.AGENT__EARLIEST_START, who
                        + " cannot work any shift template between " + text(earliest) + " and " + text(latest));
            } else if (agent.getMaxDaysPerWeek() * longest < agent.getMinHoursPerWeek() * 60 - 1e-6) {
                findings.error(CONTRACT, Literals.AGENT__MIN_HOURS_PER_WEEK, who + " must work at least "
                        + hours(agent.getMinHoursPerWeek()) + " a week, but " + agent.getMaxDaysPerWeek()
                        + " days of at most " + hours(longest / 60.0) + " paid give only "
                        + hours(agent.getMaxDaysPerWeek() * longest / 60.0));
            }
        }
    }

    private static void check(Skill skill, Findings findings) {
        if (skill.getQueue() == null) {
            String agent = skill.eContainer() instanceof Agent a ? "agent '" + a.getName() + "': " : "";
            int index = skill.eContainer() instanceof Agent a ? a.getSkills().indexOf(skill) + 1 : 0;
            findings.error(SKILL_QUEUE, Literals.SKILL__QUEUE, agent + "skill " + index + " names no queue");
        } else if (skill.getQueue().eIsProxy()) {
            String agent = skill.eContainer() instanceof Agent a ? "agent '" + a.getName() + "': " : "";
            int index = skill.eContainer() instanceof Agent a ? a.getSkills().indexOf(skill) + 1 : 0;
            findings.error(SKILL_QUEUE, Literals.SKILL__QUEUE, agent + "skill " + index + " names a queue that is"
                    + " not in the project's contact-center setup (" + EcoreUtil.getURI(skill.getQueue()) + ")");
        }
    }

    private static void check(ShiftTemplate template, Findings findings) {
        String what = "template '" + template.getName() + "'";
        if (template.getLengthsMinutes().isEmpty()) {
            findings.error(TEMPLATE, Literals.SHIFT_TEMPLATE__LENGTHS_MINUTES, what + " allows no shift length");
        }
        for (int length : template.getLengthsMinutes()) {
            if (length <= 0 || length > 16 * 60) {
                findings.error(TEMPLATE, Literals.SHIFT_TEMPLATE__LENGTHS_MINUTES,
                        what + " has a shift length of " + length + " minutes; it must be 1 to 960");
            } else if (BreakPlacement.place(template, length, 0) == null) {
                findings.error(TEMPLATE, Literals.SHIFT_TEMPLATE__BREAKS, what + " cannot fit its breaks ("
                        + describe(template) + ") in a shift of " + length + " minutes");
            }
        }
        if (template.getEarliestStart() == null || template.getLatestStart() == null) {
            findings.error(TEMPLATE, Literals.SHIFT_TEMPLATE__EARLIEST_START,
                    what + " needs an earliest and a latest start time");
        } else if (template.getLatestStart().isBefore(template.getEarliestStart())) {
            findings.error(TEMPLATE, Literals.SHIFT_TEMPLATE__LATEST_START, what + " has latest start "
                    + template.getLatestStart() + " before its earliest start " + template.getEarliestStart());
        }
        if (template.getStartStepMinutes() <= 0 || 1440 % template.getStartStepMinutes() != 0) {
            findings.error(TEMPLATE, Literals.SHIFT_TEMPLATE__START_STEP_MINUTES, what + " starts every "
                    + template.getStartStepMinutes() + " minutes; use a divisor of a day such as 15 or 30");
        }
    }

    private static String describe(ShiftTemplate template) {
        StringBuilder text = new StringBuilder();
        for (BreakRule rule : BreakPlacement.ordered(template)) {
            if (text.length() > 0) {
                text.append(", ");
            }
            text.append(rule.getKind().getLiteral()).append(' ').append(rule.getLengthMinutes()).append(" min at ")
                    .append(rule.getEarliestAfterMinutes()).append('-').append(rule.getLatestAfterMinutes())
                    .append(" min");
        }
        return text.toString();
    }

    private static void check(BreakRule rule, Findings findings) {
        String template = rule.eContainer() instanceof ShiftTemplate t ? "template '" + t.getName() + "': " : "";
        if (rule.getLengthMinutes() <= 0) {
            findings.error(BREAK_RULE, Literals.BREAK_RULE__LENGTH_MINUTES, template + rule.getKind().getLiteral()
                    + " of " + rule.getLengthMinutes() + " minutes; it takes at least one minute");
        }
        if (rule.getEarliestAfterMinutes() < 0 || rule.getLatestAfterMinutes() < rule.getEarliestAfterMinutes()) {
            findings.error(BREAK_RULE, Literals.BREAK_RULE__LATEST_AFTER_MINUTES, template
                    + rule.getKind().getLiteral() + " window " + rule.getEarliestAfterMinutes() + "-"
                    + rule.getLatestAfterMinutes() + " minutes after the start is empty");
        }
    }

    private static void check(Shift shift, Findings findings) {
        String who = shift.getAgent() == null ? "shift" : "shift of '" + shift.getAgent().getName() + "'";
        if (shift.getAgent() == null) {
            findings.error(SHIFT, Literals.SHIFT__AGENT, "shift names no agent");
        }
        if (shift.getStart() == null) {
            findings.error(SHIFT, Literals.SHIFT__START, who + " has no start");
            return;
        }
        if (shift.getLengthMinutes() <= 0 || shift.getLengthMinutes() > 16 * 60) {
            findings.error(SHIFT, Literals.SHIFT__LENGTH_MINUTES, who + " on " + shift.getStart() + " lasts "
                    + shift.getLengthMinutes() + " minutes; it must be 1 to 960");
            return;
        }
        for (Activity activity : shift.getActivities()) {
            if (activity.getStart() == null || activity.getStart().isBefore(shift.getStart())
                    || activity.getStart().plusMinutes(activity.getLengthMinutes())
                            .isAfter(shift.getStart().plusMinutes(shift.getLengthMinutes()))
                    || activity.getLengthMinutes() <= 0) {
                findings.error(SHIFT, Literals.SHIFT__ACTIVITIES, who + " on " + shift.getStart() + ": "
                        + activity.getKind().getLiteral() + " at " + activity.getStart() + " for "
                        + activity.getLengthMinutes() + " minutes is not inside the shift");
            }
        }
    }

    private static void check(RosterRules rules, Findings findings) {
        if (rules.getMinRestHours() < 0 || rules.getMinRestHours() > 24) {
            findings.error(RULES, Literals.ROSTER_RULES__MIN_REST_HOURS,
                    "rest between shifts is " + hours(rules.getMinRestHours()) + "; it must be 0 to 24 hours");
        }
        if (rules.getMaxConsecutiveDays() < 1) {
            findings.error(RULES, Literals.ROSTER_RULES__MAX_CONSECUTIVE_DAYS, "at most "
                    + rules.getMaxConsecutiveDays() + " working days in a row leaves no working day");
        }
    }

    private static String hours(double hours) {
        Duration duration = Duration.ofMinutes(Math.round(hours * 60));
        return duration.toMinutesPart() == 0 ? duration.toHours() + " h"
                : String.format(Locale.ROOT, "%.2f h", hours);
    }

    private static String text(LocalTime time) {
        return time == null ? "any time" : time.toString();
    }

    /** Collects the findings about one element. */
    private static class Findings {
        private final EObject object;
        private final DiagnosticChain diagnostics;
        private boolean valid = true;

        Findings(EObject object, DiagnosticChain diagnostics) {
            this.object = object;
            this.diagnostics = diagnostics;
        }

        /** Findings about another element, reported from this one (their failure fails this one too). */
        Findings on(EObject other) {
            Findings findings = this;
            return new Findings(other, diagnostics) {
                @Override
                void error(int code, EStructuralFeature feature, String message) {
                    super.error(code, feature, message);
                    findings.valid = false;
                }
            };
        }

        void error(int code, EStructuralFeature feature, String message) {
            if (diagnostics != null) {
                diagnostics.add(new BasicDiagnostic(Diagnostic.ERROR, SOURCE, code, message,
                        new Object[] { object, feature }));
            }
            valid = false;
        }
    }
}
