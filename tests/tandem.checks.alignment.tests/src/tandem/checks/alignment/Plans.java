package tandem.checks.alignment;

import java.time.LocalDate;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.CampaignCalendar;
import tandem.campaign.model.CampaignFactory;
import tandem.campaign.model.Drop;
import tandem.core.documents.Ids;
import tandem.core.documents.PlanDocuments;

/** Small plans for the oracle tests, built in memory. */
final class Plans {

    final ResourceSet set = PlanDocuments.createResourceSet();
    final CampaignCalendar calendar = CampaignFactory.eINSTANCE.createCampaignCalendar();

    Plans() {
        Resource resource = set.createResource(URI.createFileURI("/plans/spring.campaigns"));
        calendar.setName("Spring");
        resource.getContents().add(calendar);
    }

    Campaign campaign(String name, LocalDate start, LocalDate end) {
        Campaign campaign = CampaignFactory.eINSTANCE.createCampaign();
        campaign.setName(name);
        campaign.setStartDate(start);
        campaign.setEndDate(end);
        calendar.getCampaigns().add(campaign);
        Ids.assignIfMissing(campaign);
        return campaign;
    }

    Drop drop(Campaign campaign, String name, LocalDate date, long audience, double responseRate) {
        Drop drop = CampaignFactory.eINSTANCE.createDrop();
        drop.setName(name);
        drop.setDate(date);
        drop.setAudienceSize(audience);
        drop.setResponseRate(responseRate);
        campaign.getDrops().add(drop);
        Ids.assignIfMissing(drop);
        return drop;
    }
}
