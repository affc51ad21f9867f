package tandem.excel.internal.layouts;

import tandem.excel.WorkbookLayout;
import tandem.excel.WorkbookLayoutProvider;
import tandem.training.model.TrainingPackage;

/** Training plan (.training): courses with their sessions and audiences, and knowledge items. */
public final class TrainingLayout implements WorkbookLayoutProvider {

    @Override
    public WorkbookLayout layout() {
        TrainingPackage p = TrainingPackage.eINSTANCE;
        return WorkbookLayout.builder(p.getTrainingPlan(), "training", "Training plan")
                .sheet("Courses", p.getTrainingPlan_Courses(), s -> s.required("name"))
                .sheet("Sessions", p.getCourse_Sessions(), s -> s.required("date"))
                .sheet("Audiences", p.getCourse_Audiences())
                .sheet("Knowledge items", p.getTrainingPlan_KnowledgeItems(), s -> s.required("name"))
                .build();
    }
}
