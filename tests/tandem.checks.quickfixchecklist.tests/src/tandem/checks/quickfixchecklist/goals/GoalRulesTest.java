package tandem.checks.quickfixchecklist.goals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;

import tandem.checks.Finding;
import tandem.checks.Severity;
import tandem.core.documents.Ids;
import tandem.core.documents.PlanDocuments;
import tandem.core.model.Channel;
import tandem.core.model.ContactCenter;
import tandem.core.model.CoreFactory;
import tandem.core.model.Queue;
import tandem.goals.model.Direction;
import tandem.goals.model.Goal;
import tandem.goals.model.GoalSet;
import tandem.goals.model.GoalsFactory;
import tandem.goals.model.Metric;
import tandem.goals.model.Reading;
import tandem.test.support.checks.CheckOracle;

/** One oracle per SMART rule of the Quick Fix Checklist, on a goal set (service.goals) and its setup. */
class GoalRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    private static final List<String> RULES = List.of("quickfix.goal-specific", "quickfix.goal-measurable",
            "quickfix.goal-achievable", "quickfix.goal-relevant", "quickfix.goal-time-bound", "quickfix.goal-owner");

    private final ResourceSet set = PlanDocuments.createResourceSet();
    private final CheckOracle oracle = new CheckOracle(set).today(TODAY);
    private final Goal goal = billingFcr();

    GoalRulesTest() {
        ContactCenter center = CoreFactory.eINSTANCE.createContactCenter();
        set.createResource(URI.createFileURI("/plans/acme.center")).getContents().add(center);
        Queue billing = CoreFactory.eINSTANCE.createQueue();
        billing.setName("Billing");
        center.getQueues().add(billing);
        Ids.assignIfMissing(billing);
        goal.getQueues().add(billing);
        GoalSet goals = GoalsFactory.eINSTANCE.createGoalSet();
        goals.setName("Service goals 2026");
        goals.getGoals().add(goal);
        set.createResource(URI.createFileURI("/plans/service.goals")).getContents().add(goals);
        Ids.assignIfMissing(goal);
    }

    /** Raise first contact resolution on Billing from 70% to 80% by 1 July 2026, measured in the ACD report. */
    private static Goal billingFcr() {
        Goal goal = GoalsFactory.eINSTANCE.createGoal();
        goal.setName("Billing FCR");
        goal.setStatement("Raise first contact resolution on billing calls from 70% to 80% by 1 July 2026");
        goal.setMetric(Metric.FIRST_CONTACT_RESOLUTION);
        goal.setUnit("%");
        goal.setDirection(Direction.RAISE);
        goal.setBaseline(70.0);
        goal.setBaselineDate(LocalDate.of(2026, 1, 1));
        goal.setTarget(80.0);
        goal.setStartDate(LocalDate.of(2026, 1, 1));
        goal.setDeadline(LocalDate.of(2026, 7, 1));
        goal.setOwner("Dana Reyes");
        goal.getChannels().add(Channel.PHONE);
        goal.setMeasurementSource("ACD report");
        return goal;
    }

    @Test
    void aSmartGoalPassesEveryRule() {
        for (String rule : RULES) {
            assertTrue(oracle.run(rule).isEmpty(), rule);
        }
    }

    private Finding only(String rule) {
        List<Finding> findings = oracle.run(rule);
        assertEquals(1, findings.size(), () -> rule + ": " + findings);
        assertSame(goal, findings.get(0).element());
        assertEquals(Severity.WARNING, findings.get(0).severity());
        return findings.get(0);
    }

    @Test
    void aVagueStatementIsNotSpecific() {
        goal.setStatement("Improve customer service");
        assertEquals("Goal 'Billing FCR': 'Improve customer service' is vague: it names no metric and no number.",
                only("quickfix.goal-specific").message());
    }

    @Test
    void aMissingBaselineIsFilledFromTheLatestReadingAndUndone() {
        goal.setBaseline(null);
        goal.setBaselineDate(null);
        reading(LocalDate.of(2026, 1, 31), 71);
        reading(LocalDate.of(2026, 2, 28), 72.5);
        reading(LocalDate.of(2026, 1, 1), 70);
        Finding finding = only("quickfix.goal-measurable");
        assertEquals("Goal 'Billing FCR': needs a baseline.", finding.message());

        assertEquals("Use the latest reading as the baseline: 72.5 on 2026-02-28",
                oracle.apply(finding, "quickfix.goal-measurable.baseline-from-reading"));
        assertEquals(72.5, goal.getBaseline());
        assertEquals(LocalDate.of(2026, 2, 28), goal.getBaselineDate());
        assertTrue(oracle.run("quickfix.goal-measurable").isEmpty());

        oracle.undo();
        assertNull(goal.getBaseline(), "Undo removes the baseline");
        assertNull(goal.getBaselineDate());
        assertEquals(1, oracle.run("quickfix.goal-measurable").size());
    }

    @Test
    void withoutReadingsThereIsNoBaselineToOffer() {
        goal.setBaseline(null);
        assertTrue(only("quickfix.goal-measurable").data().isEmpty());
    }

    @Test
    void aTargetOutsideTheMetricsRangeIsNotAchievable() {
        goal.setMetric(Metric.AVERAGE_HANDLE_TIME);
        goal.setUnit("seconds");
        goal.setDirection(Direction.LOWER);
        goal.setBaseline(400.0);
        goal.setTarget(0.0);
        assertEquals("Goal 'Billing FCR': the target 0 is outside the range of average handle time (more than 0).",
                only("quickfix.goal-achievable").message());
    }

    @Test
    void aGoalServingNothingIsNotRelevant() {
        goal.getQueues().clear();
        assertEquals("Goal 'Billing FCR': serves nothing named: link a campaign or a queue, or write the service"
                + " definition it serves.", only("quickfix.goal-relevant").message());
    }

    @Test
    void aPastDeadlineMovesToTheEndOfTheQuarterAndBack() {
        goal.setDeadline(LocalDate.of(2026, 2, 1));
        Finding finding = only("quickfix.goal-time-bound");
        assertEquals("Goal 'Billing FCR': the deadline 2026-02-01 is not in the future (today is 2026-03-01).",
                finding.message());

        assertEquals("Set the deadline to 2026-03-31, the end of the quarter",
                oracle.apply(finding, "quickfix.goal-time-bound.end-of-quarter"));
        assertEquals(LocalDate.of(2026, 3, 31), goal.getDeadline());
        assertTrue(oracle.run("quickfix.goal-time-bound").isEmpty());

        oracle.undo();
        assertEquals(LocalDate.of(2026, 2, 1), goal.getDeadline(), "Undo restores the deadline");
    }

    @Test
    void theEndOfTheQuarter() {
        assertEquals(LocalDate.of(2026, 3, 31), GoalTimeBoundCheck.endOfQuarter(LocalDate.of(2026, 1, 1)));
        assertEquals(LocalDate.of(2026, 6, 30), GoalTimeBoundCheck.endOfQuarter(LocalDate.of(2026, 4, 15)));
        assertEquals(LocalDate.of(2026, 12, 31), GoalTimeBoundCheck.endOfQuarter(LocalDate.of(2026, 12, 31)));
    }

    @Test
    void aGoalWithoutOwnerIsReported() {
        goal.setOwner(" ");
        assertEquals("Goal 'Billing FCR': no owner: name the person who answers for the goal.",
                only("quickfix.goal-owner").message());
    }

    private void reading(LocalDate date, double value) {
        Reading reading = GoalsFactory.eINSTANCE.createReading();
        reading.setDate(date);
        reading.setValue(value);
        goal.getReadings().add(reading);
    }
}
