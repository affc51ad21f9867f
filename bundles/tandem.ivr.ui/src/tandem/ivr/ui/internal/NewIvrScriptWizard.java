package tandem.ivr.ui.internal;

import org.eclipse.emf.ecore.EObject;

import tandem.core.ui.wizards.NewPlanWizard;
import tandem.ivr.model.flow.StarterScript;

/**
 * File &gt; New &gt; IVR Script: a welcome prompt and a main menu (1 to billing, 0 to an agent; callers not understood
 * or silent are asked twice more, then put through to an agent).
 */
public class NewIvrScriptWizard extends NewPlanWizard {

    public static final String ID = "tandem.ivr.ui.newIvrScript";

    @Override
    protected String typeName() {
        return "IVR Script";
    }

    @Override
    protected String fileExtension() {
        return "ivr";
    }

    @Override
    protected EObject createRoot(String name) {
        return StarterScript.create(name);
    }
}
