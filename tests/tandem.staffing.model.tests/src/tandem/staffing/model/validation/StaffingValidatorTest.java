package tandem.staffing.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tandem.core.model.CoreFactory;
import tandem.core.model.Queue;
import tandem.core.validation.ModelValidation;
import tandem.staffing.model.StaffingFactory;
import tandem.staffing.model.StaffingInterval;
import tandem.staffing.model.StaffingPackage;
import tandem.staffing.model.StaffingPlan;
import tandem.staffing.model.plans.StaffingPlans;

/** One case per invariant: a small plan that breaks it, and the diagnostic that names it. */
class StaffingValidatorTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    private static StaffingPlan validPlan() {
        Queue queue = CoreFactory.eINSTANCE.createQueue();
        queue.setName("Billing");
        return StaffingPlans.create("Billing", queue, 15, DAY, DAY);
    }

    private static Diagnostic validate(StaffingPlan plan) {
        EValidator.Registry registry = new EValidatorRegistryImpl();
        registry.put(StaffingPackage.eINSTANCE, new StaffingValidator());
        return new Diagnostician(registry).validate(plan);
    }

    private static List<Diagnostic> ours(Diagnostic diagnostic) {
        return diagnostic.getChildren().stream().filter(d -> StaffingValidator.SOURCE.equals(d.getSource())).toList();
    }

    @Test
    void aNewPlanIsValid() {
        Diagnostic result = validate(validPlan());
        assertEquals(Diagnostic.OK, result.getSeverity(), () -> result.getChildren().toString());
    }

    @Test
    void aPlanWithoutQueueOnlyWarns() {
        StaffingPlan plan = validPlan();
        plan.setQueue(null);
        List<Diagnostic> problems = ours(validate(plan));
        assertEquals(1, problems.size());
        assertEquals(Diagnostic.WARNING, problems.get(0).getSeverity());
        assertEquals(StaffingValidator.NO_QUEUE, problems.get(0).getCode());
    }

    static Stream<Arguments> violations() {
        return Stream.of(
                violation("interval length", p -> p.setIntervalMinutes(20), StaffingValidator.INTERVAL_LENGTH,
                        "interval length 20 minutes: use 15, 30 or 60"),
                violation("end before start", p -> p.setEndDate(DAY.minusDays(1)), StaffingValidator.DATE_RANGE,
                        "the plan ends (2026-03-01) before it starts (2026-03-02)"),
                violation("row off the grid", p -> row(p, 33).setStart(DAY.atTime(8, 10)),
                        StaffingValidator.ROW_NOT_ALIGNED,
                        "interval 2026-03-02T08:10 does not start on the 15-minute grid"),
                violation("row outside the dates", p -> p.getIntervals().add(interval(DAY.plusDays(1).atTime(0, 0))),
                        StaffingValidator.ROW_OUTSIDE_DATES,
                        "interval 2026-03-03T00:00 lies outside the plan's dates 2026-03-02 to 2026-03-02"),
                violation("row twice", p -> row(p, 5).setStart(DAY.atTime(1, 0)), StaffingValidator.ROW_ORDER,
                        "interval 2026-03-02T01:00 appears twice: intervals must be in time order, each once"),
                violation("shrinkage", p -> p.setShrinkage(1), StaffingValidator.SHRINKAGE,
                        "shrinkage 1 is not in [0, 1) (0.3 for 30%)"),
                violation("occupancy cap", p -> p.setOccupancyCap(0), StaffingValidator.OCCUPANCY_CAP,
                        "occupancy cap 0 is not in (0, 1] (0.85 for 85%, 1 for no cap)"),
                violation("service-level share", p -> p.setServiceLevelShare(80.0),
                        StaffingValidator.SERVICE_LEVEL_SHARE, "service-level target 80 is not in (0, 1] (0.8 for 80%)"),
                violation("no target", p -> p.setServiceLevelShare(null), StaffingValidator.NO_TARGET,
                        "the plan has no target: set a service level, an ASA or an abandonment target"),
                violation("ASA target", p -> p.setAsaTargetSeconds(0.0), StaffingValidator.ASA_TARGET,
                        "ASA target 0 s: must be more than 0"),
                violation("abandonment target", p -> {
                    p.setAveragePatienceSeconds(60.0);
                    p.setAbandonmentTarget(5.0);
                }, StaffingValidator.ABANDONMENT_TARGET, "abandonment target 5 is not in (0, 1] (0.05 for 5%)"),
                violation("abandonment target without patience", p -> p.setAbandonmentTarget(0.05),
                        StaffingValidator.ABANDONMENT_TARGET, "the abandonment target needs the callers' average"
                                + " patience (Erlang A): give it, or clear the abandonment target"),
                violation("plan AHT", p -> p.setAhtSeconds(0), StaffingValidator.AHT, "AHT 0 s: must be more than 0"),
                violation("row AHT", p -> row(p, 40).setAhtSeconds(-30.0), StaffingValidator.AHT,
                        "interval 2026-03-02T10:00: AHT -30 s: must be more than 0"),
                violation("negative contacts", p -> row(p, 36).setBaseline(-2.5), StaffingValidator.CONTACTS,
                        "interval 2026-03-02T09:00: baseline -2.5 contacts: must be 0 or more"),
                violation("upper bound below the baseline", p -> {
                    row(p, 36).setBaseline(20);
                    row(p, 36).setUpperBound(15.0);
                }, StaffingValidator.CONTACTS,
                        "interval 2026-03-02T09:00: upper bound 15 contacts: must be the baseline 20 or more"),
                violation("lower bound above the baseline", p -> {
                    row(p, 36).setBaseline(20);
                    row(p, 36).setLowerBound(21.5);
                }, StaffingValidator.CONTACTS,
                        "interval 2026-03-02T09:00: lower bound 21.5 contacts: must be between 0 and the baseline 20"),
                violation("negative schedule", p -> row(p, 36).setScheduled(-1), StaffingValidator.SCHEDULED,
                        "interval 2026-03-02T09:00: -1 agents scheduled: must be 0 or more"),
                violation("patience", p -> p.setAveragePatienceSeconds(0.0), StaffingValidator.PATIENCE,
                        "average patience 0 s: must be more than 0"),
                violation("profile length", p -> p.getIntradayProfile().addAll(List.of(0.5, 0.5)),
                        StaffingValidator.INTRADAY_PROFILE,
                        "the intraday profile has 2 shares, but a day has 96 intervals of 15 minutes"),
                violation("row without start", p -> row(p, 3).setStart(null), StaffingValidator.ROW_WITHOUT_START,
                        "interval #4 has no start time"));
    }

    private static Arguments violation(String name, Consumer<StaffingPlan> breakIt, int code, String message) {
        return Arguments.of(name, breakIt, code, message);
    }

    private static StaffingInterval row(StaffingPlan plan, int index) {
        return plan.getIntervals().get(index);
    }

    private static StaffingInterval interval(LocalDateTime start) {
        StaffingInterval row = StaffingFactory.eINSTANCE.createStaffingInterval();
        row.setStart(start);
        return row;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("violations")
    void eachInvariantIsReportedWithItsCodeAndTheValue(String name, Consumer<StaffingPlan> breakIt, int code,
            String message) {
        StaffingPlan plan = validPlan();
        breakIt.accept(plan);
        Diagnostic result = validate(plan);
        assertEquals(Diagnostic.ERROR, result.getSeverity(), name);
        List<Diagnostic> problems = ours(result).stream().filter(d -> d.getCode() == code).toList();
        assertEquals(1, problems.size(), () -> name + ": " + ours(result));
        assertEquals(message, problems.get(0).getMessage());
    }

    @Test
    void theDiagnosticPointsAtTheElement() {
        StaffingPlan plan = validPlan();
        StaffingInterval bad = row(plan, 36);
        bad.setBaseline(-1);
        Diagnostic problem = ours(validate(plan)).get(0);
        assertSame(bad, problem.getData().get(0));
    }

    @Test
    void theValidatorIsContributedToTheCoreValidators() {
        StaffingPlan plan = validPlan();
        plan.setIntervalMinutes(45);
        Diagnostic result = ModelValidation.validate(plan);
        assertTrue(ours(result).stream().anyMatch(d -> d.getCode() == StaffingValidator.INTERVAL_LENGTH),
                () -> result.getChildren().toString());
    }
}
