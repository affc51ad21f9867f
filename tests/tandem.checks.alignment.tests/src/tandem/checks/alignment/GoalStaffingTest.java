package tandem.checks.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import tandem.checks.Finding;
import tandem.checks.Severity;
import tandem.checks.alignment.goals.GoalStaffingCheck;
import tandem.checks.alignment.goals.StaffingAchievability;
import tandem.core.documents.PlanDocuments;
import tandem.core.documents.Ids;
import tandem.goals.model.Direction;
import tandem.goals.model.Goal;
import tandem.goals.model.GoalSet;
import tandem.goals.model.GoalsFactory;
import tandem.goals.model.Metric;
import tandem.goals.model.smart.AchievabilityCheck;
import tandem.goals.model.smart.Criterion;
import tandem.goals.model.smart.SmartAssessment;
import tandem.goals.model.smart.Verdict;
import tandem.staffing.erlang.ErlangA;
import tandem.staffing.model.StaffingPlan;
import tandem.test.support.checks.CheckOracle;

/**
 * Oracles for {@code alignment.goal-staffing} (issue 14 item 4): a goal on service level, ASA or abandonment for a
 * queue is compared with what the heads scheduled in the queue's staffing plan deliver.
 */
class GoalStaffingTest {

    private static final String RULE = "alignment.goal-staffing";
    private static final LocalDate WEDNESDAY = LocalDate.of(2027, 3, 3);
    private static final LocalDate THURSDAY = LocalDate.of(2027, 3, 4);
    private static final LocalDate TODAY = LocalDate.of(2027, 2, 1);

    private final StaffingData data = new StaffingData();
    private final CheckOracle oracle = new CheckOracle(data.plans.set);
    private final GoalSet goals = GoalsFactory.eINSTANCE.createGoalSet();
    /** 60 calls per half hour, AHT 180 s: 6 Erlangs; 12 heads at 30% shrinkage keep 8 agents on the phones. */
    private final StaffingPlan plan = data.billingPlan(WEDNESDAY, THURSDAY);

    GoalStaffingTest() {
        goals.setName("Service goals");
        data.plans.set.createResource(URI.createFileURI("/plans/service.goals")).getContents().add(goals);
        for (LocalDate day : List.of(WEDNESDAY, THURSDAY)) {
            data.schedule(plan, day, 12, 12, 12, 12);
        }
    }

    /** Erlang C's service level by the textbook: Erlang B by its recursion, then C and the wait distribution. */
    private static double textbookServiceLevel(int agents, double traffic, double aht, double within) {
        double blocking = 1;
        for (int n = 1; n <= agents; n++) {
            blocking = traffic * blocking / (n + traffic * blocking);
        }
        double wait = agents * blocking / (agents - traffic * (1 - blocking));
        return 1 - wait * Math.exp(-(agents - traffic) * within / aht);
    }

    private Goal goal(String name, Metric metric, String unit, double target, String statement) {
        Goal goal = GoalsFactory.eINSTANCE.createGoal();
        goal.setName(name);
        goal.setMetric(metric);
        goal.setUnit(unit);
        goal.setTarget(target);
        goal.setDirection(metric == Metric.SERVICE_LEVEL ? Direction.RAISE : Direction.LOWER);
        goal.setStatement(statement);
        goal.setStartDate(LocalDate.of(2027, 3, 1));
        goal.setDeadline(LocalDate.of(2027, 3, 31));
        goal.getQueues().add(data.billing);
        goals.getGoals().add(goal);
        Ids.assignIfMissing(goal);
        return goal;
    }

    private static Finding on(List<Finding> findings, Object element) {
        return findings.stream().filter(f -> f.element() == element).findFirst().orElseThrow();
    }

    @Test
    void theGoalsEditorsSmartPanelGetsTheCheckAsAnOsgiService() throws Exception {
        Bundle bundle = FrameworkUtil.getBundle(GoalStaffingCheck.class);
        assertNotNull(bundle, "running in OSGi");
        BundleContext context = bundle.getBundleContext();
        if (context == null) {
            bundle.start(Bundle.START_TRANSIENT);
            context = bundle.getBundleContext();
        }
        boolean registered = false;
        for (int i = 0; i < 100 && !registered; i++) {
            for (ServiceReference<AchievabilityCheck> reference : context.getServiceReferences(
                    AchievabilityCheck.class, null)) {
                AchievabilityCheck check = context.getService(reference);
                registered |= check instanceof StaffingAchievability;
                context.ungetService(reference);
            }
            if (!registered) {
                Thread.sleep(100);
            }
        }
        assertTrue(registered, "StaffingAchievability is registered by Declarative Services");
    }

    @Test
    void theSmartPanelFailsAchievableForAGoalTheScheduleDoesNotDeliver() {
        Goal goal = goal("Billing answered fast", Metric.SERVICE_LEVEL, "%", 99, "Answer 99% within 20 s");
        goal.setBaseline(97.0); // +2 points in a month: plausible by the goal's own measure
        assertTrue(new SmartAssessment().assess(goal, TODAY).of(Criterion.ACHIEVABLE).passed());
        Finding onGoal = on(oracle.run(RULE), goal);
        Verdict verdict = new SmartAssessment(List.of(new StaffingAchievability())).assess(goal, TODAY)
                .of(Criterion.ACHIEVABLE);
        assertFalse(verdict.passed());
        assertEquals(onGoal.message(), "Goal 'Billing answered fast' " + verdict.reason() + ".",
                "the same words as the check's finding");
        goal.setTarget(60.0);
        assertTrue(new StaffingAchievability().problem(goal, TODAY).isEmpty());
    }

    @Test
    void aGoalOpenedAloneIsJudgedByTheStaffingPlansOfItsFolder(@TempDir Path folder) throws IOException {
        Goal goal = goal("Billing answered fast", Metric.SERVICE_LEVEL, "%", 99, "Answer 99% within 20 s");
        String expected = new StaffingAchievability().problem(goal, TODAY).orElseThrow();
        for (Resource resource : List.copyOf(data.plans.set.getResources())) {
            resource.setURI(URI.createFileURI(folder.resolve(resource.getURI().lastSegment()).toString()));
        }
        for (Resource resource : List.copyOf(data.plans.set.getResources())) {
            resource.save(null);
        }

        // As the goals editor opens it: the goal set alone, the queue resolved from the setup on demand.
        ResourceSet alone = PlanDocuments.createResourceSet();
        GoalSet opened = (GoalSet) PlanDocuments.load(alone, URI.createFileURI(folder.resolve("service.goals")
                .toString())).getContents().get(0);
        StaffingAchievability achievability = new StaffingAchievability();
        assertEquals(expected, achievability.problem(opened.getGoals().get(0), TODAY).orElseThrow());

        // The plan file changes on disk: the goal is judged again.
        StaffingPlan saved = (StaffingPlan) PlanDocuments.load(PlanDocuments.createResourceSet(), URI.createFileURI(
                folder.resolve("billing.staffing").toString())).getContents().get(0);
        saved.getIntervals().forEach(row -> row.setScheduled(row.getBaseline() > 0 ? 100 : 0));
        saved.eResource().save(null);
        assertTrue(achievability.problem(opened.getGoals().get(0), TODAY).isEmpty(), "100 heads deliver 99%");
    }

    @Test
    void aServiceLevelGoalBeyondTheScheduleIsFoundWithThePredictedValue() {
        Goal goal = goal("Billing answered fast", Metric.SERVICE_LEVEL, "%", 99,
                "Answer 99% of billing calls within 20 s");
        double delivered = textbookServiceLevel(8, 6, 180, 20);
        String percent = new java.math.BigDecimal(delivered * 100).setScale(1, java.math.RoundingMode.HALF_UP)
                .toPlainString();

        List<Finding> findings = oracle.run(RULE);
        assertEquals(2, findings.size(), findings.toString());
        Finding onGoal = on(findings, goal);
        assertEquals(Severity.WARNING, onGoal.severity());
        assertEquals("Goal 'Billing answered fast' asks for 99% answered within 20 s on queue 'Billing', but with the"
                + " heads scheduled in staffing plan 'Billing 2027' it would answer " + percent + "% within 20 s from"
                + " 2027-03-03 to 2027-03-04 (8 of 8 intervals fall short).", onGoal.message());
        Finding onPlan = on(findings, plan);
        assertEquals("With the heads scheduled in staffing plan 'Billing 2027' the queue would answer " + percent
                + "% within 20 s from 2027-03-03 to 2027-03-04, short of goal 'Billing answered fast' (99% answered"
                + " within 20 s): 8 of 8 intervals fall short.", onPlan.message());
    }

    @Test
    void settingTheTargetToThePredictedValueClearsTheFindingAndUndoes() {
        Goal goal = goal("Billing answered fast", Metric.SERVICE_LEVEL, "%", 99, "Answer 99% within 20 s");
        double delivered = textbookServiceLevel(8, 6, 180, 20);
        double expected = Math.floor(delivered * 1000) / 10; // one decimal, rounded down so that it is reached

        Finding onGoal = on(oracle.run(RULE), goal);
        assertEquals("Set the goal's target to " + new java.math.BigDecimal(String.valueOf(expected))
                .stripTrailingZeros().toPlainString() + ", what the staffing delivers",
                oracle.apply(onGoal, RULE + ".set-target"));
        assertEquals(expected, goal.getTarget(), 1e-12);
        assertTrue(oracle.run(RULE).isEmpty(), "the goal is now what the staffing delivers");
        oracle.undo();
        assertEquals(99.0, goal.getTarget());
    }

    @Test
    void raisingTheScheduledHeadsDeliversTheGoalAndUndoes() {
        goal("Billing answered fast", Metric.SERVICE_LEVEL, "%", 95, "Answer 95% within 20 s");
        int agents = 7;
        while (textbookServiceLevel(agents, 6, 180, 20) < 0.95) {
            agents++;
        }
        int heads = (int) Math.ceil(agents / 0.7 - 1e-9);
        String before = data.saved(plan);

        Finding onPlan = on(oracle.run(RULE), plan);
        assertEquals("Raise the scheduled heads of the 8 intervals that fall short of goal 'Billing answered fast'",
                oracle.apply(onPlan, RULE + ".raise"));
        assertEquals(List.of(heads, heads, heads, heads), data.scheduled(plan, WEDNESDAY));
        assertEquals(List.of(heads, heads, heads, heads), data.scheduled(plan, THURSDAY));
        assertTrue(oracle.run(RULE).isEmpty(), "the schedule now delivers the goal");
        oracle.undo();
        assertEquals(before, data.saved(plan), "Undo restores the schedule");
    }

    @Test
    void onlyTheIntervalsThatFallShortAreRaised() {
        goal("Billing answered fast", Metric.SERVICE_LEVEL, "%", 95, "Answer 95% within 20 s");
        data.schedule(plan, WEDNESDAY, 12, 20, 12, 12); // 08:30 already has 14 agents
        Finding onPlan = on(oracle.run(RULE), plan);
        assertEquals("7", onPlan.data().get("short"));
        oracle.apply(onPlan, RULE + ".raise");
        assertEquals(20, data.scheduled(plan, WEDNESDAY).get(1), "a schedule that delivers is left alone");
        assertTrue(oracle.run(RULE).isEmpty());
    }

    @Test
    void aGoalTheScheduleDeliversPasses() {
        goal("Billing answered", Metric.SERVICE_LEVEL, "%", 60, "Answer 60% within 20 s");
        assertTrue(textbookServiceLevel(8, 6, 180, 20) > 0.6);
        assertTrue(oracle.run(RULE).isEmpty());
    }

    @Test
    void theStatementsAnswerTimeIsUsed() {
        double at20 = textbookServiceLevel(8, 6, 180, 20);
        double at60 = textbookServiceLevel(8, 6, 180, 60);
        double target = Math.round((at20 + at60) / 2 * 1000) / 10.0;
        goal("Within a minute", Metric.SERVICE_LEVEL, "%", target, "Answer billing calls within 1 minute");
        assertTrue(oracle.run(RULE).isEmpty(), "within 60 s the schedule delivers " + at60);
        goals.getGoals().get(0).setStatement("Answer billing calls within 20 s");
        assertEquals(2, oracle.run(RULE).size(), "within 20 s it delivers only " + at20);
    }

    @Test
    void aGoalOutsideThePlansDaysOrOnAnotherMetricIsNotJudged() {
        Goal later = goal("Summer", Metric.SERVICE_LEVEL, "%", 99, "Answer 99% within 20 s");
        later.setStartDate(LocalDate.of(2027, 6, 1));
        later.setDeadline(LocalDate.of(2027, 8, 31));
        goal("Satisfaction", Metric.CUSTOMER_SATISFACTION, "%", 99, "Raise satisfaction to 99%");
        assertTrue(oracle.run(RULE).isEmpty());
    }

    @Test
    void anAsaGoalIsComparedWithTheAsaOfAnsweredCalls() {
        plan.setAveragePatienceSeconds(120.0);
        Goal goal = goal("Billing ASA", Metric.AVERAGE_SPEED_OF_ANSWER, "s", 2, "Answer billing calls within 2 s on"
                + " average");
        double asa = ErlangA.predict(6, 8, 180, 120, 0).asaAnsweredSeconds();
        assertTrue(asa > 2, "ASA of answered calls " + asa);
        Finding onGoal = on(oracle.run(RULE), goal);
        String seconds = new java.math.BigDecimal(asa).setScale(1, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
        assertTrue(onGoal.message().contains("it would answer after " + seconds + " s on average (ASA of answered"
                + " calls)"), onGoal.message());
        assertEquals(new java.math.BigDecimal(asa).setScale(1, java.math.RoundingMode.CEILING).stripTrailingZeros()
                .toPlainString(), onGoal.data().get("predicted"));

        oracle.apply(on(oracle.run(RULE), plan), RULE + ".raise");
        assertTrue(oracle.run(RULE).isEmpty());
        int heads = data.scheduled(plan, WEDNESDAY).get(0);
        int agents = (int) Math.floor(heads * 0.7 + 1e-9);
        assertTrue(ErlangA.predict(6, agents, 180, 120, 0).asaAnsweredSeconds() <= 2);
        assertTrue(ErlangA.predict(6, agents - 1, 180, 120, 0).asaAnsweredSeconds() > 2, "no more than needed");
    }

    @Test
    void anAbandonmentGoalNeedsAPlanThatKnowsTheCallersPatience() {
        Goal goal = goal("Few hang up", Metric.ABANDONMENT_RATE, "%", 1, "At most 1% of callers hang up");
        assertTrue(oracle.run(RULE).isEmpty(), "Erlang C cannot predict abandonment");

        plan.setAveragePatienceSeconds(60.0);
        double abandonment = ErlangA.predict(6, 8, 180, 60, 0).abandonment();
        assertTrue(abandonment > 0.01, "abandonment " + abandonment);
        Finding onGoal = on(oracle.run(RULE), goal);
        String percent = new java.math.BigDecimal(abandonment * 100).setScale(1, java.math.RoundingMode.HALF_UP)
                .toPlainString();
        assertTrue(onGoal.message().contains("it would lose " + percent + "% of callers to abandonment"),
                onGoal.message());
        oracle.apply(on(oracle.run(RULE), plan), RULE + ".raise");
        assertTrue(oracle.run(RULE).isEmpty());
        assertSame(goal, goals.getGoals().get(0));
    }
}
