package tandem.training.model.validation;

import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EObjectValidator;

import tandem.training.model.Audience;
import tandem.training.model.CompletionStatus;
import tandem.training.model.Course;
import tandem.training.model.KnowledgeItem;
import tandem.training.model.KnowledgeKind;
import tandem.training.model.Session;
import tandem.training.model.TrainingPackage.Literals;

/**
 * The invariants of a training plan, on top of EMF's own checks (multiplicities, references that resolve).
 * Contributed to {@code tandem.core.validators}; each finding is a {@link Diagnostic} with source {@link #SOURCE},
 * one of the codes below, and the element and feature as data. Messages do not repeat the element: the command
 * line and the editors put its path in front.
 */
public class TrainingValidator extends EObjectValidator {

    /** The diagnostic source of every finding of this validator. */
    public static final String SOURCE = "tandem.training.model";

    /** A session seats no one. */
    public static final int SESSION_CAPACITY = 1;
    /** A course or a session that takes no time. */
    public static final int DURATION = 2;
    /** More agents completed than are in the audience, or negative counts. */
    public static final int COMPLETED_COUNT = 3;
    /** A completed audience without completion date. */
    public static final int COMPLETION_DATE = 4;
    /** An FAQ without question or approved answer. */
    public static final int FAQ_QUESTION_ANSWER = 5;
    /** An audience that names neither a queue nor a team. */
    public static final int AUDIENCE_TARGET = 6;
    /** A session kept for an audience of another course. */
    public static final int SESSION_AUDIENCE = 7;
    /** An audience marked completed while some of its agents are not counted as trained. */
    public static final int COMPLETED_BUT_SHORT = 8;

    @Override
    public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean valid = super.validate(eClass, object, diagnostics, context);
        Findings findings = new Findings(object, diagnostics);
        if (object instanceof Course course) {
            check(course, findings);
        } else if (object instanceof Session session) {
            check(session, findings);
        } else if (object instanceof Audience audience) {
            check(audience, findings);
        } else if (object instanceof KnowledgeItem item) {
            check(item, findings);
        }
        return valid && findings.valid;
    }

    private static void check(Course course, Findings findings) {
        if (course.getDurationMinutes() <= 0) {
            findings.error(DURATION, Literals.COURSE__DURATION_MINUTES, "duration is " + course.getDurationMinutes()
                    + " minutes; a course takes at least one minute");
        }
    }

    private static void check(Session session, Findings findings) {
        if (session.getCapacity() <= 0) {
            findings.error(SESSION_CAPACITY, Literals.SESSION__CAPACITY, "capacity is " + session.getCapacity()
                    + "; a session must seat at least one agent");
        }
        if (session.getLengthMinutes() <= 0) {
            findings.error(DURATION, Literals.SESSION__LENGTH_MINUTES, "length is " + session.getLengthMinutes()
                    + " minutes; a session takes at least one minute");
        }
        Audience audience = session.getAudience();
        if (audience != null && !audience.eIsProxy() && audience.eContainer() != session.eContainer()) {
            findings.error(SESSION_AUDIENCE, Literals.SESSION__AUDIENCE,
                    "is kept for an audience of another course; choose one of this course's audiences or none");
        }
    }

    private static void check(Audience audience, Findings findings) {
        if (audience.getQueue() == null && audience.getTeam() == null) {
            findings.error(AUDIENCE_TARGET, Literals.AUDIENCE__QUEUE, "names neither a queue nor a team to train");
        }
        if (audience.getHeadcount() < 0) {
            findings.error(COMPLETED_COUNT, Literals.AUDIENCE__HEADCOUNT,
                    "headcount is " + audience.getHeadcount() + "; it cannot be negative");
        }
        if (audience.getCompletedCount() < 0) {
            findings.error(COMPLETED_COUNT, Literals.AUDIENCE__COMPLETED_COUNT,
                    "completed count is " + audience.getCompletedCount() + "; it cannot be negative");
        } else if (audience.getCompletedCount() > audience.getHeadcount()) {
            findings.error(COMPLETED_COUNT, Literals.AUDIENCE__COMPLETED_COUNT, "completed count "
                    + audience.getCompletedCount() + " is more than the headcount " + audience.getHeadcount());
        }
        if (audience.getStatus() == CompletionStatus.COMPLETED) {
            if (audience.getCompletionDate() == null) {
                findings.error(COMPLETION_DATE, Literals.AUDIENCE__COMPLETION_DATE,
                        "is completed but has no completion date");
            }
            if (audience.getCompletedCount() >= 0 && audience.getCompletedCount() < audience.getHeadcount()) {
                findings.warning(COMPLETED_BUT_SHORT, Literals.AUDIENCE__COMPLETED_COUNT,
                        "is completed but only " + audience.getCompletedCount() + " of " + audience.getHeadcount()
                                + " agents are counted as trained");
            }
        }
    }

    private static void check(KnowledgeItem item, Findings findings) {
        if (item.getKind() != KnowledgeKind.FAQ) {
            return;
        }
        if (blank(item.getQuestion())) {
            findings.error(FAQ_QUESTION_ANSWER, Literals.KNOWLEDGE_ITEM__QUESTION, "is an FAQ without a question");
        }
        if (blank(item.getAnswer())) {
            findings.error(FAQ_QUESTION_ANSWER, Literals.KNOWLEDGE_ITEM__ANSWER,
                    "is an FAQ without an approved answer");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** Collects the findings about one element. */
    private static final class Findings {
        private final EObject object;
        private final DiagnosticChain diagnostics;
        private boolean valid = true;

        Findings(EObject object, DiagnosticChain diagnostics) {
            this.object = object;
            this.diagnostics = diagnostics;
        }

        void error(int code, EStructuralFeature feature, String message) {
            add(Diagnostic.ERROR, code, feature, message);
            valid = false;
        }

        void warning(int code, EStructuralFeature feature, String message) {
            add(Diagnostic.WARNING, code, feature, message);
        }

        private void add(int severity, int code, EStructuralFeature feature, String message) {
            if (diagnostics != null) {
                diagnostics.add(new BasicDiagnostic(severity, SOURCE, code, message, new Object[] { object, feature }));
            }
        }
    }
}
