package tandem.campaign.ui.internal.timeline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.Drop;
import tandem.campaign.model.lift.ContactLift;
import tandem.campaign.model.lift.DailyLift;
import tandem.core.model.Queue;

/**
 * What the timeline shows, worked out from the campaigns without any drawing: whole weeks from the earliest date to
 * the last day a drop still brings contacts, one row per campaign with its bar and drop markers, and the expected
 * extra contacts per day and per week.
 */
public final class Timeline {

    /** A campaign's bar: from its start to its end (or its drops when it has no dates). */
    public record Bar(Campaign campaign, int row, LocalDate start, LocalDate end) {
    }

    /** A drop on its campaign's row. */
    public record Marker(Drop drop, int row, LocalDate date) {
    }

    /** A week (Monday to Sunday) with its ISO number and the extra contacts it brings. */
    public record Week(LocalDate monday, int number, double contacts) {
    }

    private final List<Campaign> rows;
    private final List<Bar> bars = new ArrayList<>();
    private final List<Marker> markers = new ArrayList<>();
    private final List<Week> weeks = new ArrayList<>();
    private final LocalDate from;
    private final LocalDate to;
    private final DailyLift lift;
    private final double[] daily;
    private double busiestDay;
    private double busiestWeek;

    private Timeline(List<Campaign> campaigns, LocalDate today) {
        rows = List.copyOf(campaigns);
        LocalDate first = null;
        LocalDate last = null;
        for (int row = 0; row < rows.size(); row++) {
            Campaign campaign = rows.get(row);
            LocalDate start = campaign.getStartDate();
            LocalDate end = campaign.getEndDate();
            for (Drop drop : campaign.getDrops()) {
                if (drop.getDate() != null) {
                    markers.add(new Marker(drop, row, drop.getDate()));
                    LocalDate lastContact = drop.getDate().plusDays(ContactLift.dailyContacts(drop).length - 1L);
                    first = min(first, drop.getDate());
                    last = max(last, lastContact);
                    start = start == null ? drop.getDate() : start;
                    end = end == null ? lastContact : end;
                }
            }
            start = start == null ? end : start;
            end = end == null ? start : end;
            if (start != null) {
                LocalDate barStart = min(start, end);
                LocalDate barEnd = max(start, end);
                bars.add(new Bar(campaign, row, barStart, barEnd));
                first = min(first, barStart);
                last = max(last, barEnd);
            }
        }
        if (first == null) {
            first = today;
            last = today.plusWeeks(4);
        }
        from = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        to = last.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        lift = ContactLift.of(rows, from, to);
        daily = new double[days()];
        for (int day = 0; day < daily.length; day++) {
            daily[day] = lift.total(from.plusDays(day));
            busiestDay = Math.max(busiestDay, daily[day]);
        }
        for (int start = 0; start < daily.length; start += 7) {
            double contacts = 0;
            for (int day = start; day < start + 7; day++) {
                contacts += daily[day];
            }
            LocalDate monday = from.plusDays(start);
            weeks.add(new Week(monday, monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), contacts));
            busiestWeek = Math.max(busiestWeek, contacts);
        }
    }

    /** The timeline of the campaigns; an empty one shows the coming four weeks. */
    public static Timeline of(List<Campaign> campaigns, LocalDate today) {
        return new Timeline(campaigns, today);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a == null || b != null && b.isBefore(a) ? b : a;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a == null || b != null && b.isAfter(a) ? b : a;
    }

    /** The first day shown, a Monday. */
    public LocalDate from() {
        return from;
    }

    /** The last day shown, a Sunday. */
    public LocalDate to() {
        return to;
    }

    public int days() {
        return (int) ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The day's index from {@link #from()}. */
    public int indexOf(LocalDate day) {
        return (int) ChronoUnit.DAYS.between(from, day);
    }

    /** The campaigns, one per row, in calendar order. */
    public List<Campaign> rows() {
        return rows;
    }

    public List<Bar> bars() {
        return bars;
    }

    public List<Marker> markers() {
        return markers;
    }

    public List<Week> weeks() {
        return weeks;
    }

    /** Expected extra contacts on a day (all queues and unassigned). */
    public double contacts(int dayIndex) {
        return dayIndex < 0 || dayIndex >= daily.length ? 0 : daily[dayIndex];
    }

    public double busiestDay() {
        return busiestDay;
    }

    public double busiestWeek() {
        return busiestWeek;
    }

    public DailyLift lift() {
        return lift;
    }

    /** The campaigns that bring contacts on the day, for the planner's tooltip. */
    public List<Campaign> campaignsOn(LocalDate day) {
        Set<Campaign> campaigns = new LinkedHashSet<>();
        for (Queue queue : lift.queues()) {
            campaigns.addAll(lift.campaignsLifting(queue, day));
        }
        campaigns.addAll(lift.campaignsUnassigned(day));
        return List.copyOf(campaigns);
    }
}
