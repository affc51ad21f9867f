package tandem.campaign.model.lift;

import java.time.LocalTime;

import tandem.campaign.model.DropKind;

/**
 * Contacts a timed drop brings on its own day, and how they arrive: none before the drop's time, most right after
 * it, then fewer and fewer, halving every {@code halfLifeMinutes} (the people who saw a TV spot call within the
 * hour; those who read an email answer over the afternoon). A staffing plan spreads them over the day's intervals
 * by this decay times its intraday profile.
 *
 * @param from            the drop's time: no contacts arrive before it
 * @param halfLifeMinutes how fast the response fades, &gt; 0
 * @param contacts        how many contacts arrive on the drop's day, ≥ 0
 */
public record DropResponse(LocalTime from, double halfLifeMinutes, double contacts) {

    /**
     * How fast responses to a kind of drop fade on the drop's day: minutes after which half of the remaining response
     * has arrived. Broadcasts are answered at once, messages read on the phone within hours, letters and print over
     * the day.
     */
    public static double halfLifeMinutes(DropKind kind) {
        if (kind == null) {
            return 120;
        }
        return switch (kind) {
        case TV, RADIO -> 30;
        case SMS -> 60;
        case OUTBOUND_WAVE -> 90;
        case EMAIL_BLAST, SOCIAL, BANNER -> 120;
        case MAIL, PRINT -> 240;
        };
    }

    /**
     * The share of the response that arrives between {@code fromMinute} and {@code toMinute} (minutes of the day),
     * relative to the response of a whole day: the integral of the decay from the drop's time over the overlap.
     * Zero for a period that ends at or before the drop's time.
     */
    public double weightBetween(double fromMinute, double toMinute) {
        double start = from.toSecondOfDay() / 60.0;
        double a = Math.max(fromMinute, start);
        if (!(toMinute > a)) {
            return 0;
        }
        double rate = Math.log(2) / halfLifeMinutes;
        return (Math.exp(-rate * (a - start)) - Math.exp(-rate * (toMinute - start))) / rate;
    }
}
