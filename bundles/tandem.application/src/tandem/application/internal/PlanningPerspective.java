package tandem.application.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * Where planners work: their plan projects on the left, the plans in the middle, the Outline beside them, and the
 * problems the checks find, the Properties view and the Checklist view below.
 */
public class PlanningPerspective implements IPerspectiveFactory {

    public static final String ID = "tandem.application.planning";

    /** Contributed by the checks UI; the perspective keeps its place even before that bundle is installed. */
    public static final String CHECKLIST_VIEW = "tandem.checks.ui.checklistView";

    private static final String ERROR_LOG_VIEW = "org.eclipse.pde.runtime.LogView";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.22f, editors);
        left.addView(IPageLayout.ID_PROJECT_EXPLORER);
        IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.72f, editors);
        right.addView(IPageLayout.ID_OUTLINE);
        right.addPlaceholder(WelcomeView.ID); // shown on the first start only (TandemWorkbenchAdvisor)
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.68f, editors);
        bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
        bottom.addView(CHECKLIST_VIEW);
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        bottom.addPlaceholder(ERROR_LOG_VIEW);

        layout.addShowViewShortcut(IPageLayout.ID_PROJECT_EXPLORER);
        layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
        layout.addShowViewShortcut(CHECKLIST_VIEW);
        layout.addShowViewShortcut(ERROR_LOG_VIEW);
        layout.addShowViewShortcut(WelcomeView.ID);

        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.project");
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder");
        layout.addNewWizardShortcut("tandem.samples.ui.newExamplePlans");
        layout.addNewWizardShortcut("tandem.core.ui.newContactCenter");
        layout.addNewWizardShortcut("tandem.campaign.ui.newCampaignCalendar");
        layout.addNewWizardShortcut("tandem.staffing.ui.newStaffingPlan");
        layout.addNewWizardShortcut("tandem.training.ui.newTrainingPlan");
        layout.addNewWizardShortcut("tandem.ivr.ui.newIvrScript");
        layout.addNewWizardShortcut("tandem.goals.ui.newGoalSet");
    }
}
