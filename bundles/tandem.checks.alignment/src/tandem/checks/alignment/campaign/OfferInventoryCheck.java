package tandem.checks.alignment.campaign;

import java.util.Map;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.Campaigns;
import tandem.campaign.model.Drop;
import tandem.campaign.model.OfferItem;
import tandem.campaign.model.lift.ContactLift;
import tandem.checks.Check;
import tandem.checks.CheckContext;
import tandem.checks.alignment.CampaignMemo;

/**
 * {@code alignment.offer-inventory}: every limited-inventory item of a campaign's offer has at least as many on
 * hand as the drops' responders are expected to redeem (an outbound wave's responders are the customers its calls
 * reach: dials × connect rate). Each limited item is judged on its own, wherever it is
 * listed among unlimited ones. A limited item without a redemption rate (none, zero or not a number) is a finding
 * too: with no rate, nobody can tell whether the stock lasts.
 */
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
            responders += ContactLift.responders(drop);
        }
        for (OfferItem item : campaign.getOffer().getItems()) {
            if (!item.isLimitedInventory()) {
                continue; // an unlimited perk cannot run out; the items after it still can
            }
            double rate = item.getRedemptionRate();
            if (!(rate > 0) || Double.isInfinite(rate)) {
                context.report(item, String.format("Offer item '%s' of campaign '%s' has a limited inventory of %,d"
                        + " but no redemption rate: cannot tell whether stock lasts for the %,d expected responders.",
                        itemName(item), Campaigns.name(campaign), item.getQuantityOnHand(), Math.round(responders)));
                continue;
            }
            long expected = (long) Math.ceil(responders * rate - 1e-9);
            if (item.getQuantityOnHand() < expected) {
                long shortfall = expected - item.getQuantityOnHand();
                context.report(item, String.format("Offer item '%s' of campaign '%s' has %,d on hand but %,d"
                        + " redemptions are expected: short by %,d.", itemName(item), Campaigns.name(campaign),
                        item.getQuantityOnHand(), expected, shortfall),
                        Map.of("expected", Long.toString(expected), "shortfall", Long.toString(shortfall)));
            }
        }
    }

    private static String itemName(OfferItem item) {
        return item.getName() == null || item.getName().isBlank() ? "(unnamed)" : item.getName();
    }
}
