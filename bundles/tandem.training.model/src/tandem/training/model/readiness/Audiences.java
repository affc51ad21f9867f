package tandem.training.model.readiness;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import tandem.core.model.NamedElement;
import tandem.training.model.Audience;

/** How audiences are named in messages: by their queue or team. */
public final class Audiences {

    private Audiences() {
    }

    /** {@code queue 'Billing'}, {@code team 'Night shift'}, or the audience's id when it names neither. */
    public static String describe(Audience audience) {
        if (audience.getQueue() != null) {
            return "queue " + nameOf(audience.getQueue());
        }
        if (audience.getTeam() != null) {
            return "team " + nameOf(audience.getTeam());
        }
        return "audience " + (audience.getId() == null ? "without queue or team" : audience.getId());
    }

    private static String nameOf(NamedElement element) {
        if (element.eIsProxy()) {
            // A queue or team the setup file no longer has (or that is not loaded): show what the plan refers to.
            String fragment = EcoreUtil.getURI((EObject) element).fragment();
            return fragment == null ? "(missing)" : fragment + " (missing)";
        }
        return element.getName() == null || element.getName().isBlank() ? "#" + element.getId()
                : "'" + element.getName() + "'";
    }
}
