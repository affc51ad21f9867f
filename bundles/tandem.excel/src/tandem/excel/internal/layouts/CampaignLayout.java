package tandem.excel.internal.layouts;

import tandem.campaign.model.CampaignPackage;
import tandem.excel.WorkbookLayout;
import tandem.excel.WorkbookLayoutProvider;

/** Campaign calendar (.campaigns): campaigns, their offers, success metrics, drops and channel shares. */
public final class CampaignLayout implements WorkbookLayoutProvider {

    @Override
    public WorkbookLayout layout() {
        CampaignPackage p = CampaignPackage.eINSTANCE;
        return WorkbookLayout.builder(p.getCampaignCalendar(), "campaigns", "Calendar")
                .sheet("Campaigns", p.getCampaignCalendar_Campaigns(), s -> s.required("name"))
                .sheet("Offers", p.getCampaign_Offer(), s -> s.describe("The offer of a campaign (one row at most "
                        + "per campaign)."))
                .sheet("Offer items", p.getOffer_Items(), s -> s.required("name"))
                .sheet("Success metrics", p.getCampaign_SuccessMetrics(), s -> s.describe("The success metrics of "
                        + "a campaign (one row at most per campaign)."))
                .sheet("Drops", p.getCampaign_Drops(), s -> s.required("name", "date"))
                .sheet("Channel shares", p.getDrop_ChannelShares(), s -> s.required("channel", "share")
                        .key("channel"))
                .build();
    }
}
