package tandem.checks.quickfixchecklist.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;

import tandem.checks.Finding;
import tandem.core.documents.Ids;
import tandem.core.documents.PlanDocuments;
import tandem.core.model.ContactCenter;
import tandem.core.model.CoreFactory;
import tandem.core.model.Queue;
import tandem.training.model.Audience;
import tandem.training.model.CompletionStatus;
import tandem.training.model.Course;
import tandem.training.model.KnowledgeItem;
import tandem.training.model.Session;
import tandem.training.model.TrainingFactory;
import tandem.training.model.TrainingPlan;
import tandem.training.model.readiness.SeatAllocation;
import tandem.test.support.checks.CheckOracle;

/** Oracles for the training rules of the Quick Fix Checklist, on a training plan (spring.training). */
class TrainingRulesTest {

    private static final TrainingFactory TRAINING = TrainingFactory.eINSTANCE;
    /** A Thursday. */
    private static final LocalDate MARCH_4 = LocalDate.of(2027, 3, 4);

    private final ResourceSet set = PlanDocuments.createResourceSet();
    private final CheckOracle oracle = new CheckOracle(set);
    private final TrainingPlan plan = TRAINING.createTrainingPlan();
    private final Course course = TRAINING.createCourse();
    private final Queue billing = CoreFactory.eINSTANCE.createQueue();

    TrainingRulesTest() {
        ContactCenter center = CoreFactory.eINSTANCE.createContactCenter();
        set.createResource(URI.createFileURI("/plans/acme.center")).getContents().add(center);
        billing.setName("Billing");
        center.getQueues().add(billing);
        Ids.assignIfMissing(billing);
        plan.setName("Spring training");
        set.createResource(URI.createFileURI("/plans/spring.training")).getContents().add(plan);
        course.setName("Returns policy");
        plan.getCourses().add(course);
        Ids.assignIfMissing(course);
        Audience audience = TRAINING.createAudience();
        audience.setQueue(billing);
        audience.setHeadcount(30);
        course.getAudiences().add(audience);
        KnowledgeItem faq = TRAINING.createKnowledgeItem();
        faq.setName("Returns FAQ");
        plan.getKnowledgeItems().add(faq);
        course.getTeaches().add(faq);
    }

    private Session session(LocalDate date, int capacity) {
        Session session = TRAINING.createSession();
        session.setDate(date);
        session.setStartTime(LocalTime.of(9, 0));
        session.setLengthMinutes(90);
        session.setTrainer("Kim");
        session.setCapacity(capacity);
        course.getSessions().add(session);
        Ids.assignIfMissing(session);
        return session;
    }

    @Test
    void enoughSeatsAndKnowledgePass() {
        session(MARCH_4, 12);
        session(MARCH_4.plusDays(1), 12);
        session(MARCH_4.plusDays(4), 6);
        assertTrue(oracle.run("quickfix.training-capacity").isEmpty());
        assertTrue(oracle.run("quickfix.training-no-knowledge").isEmpty());
    }

    @Test
    void missingSeatsAreAddedAfterTheLastSessionOnWorkingDaysAndUndone() {
        session(MARCH_4.minusDays(1), 8);
        Session last = session(MARCH_4, 8); // 16 seats for 30 agents: 2 more sessions of 8
        List<Finding> findings = oracle.run("quickfix.training-capacity");
        assertEquals(1, findings.size());
        Finding finding = findings.get(0);
        assertSame(course, finding.element());
        assertEquals("Course 'Returns policy': 14 of 30 agents have no seat in its 16 scheduled seats.",
                finding.message());

        assertEquals("Add 2 sessions after the last one, one per working day",
                oracle.apply(finding, "quickfix.training-capacity.add-sessions"));
        assertEquals(4, course.getSessions().size());
        Session friday = course.getSessions().get(2);
        Session monday = course.getSessions().get(3);
        assertEquals(LocalDate.of(2027, 3, 5), friday.getDate());
        assertEquals(LocalDate.of(2027, 3, 8), monday.getDate(), "the weekend is skipped");
        for (Session added : List.of(friday, monday)) {
            assertEquals(last.getLengthMinutes(), added.getLengthMinutes());
            assertEquals("Kim", added.getTrainer());
            assertEquals(8, added.getCapacity());
            assertEquals(LocalTime.of(9, 0), added.getStartTime());
            assertNull(added.getAudience(), "open to every audience");
        }
        assertTrue(oracle.run("quickfix.training-capacity").isEmpty(), "everyone has a seat");

        oracle.undo();
        assertEquals(2, course.getSessions().size(), "Undo removes the added sessions");
        assertEquals(1, oracle.run("quickfix.training-capacity").size());
    }

    @Test
    void aCompletedAudienceThatWasShortTakesTheAddedSeatsAndTheFindingClears() {
        Audience billingAgents = course.getAudiences().get(0);
        billingAgents.setStatus(CompletionStatus.COMPLETED);
        billingAgents.setCompletedCount(22);
        billingAgents.setCompletionDate(MARCH_4.minusDays(3));
        Queue sales = CoreFactory.eINSTANCE.createQueue();
        sales.setName("Sales");
        Audience salesAgents = TRAINING.createAudience();
        salesAgents.setQueue(sales);
        salesAgents.setHeadcount(5);
        course.getAudiences().add(salesAgents);
        session(MARCH_4, 6); // 6 seats for 8 + 5 agents still to train

        Finding finding = oracle.run("quickfix.training-capacity").get(0);
        assertEquals("Course 'Returns policy': 7 of 13 agents have no seat in its 6 scheduled seats.",
                finding.message());
        assertEquals("Add 2 sessions after the last one, one per working day",
                oracle.apply(finding, "quickfix.training-capacity.add-sessions"));
        assertTrue(oracle.run("quickfix.training-capacity").isEmpty(),
                "the agents the completed audience still has to train take the new seats");
        assertEquals(LocalDate.of(2027, 3, 5), SeatAllocation.of(course).of(billingAgents).finishDate().orElseThrow());

        oracle.undo();
        assertEquals(finding.message(), oracle.run("quickfix.training-capacity").get(0).message());
    }

    @Test
    void aCourseWithoutSessionsHasNoSessionToCopy() {
        Finding finding = oracle.run("quickfix.training-capacity").get(0);
        assertEquals("Course 'Returns policy': 30 of 30 agents have no seat in its 0 scheduled seats.",
                finding.message());
        assertTrue(finding.data().isEmpty(), "no fix without a session to copy");
    }

    @Test
    void aCourseTeachingNoKnowledgeItemIsReported() {
        course.getTeaches().clear();
        List<Finding> findings = oracle.run("quickfix.training-no-knowledge");
        assertEquals(1, findings.size());
        assertEquals("Course 'Returns policy' teaches no knowledge item: link the scripts, FAQs or job aids agents"
                + " must learn, so that training and the IVR give the same answers.", findings.get(0).message());
        assertSame(course, findings.get(0).element());
    }
}
