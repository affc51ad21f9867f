package tandem.campaign.ui.internal.wizards;

import org.eclipse.emf.ecore.EObject;

import tandem.campaign.model.CampaignCalendar;
import tandem.campaign.model.CampaignFactory;
import tandem.core.ui.wizards.NewPlanWizard;

/** File &gt; New &gt; Campaign Calendar: an empty calendar named after its file. */
public class NewCampaignCalendarWizard extends NewPlanWizard {

    public static final String ID = "tandem.campaign.ui.newCampaignCalendar";

    @Override
    protected String typeName() {
        return "Campaign Calendar";
    }

    @Override
    protected String fileExtension() {
        return "campaigns";
    }

    @Override
    protected EObject createRoot(String name) {
        return newCalendar(name);
    }

    /** An empty calendar with the given name. */
    public static CampaignCalendar newCalendar(String name) {
        CampaignCalendar calendar = CampaignFactory.eINSTANCE.createCampaignCalendar();
        calendar.setName(name);
        return calendar;
    }
}
