package tandem.core.model.validation;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EObjectValidator;

import tandem.core.documents.ElementPaths;
import tandem.core.model.ContactCenter;
import tandem.core.model.CorePackage;
import tandem.core.model.CorePackage.Literals;
import tandem.core.model.OpeningHours;
import tandem.core.model.Team;

/**
 * The invariants of a contact-center setup, contributed to {@code tandem.core.validators}: time zones are region
 * ids Java knows (such as {@code Europe/Berlin}) and teams have no negative headcount. Each problem is an error
 * {@link Diagnostic} with source {@value #SOURCE}, one of the codes below, and the element and feature as data.
 */
public class CoreValidator extends EObjectValidator {

    public static final String SOURCE = "tandem.core.model";

    /** A time zone that is not a known zone id. */
    public static final int UNKNOWN_TIME_ZONE = 1;
    /** A team with a negative headcount. */
    public static final int NEGATIVE_HEADCOUNT = 2;

    @Override
    protected EPackage getEPackage() {
        return CorePackage.eINSTANCE;
    }

    /**
     * EMF's default constraints for the setup's elements (multiplicities, unique ids, ...), as the plain validator
     * ran them before this one was registered; values of the setup's data types (a queue's channel, used by other
     * models too) need no more than their type.
     */
    @Override
    protected boolean validate(int classifierID, Object object, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        return !(object instanceof EObject eObject) || validate_EveryDefaultConstraint(eObject, diagnostics, context);
    }

    @Override
    public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean valid = super.validate(eClass, eObject, diagnostics, context);
        if (!valid && diagnostics == null) {
            return false;
        }
        if (eObject instanceof ContactCenter center) {
            valid &= timeZone(center, center.getTimeZone(), Literals.CONTACT_CENTER__TIME_ZONE, diagnostics);
        } else if (eObject instanceof OpeningHours hours) {
            valid &= timeZone(hours, hours.getTimeZone(), Literals.OPENING_HOURS__TIME_ZONE, diagnostics);
        } else if (eObject instanceof Team team && team.getHeadcount() < 0) {
            valid = error(diagnostics, NEGATIVE_HEADCOUNT, team, Literals.TEAM__HEADCOUNT,
                    ElementPaths.step(team) + ": headcount " + team.getHeadcount() + " cannot be negative");
        }
        return valid;
    }

    private static boolean timeZone(EObject element, String zone, EStructuralFeature feature,
            DiagnosticChain diagnostics) {
        if (zone == null || zone.isBlank()) {
            return true;
        }
        try {
            ZoneId.of(zone.trim());
            return true;
        } catch (DateTimeException e) {
            return error(diagnostics, UNKNOWN_TIME_ZONE, element, feature, ElementPaths.step(element)
                    + ": unknown time zone '" + zone + "' (use a region id such as Europe/Berlin)");
        }
    }

    private static boolean error(DiagnosticChain diagnostics, int code, EObject element, EStructuralFeature feature,
            String message) {
        if (diagnostics != null) {
            diagnostics.add(new BasicDiagnostic(Diagnostic.ERROR, SOURCE, code, message,
                    new Object[] { element, feature }));
        }
        return false;
    }
}
