package tandem.checks.alignment;

import java.time.LocalDate;
import java.util.Objects;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.Drop;

/** When a campaign reaches customers: its first drop, or its start when it has no dated drop. */
final class Launch {

    private Launch() {
    }

    static LocalDate of(Campaign campaign) {
        return campaign.getDrops().stream().map(Drop::getDate).filter(Objects::nonNull).min(LocalDate::compareTo)
                .orElse(campaign.getStartDate());
    }

    static String name(Campaign campaign) {
        return campaign.getName() == null ? "(unnamed)" : campaign.getName();
    }
}
