package tandem.campaign.ui.internal.editor;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.PartInitException;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.CampaignCalendar;
import tandem.campaign.ui.internal.wizards.NewCampaignCalendarWizard;
import tandem.core.ui.editors.PlanEditor;
import tandem.core.validation.ModelValidation;

/**
 * The campaign calendar editor: campaigns with their details (Overview), their drops (Drops) and all of them on a
 * timeline with the extra contacts they bring (Timeline).
 */
public class CampaignEditor extends PlanEditor {

    public static final String ID = "tandem.campaign.ui.campaignEditor";

    private Campaign selectedCampaign;
    private OverviewPage overview;
    private DropsPage drops;
    private TimelinePage timeline;
    private Diagnostic validation;
    private long validatedAt = -1;
    private CampaignCalendar validated;

    @Override
    protected void addModelPages() throws PartInitException {
        selectedCampaign = null;
        overview = new OverviewPage(this);
        addPage(overview);
        drops = new DropsPage(this);
        addPage(drops);
        timeline = new TimelinePage(this);
        addPage(timeline);
    }

    @Override
    protected EObject createEmptyRoot() {
        return NewCampaignCalendarWizard.newCalendar(getPartName().replaceFirst("\\.campaigns$", ""));
    }

    public CampaignCalendar getCalendar() {
        return (CampaignCalendar) getRoot();
    }

    /** The calendar's validation, computed once per change (the pages all show it). */
    Diagnostic validation() {
        if (validation == null || validatedAt != modelChangeCount() || validated != getCalendar()) {
            validated = getCalendar();
            validation = ModelValidation.validate(validated);
            validatedAt = modelChangeCount();
        }
        return validation;
    }

    /** The campaign the planner works on, shared by the Overview and Drops pages; {@code null} for none. */
    public Campaign getSelectedCampaign() {
        return selectedCampaign != null && selectedCampaign.eContainer() == getCalendar() ? selectedCampaign : null;
    }

    void setSelectedCampaign(Campaign campaign) {
        selectedCampaign = campaign;
    }

    public OverviewPage getOverviewPage() {
        return overview;
    }

    public DropsPage getDropsPage() {
        return drops;
    }

    public TimelinePage getTimelinePage() {
        return timeline;
    }
}
