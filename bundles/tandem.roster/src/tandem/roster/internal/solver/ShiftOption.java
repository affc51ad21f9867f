package tandem.roster.internal.solver;

import java.util.List;

import tandem.roster.model.ActivityKind;
import tandem.roster.model.ShiftTemplate;

/**
 * One way an agent can work one day: start, length, queue, template and where its breaks and activities go, with
 * the minutes it puts on the queue per interval precomputed (sparse: {@link #intervals} and {@link #minutes}).
 * Immutable; a planning value.
 */
public final class ShiftOption {

    /** A stretch of a shift off the queue. */
    public record Off(ActivityKind kind, String name, int startMinute, int lengthMinutes) {
    }

    final int day;
    final int startMinute;
    final int lengthMinutes;
    final int paidMinutes;
    final int queue;
    final ShiftTemplate template;
    final List<Off> off;
    final int[] intervals;
    final int[] minutes;
    final boolean weekend;
    final boolean late;

    ShiftOption(int day, int startMinute, int lengthMinutes, int paidMinutes, int queue, ShiftTemplate template,
            List<Off> off, int intervalMinutes, boolean weekend, boolean late) {
        this.day = day;
        this.startMinute = startMinute;
        this.lengthMinutes = lengthMinutes;
        this.paidMinutes = paidMinutes;
        this.queue = queue;
        this.template = template;
        this.off = List.copyOf(off);
        this.weekend = weekend;
        this.late = late;
        boolean[] away = new boolean[lengthMinutes];
        for (Off stretch : this.off) {
            int from = Math.max(startMinute, stretch.startMinute());
            int to = Math.min(startMinute + lengthMinutes, stretch.startMinute() + stretch.lengthMinutes());
            for (int minute = from; minute < to; minute++) {
                away[minute - startMinute] = true;
            }
        }
        int first = startMinute / intervalMinutes;
        int last = (startMinute + lengthMinutes - 1) / intervalMinutes;
        int[] onQueue = new int[last - first + 1];
        for (int minute = startMinute; minute < startMinute + lengthMinutes; minute++) {
            if (!away[minute - startMinute]) {
                onQueue[minute / intervalMinutes - first]++;
            }
        }
        int count = 0;
        for (int value : onQueue) {
            count += value > 0 ? 1 : 0;
        }
        intervals = new int[count];
        minutes = new int[count];
        for (int i = 0, k = 0; i < onQueue.length; i++) {
            if (onQueue[i] > 0) {
                intervals[k] = first + i;
                minutes[k++] = onQueue[i];
            }
        }
    }

    /** The day (0 = the first scheduled day). */
    public int day() {
        return day;
    }

    /** Minutes from the grid start to the shift start. */
    public int startMinute() {
        return startMinute;
    }

    /** The shift's length in minutes. */
    public int lengthMinutes() {
        return lengthMinutes;
    }

    /** The end, in minutes from the grid start. */
    public int endMinute() {
        return startMinute + lengthMinutes;
    }

    /** Paid minutes (length less unpaid breaks). */
    public int paidMinutes() {
        return paidMinutes;
    }

    /** The queue's index in the requirement, -1 for a queue not required. */
    public int queue() {
        return queue;
    }

    /** The template, null for a pinned shift placed by hand. */
    public ShiftTemplate template() {
        return template;
    }

    /** The stretches off the queue. */
    public List<Off> off() {
        return off;
    }

    @Override
    public String toString() {
        return "day " + day + " " + startMinute % 1440 / 60 + ":" + startMinute % 60 + "+" + lengthMinutes + " q"
                + queue;
    }
}
