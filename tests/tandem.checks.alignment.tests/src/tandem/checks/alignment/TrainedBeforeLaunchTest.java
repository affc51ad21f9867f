package tandem.checks.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tandem.campaign.model.Campaign;
import tandem.checks.CheckSettings;
import tandem.checks.Finding;
import tandem.checks.Severity;
import tandem.core.model.Queue;
import tandem.training.model.Audience;
import tandem.training.model.CompletionStatus;
import tandem.training.model.Course;
import tandem.training.model.Session;
import tandem.test.support.checks.CheckOracle;

/** Oracles for {@code alignment.trained-before-launch}. */
class TrainedBeforeLaunchTest {

    private static final String RULE = "alignment.trained-before-launch";
    /** A Wednesday: with the default lead of 2 days, training must be over by Monday 8 March. */
    private static final LocalDate DROP = LocalDate.of(2027, 3, 10);

    private final TrainingPlans plans = new TrainingPlans();
    private final CheckOracle oracle = new CheckOracle(plans.plans.set);
    private final Queue billing = plans.queue("Billing");
    private final Campaign promo = plans.campaign("Spring promo", DROP, billing);

    @Test
    void trainingCompleteTwoDaysBeforeTheDropPasses() {
        Course course = plans.course("Spring offer", promo);
        plans.audience(course, billing, null, 12);
        plans.session(course, DROP.minusDays(2), 12);
        assertTrue(oracle.run(RULE).isEmpty());
    }

    @Test
    void withoutCourseTheFixAddsOneWithAnAudiencePerQueueAndUndoRemovesIt() {
        Queue sales = plans.queue("Sales");
        promo.getQueues().add(sales);
        plans.team("Billing day", 12, billing);
        plans.team("Billing night", 5, billing);

        List<Finding> findings = oracle.run(RULE);
        assertEquals(1, findings.size());
        Finding finding = findings.get(0);
        assertEquals(Severity.ERROR, finding.severity());
        assertSame(plans.training, finding.element(), "reported in the training plan, which the fix changes");
        assertEquals("No course prepares customer service for campaign 'Spring promo' (first drop on 2027-03-10);"
                + " its queues 'Billing', 'Sales' must be trained by 2027-03-08.", finding.message());

        assertEquals("Add course 'Training for Spring promo' with an audience per campaign queue",
                oracle.apply(finding, RULE + ".create-course"));
        assertEquals(1, plans.training.getCourses().size());
        Course course = plans.training.getCourses().get(0);
        assertEquals("Training for Spring promo", course.getName());
        assertEquals(List.of(promo), course.getPreparesFor());
        assertEquals(List.of(billing, sales), course.getAudiences().stream().map(a -> a.getQueue()).toList());
        assertEquals(List.of(17, 0), course.getAudiences().stream().map(a -> a.getHeadcount()).toList(),
                "headcount of the teams serving the queue, 0 when none is known");
        assertEquals("Training for campaign 'Spring promo' is never complete: 17 of 17 agents of queue 'Billing'"
                + " (course 'Training for Spring promo') have no seat in a session.",
                oracle.run(RULE).get(0).message());

        oracle.undo();
        assertTrue(plans.training.getCourses().isEmpty(), "Undo removes the course");
        assertEquals(finding.message(), oracle.run(RULE).get(0).message());
    }

    @Test
    void aQueueWithoutAudienceIsReported() {
        Queue sales = plans.queue("Sales");
        promo.getQueues().add(sales);
        Course course = plans.course("Spring offer", promo);
        plans.audience(course, null, plans.team("Billing day", 12, billing), 12);
        plans.session(course, DROP.minusDays(5), 12);
        List<Finding> findings = oracle.run(RULE);
        assertEquals(1, findings.size());
        assertSame(course, findings.get(0).element());
        assertEquals("No course preparing for campaign 'Spring promo' has an audience for queue 'Sales' or a team"
                + " serving it, though the queue receives the campaign's contacts.", findings.get(0).message());
        assertTrue(findings.get(0).data().isEmpty(), "no fix");
    }

    @Test
    void aCompletedAudienceThatWasShortIsFinishedByASessionForTheRest() {
        Course course = plans.course("Spring offer", promo);
        Audience audience = plans.audience(course, billing, null, 20);
        audience.setStatus(CompletionStatus.COMPLETED);
        audience.setCompletedCount(15);
        audience.setCompletionDate(LocalDate.of(2027, 2, 19));

        Finding finding = oracle.run(RULE).get(0);
        assertEquals("Training for campaign 'Spring promo' is never complete: 5 of 20 agents of queue 'Billing'"
                + " (course 'Spring offer') have no seat in a session.", finding.message());

        Session catchUp = plans.session(course, DROP.minusDays(1), 4);
        assertEquals("Training for campaign 'Spring promo' is never complete: 1 of 20 agents of queue 'Billing'"
                + " (course 'Spring offer') have no seat in a session.", oracle.run(RULE).get(0).message(),
                "the agents still to train take the seats");
        catchUp.setCapacity(6);
        Finding late = oracle.run(RULE).get(0);
        assertEquals("Training for campaign 'Spring promo' is complete on 2027-03-09, after the deadline 2027-03-08"
                + " (2 days before the first drop on 2027-03-10).", late.message());
        oracle.apply(late, RULE + ".move-session");
        assertTrue(oracle.run(RULE).isEmpty(), "finished by the session moved in time");
    }

    @Test
    void anAudienceWithoutHeadcountIsNotTakenAsTrained() {
        Queue sales = plans.queue("Sales");
        promo.getQueues().add(sales);
        Course course = plans.course("Spring offer", promo);
        plans.audience(course, billing, null, 12);
        Audience salesAgents = plans.audience(course, sales, null, 0);
        plans.session(course, DROP.minusDays(3), 12);

        List<Finding> findings = oracle.run(RULE);
        assertEquals(1, findings.size(), findings.toString());
        assertSame(salesAgents, findings.get(0).element());
        assertEquals("The audience for queue 'Sales' of course 'Spring offer' has no headcount: nobody can tell"
                + " whether its agents are trained for campaign 'Spring promo' by 2027-03-08.",
                findings.get(0).message());

        salesAgents.setHeadcount(6);
        assertEquals("Training for campaign 'Spring promo' is never complete: 6 of 6 agents of queue 'Sales'"
                + " (course 'Spring offer') have no seat in a session.", oracle.run(RULE).get(0).message());
    }

    @Test
    void aLateSessionMovesToTheLatestWorkingDayBeforeTheDeadlineAndBack() {
        Course course = plans.course("Spring offer", promo);
        plans.audience(course, billing, null, 20);
        Session early = plans.session(course, DROP.minusDays(8), 10);
        Session late = plans.session(course, DROP.minusDays(1), 10);
        Finding finding = oracle.run(RULE).get(0);
        assertSame(course, finding.element());
        assertEquals("Training for campaign 'Spring promo' is complete on 2027-03-09, after the deadline 2027-03-08"
                + " (2 days before the first drop on 2027-03-10).", finding.message());

        assertEquals("Move the late sessions to 2027-03-08", oracle.apply(finding, RULE + ".move-session"));
        assertEquals(LocalDate.of(2027, 3, 8), late.getDate());
        assertEquals(DROP.minusDays(8), early.getDate(), "a session in time stays");
        assertTrue(oracle.run(RULE).isEmpty());
        oracle.undo();
        assertEquals(DROP.minusDays(1), late.getDate(), "Undo restores the date");

        oracle.settings(CheckSettings.defaults().with(Map.of(RULE + ".trainingLeadDays", "3")));
        Finding weekend = oracle.run(RULE).get(0);
        assertEquals("Training for campaign 'Spring promo' is complete on 2027-03-09, after the deadline 2027-03-07"
                + " (3 days before the first drop on 2027-03-10).", weekend.message());
        assertEquals("Move the late sessions to 2027-03-05", oracle.apply(weekend, RULE + ".move-session"),
                "the deadline is a Sunday: the session moves to the Friday before");
        assertEquals(LocalDate.of(2027, 3, 5), late.getDate());
    }
}
