package tandem.checks.quickfixchecklist.ivr;

import org.eclipse.emf.ecore.EObject;

import tandem.ivr.model.IvrScript;

/** Where an element of an IVR script lives. */
final class Scripts {

    private Scripts() {
    }

    /** The script holding the element, or {@code null} when it is not part of one. */
    static IvrScript of(EObject element) {
        for (EObject e = element; e != null; e = e.eContainer()) {
            if (e instanceof IvrScript script) {
                return script;
            }
        }
        return null;
    }
}
