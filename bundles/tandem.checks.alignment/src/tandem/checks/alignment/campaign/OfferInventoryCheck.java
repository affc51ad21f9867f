package tandem.checks.alignment.campaign;

import java.util.Map;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.Campaigns;
import tandem.campaign.model.Drop;
import tandem.campaign.model.OfferItem;
import tandem.checks.Check;
import tandem.checks.CheckContext;
import tandem.checks.alignment.CampaignMemo;

/** Limited-inventory offer items have at least as many on hand as the responders are expected to redeem. */
public class OfferInventoryCheck implements Check {

    private final CampaignMemo memo = new CampaignMemo();

    @Override
    public void run(CheckContext context) {
        memo.forEachCampaign(context, (kept, campaign) -> check(kept, campaign));
    }

    private static void check(CheckContext context, Campaign campaign) {
        if (campaign.getOffer() == null) {
            return;
        }
        double responders = 0;
        for (Drop drop : campaign.getDrops()) {
            responders += drop.getAudienceSize() * drop.getResponseRate();
        }
        for (OfferItem item : campaign.getOffer().getItems()) {
            if (!item.isLimitedInventory()) {
                return;
            }
            long expected = (long) Math.ceil(responders * item.getRedemptionRate() - 1e-9);
            if (item.getQuantityOnHand() < expected) {
                long shortfall = expected - item.getQuantityOnHand();
                context.report(item, String.format("Offer item '%s' of campaign '%s' has %,d on hand but %,d"
                        + " redemptions are expected: short by %,d.", item.getName(), Campaigns.name(campaign),
                        item.getQuantityOnHand(), expected, shortfall),
                        Map.of("expected", Long.toString(expected), "shortfall", Long.toString(shortfall)));
            }
        }
    }
}
