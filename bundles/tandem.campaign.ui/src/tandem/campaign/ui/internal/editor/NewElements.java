package tandem.campaign.ui.internal.editor;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.Drop;
import tandem.campaign.model.DropKind;

/** Sensible starting values for campaigns and drops the planner adds. */
final class NewElements {

    private NewElements() {
    }

    /** "New campaign", four weeks from next Monday. */
    static void initialize(Campaign campaign, LocalDate today) {
        campaign.setName("New campaign");
        LocalDate start = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        campaign.setStartDate(start);
        campaign.setEndDate(start.plusWeeks(4).minusDays(1));
    }

    /** "New drop", a mail drop on the campaign's first day. */
    static void initialize(Drop drop, Campaign campaign, LocalDate today) {
        drop.setName("New drop");
        drop.setKind(DropKind.MAIL);
        drop.setDate(campaign != null && campaign.getStartDate() != null ? campaign.getStartDate() : today);
    }
}
