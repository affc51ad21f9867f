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
     * When the campaign reaches customers: its first dated drop, or its start date when it has no dated drop;
     * {@code null} when it has neither.
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
