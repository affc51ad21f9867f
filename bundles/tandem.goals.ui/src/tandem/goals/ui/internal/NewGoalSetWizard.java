package tandem.goals.ui.internal;

import org.eclipse.emf.ecore.EObject;

import tandem.core.ui.wizards.NewPlanWizard;
import tandem.goals.model.GoalSet;
import tandem.goals.model.GoalsFactory;

/** File &gt; New &gt; Service Goals: an empty goal set to add SMART goals to. */
public class NewGoalSetWizard extends NewPlanWizard {

    @Override
    protected String typeName() {
        return "Service Goals";
    }

    @Override
    protected String fileExtension() {
        return "goals";
    }

    @Override
    protected EObject createRoot(String name) {
        return newGoalSet(name);
    }

    static GoalSet newGoalSet(String name) {
        GoalSet set = GoalsFactory.eINSTANCE.createGoalSet();
        set.setName(name);
        return set;
    }
}
