package tandem.staffing.model.validation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EObjectValidator;

import tandem.core.model.PlanDocument;
import tandem.staffing.model.StaffingInterval;
import tandem.staffing.model.StaffingPackage;
import tandem.staffing.model.StaffingPackage.Literals;
import tandem.staffing.model.StaffingPlan;
import tandem.staffing.model.plans.StaffingPlans;
import tandem.staffing.model.scheduled.ScheduledHeads;

/**
 * The invariants of a staffing plan, contributed to {@code tandem.core.validators}: a valid interval length and
 * date range, rows on the interval grid, in time order and inside the dates, shares and targets in range, positive
 * handle times and no negative contacts. Each problem is a {@link Diagnostic} with source {@value #SOURCE} and one
 * of the codes below, naming the element and the value.
 */
public class StaffingValidator extends EObjectValidator {

    public static final String SOURCE = "tandem.staffing.model";

    public static final int INTERVAL_LENGTH = 1;
    public static final int DATE_RANGE = 2;
    public static final int ROW_NOT_ALIGNED = 3;
    public static final int ROW_OUTSIDE_DATES = 4;
    public static final int ROW_ORDER = 5;
    public static final int ROW_WITHOUT_START = 6;
    public static final int SHRINKAGE = 7;
    public static final int OCCUPANCY_CAP = 8;
    public static final int SERVICE_LEVEL_SHARE = 9;
    public static final int ANSWER_WITHIN = 10;
    public static final int ASA_TARGET = 11;
    public static final int NO_TARGET = 12;
    public static final int AHT = 13;
    public static final int PATIENCE = 14;
    public static final int CONTACTS = 15;
    public static final int SCHEDULED = 16;
    public static final int INTRADAY_PROFILE = 17;
    public static final int NO_QUEUE = 18;
    public static final int ABANDONMENT_TARGET = 19;
    public static final int UNPLANNED_SHRINKAGE = 20;
    public static final int ROSTER = 21;

    @Override
    protected EPackage getEPackage() {
        return StaffingPackage.eINSTANCE;
    }

    @Override
    public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean valid = super.validate(eClass, eObject, diagnostics, context);
        if (!valid && diagnostics == null) {
            return false;
        }
        Problems problems = new Problems(diagnostics);
        if (eObject instanceof StaffingPlan plan) {
            validatePlan(plan, problems);
        } else if (eObject instanceof StaffingInterval row) {
            validateRow(row, problems);
        }
        return valid && problems.none();
    }

    private static void validatePlan(StaffingPlan plan, Problems problems) {
        int minutes = plan.getIntervalMinutes();
        if (!StaffingPlans.INTERVAL_LENGTHS.contains(minutes)) {
            problems.error(INTERVAL_LENGTH, plan, Literals.STAFFING_PLAN__INTERVAL_MINUTES,
                    "interval length " + minutes + " minutes: use 15, 30 or 60");
        }
        LocalDate start = plan.getStartDate();
        LocalDate end = plan.getEndDate();
        if (start == null || end == null) {
            problems.error(DATE_RANGE, plan, start == null ? Literals.STAFFING_PLAN__START_DATE
                    : Literals.STAFFING_PLAN__END_DATE, "the plan needs a start and an end date");
        } else if (end.isBefore(start)) {
            problems.error(DATE_RANGE, plan, Literals.STAFFING_PLAN__END_DATE,
                    "the plan ends (" + end + ") before it starts (" + start + ")");
        }
        double shrinkage = plan.getShrinkage();
        if (!(shrinkage >= 0 && shrinkage < 1)) {
            problems.error(SHRINKAGE, plan, Literals.STAFFING_PLAN__SHRINKAGE,
                    "shrinkage " + number(shrinkage) + " is not in [0, 1) (0.3 for 30%)");
        }
        double unplanned = plan.getUnplannedShrinkage();
        if (!(unplanned >= 0 && unplanned < 1)) {
            problems.error(UNPLANNED_SHRINKAGE, plan, Literals.STAFFING_PLAN__UNPLANNED_SHRINKAGE,
                    "unplanned shrinkage " + number(unplanned) + " is not in [0, 1) (0.05 for 5%)");
        }
        PlanDocument roster = plan.getRoster();
        if (roster != null && !roster.eIsProxy()) {
            // a link that does not resolve is reported by the loader with its path; here: one nothing reads
            String problem = ScheduledHeads.of(plan).problem();
            if (!problem.isEmpty()) {
                problems.warning(ROSTER, plan, Literals.STAFFING_PLAN__ROSTER, problem);
            }
        }
        double cap = plan.getOccupancyCap();
        if (!(cap > 0 && cap <= 1)) {
            problems.error(OCCUPANCY_CAP, plan, Literals.STAFFING_PLAN__OCCUPANCY_CAP,
                    "occupancy cap " + number(cap) + " is not in (0, 1] (0.85 for 85%, 1 for no cap)");
        }
        Double share = plan.getServiceLevelShare();
        if (share != null && !(share > 0 && share <= 1)) {
            problems.error(SERVICE_LEVEL_SHARE, plan, Literals.STAFFING_PLAN__SERVICE_LEVEL_SHARE,
                    "service-level target " + number(share) + " is not in (0, 1] (0.8 for 80%)");
        }
        double within = plan.getAnswerWithinSeconds();
        if (!(within >= 0) || Double.isInfinite(within)) {
            problems.error(ANSWER_WITHIN, plan, Literals.STAFFING_PLAN__ANSWER_WITHIN_SECONDS,
                    "answer within " + number(within) + " s: must be 0 or more");
        }
        Double asa = plan.getAsaTargetSeconds();
        if (asa != null && !positive(asa)) {
            problems.error(ASA_TARGET, plan, Literals.STAFFING_PLAN__ASA_TARGET_SECONDS,
                    "ASA target " + number(asa) + " s: must be more than 0");
        }
        Double abandonment = plan.getAbandonmentTarget();
        if (abandonment != null && !(abandonment > 0 && abandonment <= 1)) {
            problems.error(ABANDONMENT_TARGET, plan, Literals.STAFFING_PLAN__ABANDONMENT_TARGET,
                    "abandonment target " + number(abandonment) + " is not in (0, 1] (0.05 for 5%)");
        } else if (abandonment != null && plan.getAveragePatienceSeconds() == null) {
            problems.error(ABANDONMENT_TARGET, plan, Literals.STAFFING_PLAN__ABANDONMENT_TARGET,
                    "the abandonment target needs the callers' average patience (Erlang A): give it, or clear the"
                            + " abandonment target");
        }
        if (share == null && asa == null && abandonment == null) {
            problems.error(NO_TARGET, plan, Literals.STAFFING_PLAN__SERVICE_LEVEL_SHARE,
                    "the plan has no target: set a service level, an ASA or an abandonment target");
        }
        if (!positive(plan.getAhtSeconds())) {
            problems.error(AHT, plan, Literals.STAFFING_PLAN__AHT_SECONDS,
                    "AHT " + number(plan.getAhtSeconds()) + " s: must be more than 0");
        }
        Double patience = plan.getAveragePatienceSeconds();
        if (patience != null && !positive(patience)) {
            problems.error(PATIENCE, plan, Literals.STAFFING_PLAN__AVERAGE_PATIENCE_SECONDS,
                    "average patience " + number(patience) + " s: must be more than 0");
        }
        validateProfile(plan, problems);
        if (plan.getQueue() == null) {
            problems.warning(NO_QUEUE, plan, Literals.STAFFING_PLAN__QUEUE,
                    "the plan has no queue, so no campaign lift can be added");
        }
        validateOrder(plan, problems);
    }

    private static void validateProfile(StaffingPlan plan, Problems problems) {
        List<Double> profile = plan.getIntradayProfile();
        if (profile.isEmpty() || !StaffingPlans.INTERVAL_LENGTHS.contains(plan.getIntervalMinutes())) {
            return;
        }
        int perDay = StaffingPlans.intervalsPerDay(plan.getIntervalMinutes());
        if (profile.size() != perDay) {
            problems.error(INTRADAY_PROFILE, plan, Literals.STAFFING_PLAN__INTRADAY_PROFILE, "the intraday profile has "
                    + profile.size() + " shares, but a day has " + perDay + " intervals of "
                    + plan.getIntervalMinutes() + " minutes");
            return;
        }
        double sum = 0;
        for (int slot = 0; slot < profile.size(); slot++) {
            double value = profile.get(slot);
            if (!(value >= 0) || Double.isInfinite(value)) {
                problems.error(INTRADAY_PROFILE, plan, Literals.STAFFING_PLAN__INTRADAY_PROFILE,
                        "intraday profile share " + number(value) + " for interval " + (slot + 1)
                                + " of the day: must be 0 or more");
                return;
            }
            sum += value;
        }
        if (!(sum > 0)) {
            problems.error(INTRADAY_PROFILE, plan, Literals.STAFFING_PLAN__INTRADAY_PROFILE,
                    "the intraday profile is all zeros: give each interval its share of the day");
        }
    }

    /** Rows in strict time order: no interval twice, none out of place. */
    private static void validateOrder(StaffingPlan plan, Problems problems) {
        LocalDateTime previous = null;
        for (StaffingInterval row : plan.getIntervals()) {
            LocalDateTime start = row.getStart();
            if (start == null) {
                continue; // reported for the row itself
            }
            if (previous != null && !start.isAfter(previous)) {
                problems.error(ROW_ORDER, row, Literals.STAFFING_INTERVAL__START, "interval " + start
                        + (start.equals(previous) ? " appears twice" : " comes after " + previous)
                        + ": intervals must be in time order, each once");
            }
            previous = start;
        }
    }

    private static void validateRow(StaffingInterval row, Problems problems) {
        StaffingPlan plan = row.eContainer() instanceof StaffingPlan p ? p : null;
        LocalDateTime start = row.getStart();
        if (start == null) {
            problems.error(ROW_WITHOUT_START, row, Literals.STAFFING_INTERVAL__START,
                    name(row, plan) + " has no start time");
        } else if (plan != null) {
            int minutes = plan.getIntervalMinutes();
            if (StaffingPlans.INTERVAL_LENGTHS.contains(minutes) && !StaffingPlans.isAligned(start, minutes)) {
                problems.error(ROW_NOT_ALIGNED, row, Literals.STAFFING_INTERVAL__START,
                        name(row, plan) + " does not start on the " + minutes + "-minute grid");
            }
            LocalDate from = plan.getStartDate();
            LocalDate to = plan.getEndDate();
            LocalDate day = start.toLocalDate();
            if (from != null && to != null && (day.isBefore(from) || day.isAfter(to))) {
                problems.error(ROW_OUTSIDE_DATES, row, Literals.STAFFING_INTERVAL__START,
                        name(row, plan) + " lies outside the plan's dates " + from + " to " + to);
            }
        }
        double baseline = row.getBaseline();
        if (!(baseline >= 0) || Double.isInfinite(baseline)) {
            problems.error(CONTACTS, row, Literals.STAFFING_INTERVAL__BASELINE,
                    name(row, plan) + ": baseline " + number(baseline) + " contacts: must be 0 or more");
        }
        Double lower = row.getLowerBound();
        Double upper = row.getUpperBound();
        if (lower != null && (!(lower >= 0 && lower <= baseline) || Double.isInfinite(lower))) {
            problems.error(CONTACTS, row, Literals.STAFFING_INTERVAL__LOWER_BOUND,
                    name(row, plan) + ": lower bound " + number(lower)
                            + " contacts: must be between 0 and the baseline " + number(baseline));
        }
        if (upper != null && (!(upper >= baseline) || Double.isInfinite(upper))) {
            problems.error(CONTACTS, row, Literals.STAFFING_INTERVAL__UPPER_BOUND,
                    name(row, plan) + ": upper bound " + number(upper) + " contacts: must be the baseline "
                            + number(baseline) + " or more");
        }
        Double aht = row.getAhtSeconds();
        if (aht != null && !positive(aht)) {
            problems.error(AHT, row, Literals.STAFFING_INTERVAL__AHT_SECONDS,
                    name(row, plan) + ": AHT " + number(aht) + " s: must be more than 0");
        }
        if (row.getScheduled() < 0) {
            problems.error(SCHEDULED, row, Literals.STAFFING_INTERVAL__SCHEDULED,
                    name(row, plan) + ": " + row.getScheduled() + " agents scheduled: must be 0 or more");
        }
    }

    /**
     * The interval's name in a problem ({@code interval 2027-03-01T08:15}, or its position): built only for a
     * problem, as formatting every interval's start cost 5 % of importing a 300,000-row plan.
     */
    private static String name(StaffingInterval row, StaffingPlan plan) {
        LocalDateTime start = row.getStart();
        return "interval " + (start == null ? "#" + (plan == null ? "?" : plan.getIntervals().indexOf(row) + 1)
                : start.toString());
    }

    private static boolean positive(double value) {
        return value > 0 && !Double.isInfinite(value);
    }

    /** A number as a planner would write it: 20, not 20.0. */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    /** Collects the diagnostics of one element; without a chain it only remembers that something is wrong. */
    private static final class Problems {
        private final DiagnosticChain chain;
        private boolean errors;

        Problems(DiagnosticChain chain) {
            this.chain = chain;
        }

        void error(int code, EObject element, EStructuralFeature feature, String message) {
            errors = true;
            add(Diagnostic.ERROR, code, element, feature, message);
        }

        void warning(int code, EObject element, EStructuralFeature feature, String message) {
            add(Diagnostic.WARNING, code, element, feature, message);
        }

        private void add(int severity, int code, EObject element, EStructuralFeature feature, String message) {
            if (chain != null) {
                chain.add(new BasicDiagnostic(severity, SOURCE, code, message, new Object[] { element, feature }));
            }
        }

        boolean none() {
            return !errors;
        }
    }
}
