package tandem.training.ui.internal;

import org.eclipse.emf.ecore.EObject;

import tandem.core.ui.wizards.NewPlanWizard;
import tandem.training.model.TrainingFactory;
import tandem.training.model.TrainingPlan;

/** File &gt; New &gt; Training Plan: an empty plan to add courses and knowledge items to. */
public class NewTrainingPlanWizard extends NewPlanWizard {

    @Override
    protected String typeName() {
        return "Training Plan";
    }

    @Override
    protected String fileExtension() {
        return "training";
    }

    @Override
    protected EObject createRoot(String name) {
        return newPlan(name);
    }

    static TrainingPlan newPlan(String name) {
        TrainingPlan plan = TrainingFactory.eINSTANCE.createTrainingPlan();
        plan.setName(name);
        return plan;
    }
}
