package tandem.training.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tandem.training.model.tests.Plans.march;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tandem.core.documents.PlanDocuments;
import tandem.core.validation.ModelValidation;
import tandem.training.model.Audience;
import tandem.training.model.CompletionStatus;
import tandem.training.model.Course;
import tandem.training.model.KnowledgeItem;
import tandem.training.model.KnowledgeKind;
import tandem.training.model.Session;
import tandem.training.model.TrainingFactory;
import tandem.training.model.validation.TrainingValidator;

/**
 * The invariants of a training plan, checked through the validator contributed to tandem.core.validators (the way
 * the editors and tandem-cli validate). Each rule is shown broken and then kept.
 */
class ValidatorTest {

    private final Plans plans = new Plans();
    private Course course;
    private Session session;
    private Audience audience;

    @BeforeEach
    void aValidPlan() {
        course = plans.course("Spring offer", plans.campaign("Spring promo", march(30)));
        audience = Plans.audience(course, plans.queue("Billing"), 20);
        session = Plans.session(course, march(10), 12, audience);
        ResourceSet set = PlanDocuments.createResourceSet();
        set.createResource(URI.createURI("memory:/acme.center")).getContents().add(plans.center);
        set.createResource(URI.createURI("memory:/2026.campaigns")).getContents().add(plans.calendar);
        set.createResource(URI.createURI("memory:/spring.training")).getContents().add(plans.plan);
    }

    @Test
    void aValidPlanHasNoFindings() {
        Diagnostic result = ModelValidation.validate(plans.plan);
        assertEquals(Diagnostic.OK, result.getSeverity(), String.valueOf(result.getChildren()));
    }

    @Test
    void aSessionMustSeatSomeone() {
        session.setCapacity(0);
        assertFinding(TrainingValidator.SESSION_CAPACITY, Diagnostic.ERROR, session,
                "capacity is 0; a session must seat at least one agent");
        session.setCapacity(1);
        assertNoFinding(TrainingValidator.SESSION_CAPACITY);
    }

    @Test
    void aCourseMustTakeTime() {
        course.setDurationMinutes(0);
        assertFinding(TrainingValidator.DURATION, Diagnostic.ERROR, course,
                "duration is 0 minutes; a course takes at least one minute");
        course.setDurationMinutes(30);
        assertNoFinding(TrainingValidator.DURATION);
    }

    @Test
    void noMoreAgentsCompleteThanTheAudienceHas() {
        audience.setCompletedCount(21);
        assertFinding(TrainingValidator.COMPLETED_COUNT, Diagnostic.ERROR, audience,
                "completed count 21 is more than the headcount 20");
        audience.setCompletedCount(20);
        assertNoFinding(TrainingValidator.COMPLETED_COUNT);
    }

    @Test
    void aCompletedAudienceHasACompletionDate() {
        audience.setCompletedCount(20);
        audience.setStatus(CompletionStatus.COMPLETED);
        assertFinding(TrainingValidator.COMPLETION_DATE, Diagnostic.ERROR, audience,
                "is completed but has no completion date");
        audience.setCompletionDate(march(12));
        assertNoFinding(TrainingValidator.COMPLETION_DATE);
    }

    @Test
    void aCompletedAudienceWithAgentsNotCountedIsWorthAWarning() {
        audience.setStatus(CompletionStatus.COMPLETED);
        audience.setCompletionDate(march(12));
        audience.setCompletedCount(18);
        assertFinding(TrainingValidator.COMPLETED_BUT_SHORT, Diagnostic.WARNING, audience,
                "is completed but only 18 of 20 agents are counted as trained");
    }

    @Test
    void anFaqHasAQuestionAndAnApprovedAnswer() {
        KnowledgeItem faq = TrainingFactory.eINSTANCE.createKnowledgeItem();
        faq.setName("Can I combine the offer?");
        faq.setKind(KnowledgeKind.FAQ);
        plans.plan.getKnowledgeItems().add(faq);
        assertEquals(List.of("is an FAQ without a question", "is an FAQ without an approved answer"),
                messages(TrainingValidator.FAQ_QUESTION_ANSWER));

        faq.setQuestion("Can I combine the spring offer with my loyalty discount?");
        assertFinding(TrainingValidator.FAQ_QUESTION_ANSWER, Diagnostic.ERROR, faq,
                "is an FAQ without an approved answer");
        faq.setAnswer("Yes, both discounts apply.");
        assertNoFinding(TrainingValidator.FAQ_QUESTION_ANSWER);
    }

    @Test
    void anAudienceNamesAQueueOrATeam() {
        audience.setQueue(null);
        assertFinding(TrainingValidator.AUDIENCE_TARGET, Diagnostic.ERROR, audience,
                "names neither a queue nor a team to train");
        audience.setTeam(plans.team("Night shift", 20));
        assertNoFinding(TrainingValidator.AUDIENCE_TARGET);
    }

    @Test
    void aSessionIsKeptOnlyForAnAudienceOfItsOwnCourse() {
        Course other = plans.course("Complaints");
        Audience elsewhere = Plans.audience(other, plans.queue("Sales"), 5);
        session.setAudience(elsewhere);
        assertFinding(TrainingValidator.SESSION_AUDIENCE, Diagnostic.ERROR, session,
                "is kept for an audience of another course; choose one of this course's audiences or none");
    }

    private List<Diagnostic> findings(int code) {
        return ModelValidation.validate(plans.plan).getChildren().stream()
                .filter(d -> TrainingValidator.SOURCE.equals(d.getSource()) && d.getCode() == code).toList();
    }

    private List<String> messages(int code) {
        return findings(code).stream().map(Diagnostic::getMessage).toList();
    }

    private void assertFinding(int code, int severity, EObject element, String message) {
        List<Diagnostic> found = findings(code);
        assertEquals(1, found.size(), "findings: " + found);
        assertEquals(message, found.get(0).getMessage());
        assertEquals(severity, found.get(0).getSeverity());
        assertSame(element, found.get(0).getData().get(0), "the finding names the element");
    }

    private void assertNoFinding(int code) {
        assertTrue(findings(code).isEmpty(), () -> "unexpected: " + findings(code));
    }
}
