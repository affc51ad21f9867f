package tandem.goals.model.validation;

import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EObjectValidator;

import tandem.goals.model.Goal;
import tandem.goals.model.GoalsPackage.Literals;
import tandem.goals.model.Reading;

/**
 * The plain invariants of a goal set, on top of EMF's own checks: readings have dates, a deadline comes after the
 * start. Whether a goal is SMART is a judgement, not an invariant: see {@code tandem.goals.model.smart}. Contributed
 * to {@code tandem.core.validators}; messages do not repeat the element, whose path the tools put in front.
 */
public class GoalsValidator extends EObjectValidator {

    /** The diagnostic source of every finding of this validator. */
    public static final String SOURCE = "tandem.goals.model";

    /** A reading without a date. */
    public static final int READING_DATE = 1;
    /** A deadline on or before the start date. */
    public static final int DEADLINE_AFTER_START = 2;

    @Override
    public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean valid = super.validate(eClass, object, diagnostics, context);
        if (object instanceof Reading reading && reading.getDate() == null) {
            valid &= error(diagnostics, READING_DATE, reading, Literals.READING__DATE, "has no date; a reading of "
                    + reading.getValue() + " cannot be placed on the progress line without one");
        }
        if (object instanceof Goal goal && goal.getStartDate() != null && goal.getDeadline() != null
                && !goal.getDeadline().isAfter(goal.getStartDate())) {
            valid &= error(diagnostics, DEADLINE_AFTER_START, goal, Literals.GOAL__DEADLINE, "deadline "
                    + goal.getDeadline() + " is not after the start date " + goal.getStartDate());
        }
        return valid;
    }

    private static boolean error(DiagnosticChain diagnostics, int code, EObject object, EStructuralFeature feature,
            String message) {
        if (diagnostics != null) {
            diagnostics.add(new BasicDiagnostic(Diagnostic.ERROR, SOURCE, code, message,
                    new Object[] { object, feature }));
        }
        return false;
    }
}
