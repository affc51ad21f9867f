package tandem.campaign.model.lift;

import java.time.LocalTime;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.Drop;

/**
 * Agent time an outbound wave needs from one queue on one day: its connected calls × their handle time, to be
 * spread over the dialling window (or, without one, like inbound lift).
 *
 * @param campaign    the wave's campaign
 * @param drop        the wave
 * @param seconds     agent seconds of work, ≥ 0
 * @param windowStart when dialling starts on the day; {@code null}: from midnight (or, if the end is null too, no
 *                    window)
 * @param windowEnd   when dialling stops; {@code null}: at midnight (or, if the start is null too, no window)
 */
public record OutboundWork(Campaign campaign, Drop drop, double seconds, LocalTime windowStart,
        LocalTime windowEnd) {

    /** Whether the wave gives a dialling window (a start time, an end time or both). */
    public boolean hasWindow() {
        return windowStart != null || windowEnd != null;
    }
}
