package tandem.campaign.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What identifies a campaign to the other plans, defined once for every check and editor: when it launches, its
 * code and the name to show.
 */
public final class Campaigns {

    private Campaigns() {
    }

    /**
     * The campaign's launch, the one definition every check, readiness computation and editor uses: its first
     * dated drop, or its start date when no drop is dated; {@code null} when it has neither.
     * <p>
     * Why the first drop and not the earlier of start and drops: customers contact customer service because a drop
     * reached them (the contact lift is computed from drops only), so the first drop is the day the first contacts
     * arrive, whatever the start date on marketing's calendar says. A campaign starting on 1 March whose first
     * letter lands on 10 March brings no contact before 10 March; a teaser sent before the official start does
     * bring contacts, and it is the first drop. The start date stands in only while no drop is dated, so that a
     * campaign still being planned already has deadlines for notice, training and the IVR.
     */
    public static LocalDate launch(Campaign campaign) {
        return campaign.getDrops().stream().map(Drop::getDate).filter(Objects::nonNull).min(LocalDate::compareTo)
                .orElse(campaign.getStartDate());
    }

    /** The campaign code callers key in or the IVR recognises, trimmed; {@code null} when it has none. */
    public static String code(Campaign campaign) {
        String code = campaign.getCampaignCode();
        return code == null || code.isBlank() ? null : code.trim();
    }

    /** The campaign's name for messages, "(unnamed)" when it has none. */
    public static String name(Campaign campaign) {
        return campaign.getName() == null ? "(unnamed)" : campaign.getName();
    }
}
