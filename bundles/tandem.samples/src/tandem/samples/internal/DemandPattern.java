package tandem.samples.internal;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.Random;

import tandem.core.model.OpeningHours;
import tandem.core.model.hours.Hours;

/**
 * A queue's baseline: contacts per half hour without campaigns. A day's volume depends on the weekday (Mondays
 * are busiest) and the month (January bills, December holidays); within the day it follows the usual two humps,
 * late morning and mid-afternoon. A little noise from a seeded generator makes the curve look measured while
 * keeping every generated plan the same. Closed intervals get nothing.
 */
final class DemandPattern {

    /** Relative volume Monday to Friday. */
    private static final double[] WEEKDAY = { 1.15, 1.05, 1.0, 0.97, 0.93 };
    /** Relative volume January to December. */
    private static final double[] MONTH = { 1.08, 1.0, 0.98, 0.97, 0.99, 0.96, 0.94, 0.97, 1.02, 1.0, 1.03, 1.1 };
    /** Weight of each hour of a weekday from 08:00 to 19:00. */
    private static final double[] WEEKDAY_HOURS = { 0.6, 0.95, 1.15, 1.1, 0.9, 0.95, 1.05, 1.0, 0.85, 0.7, 0.5,
            0.35 };
    /** Weight of each hour of a Saturday from 09:00 to 13:00. */
    private static final double[] SATURDAY_HOURS = { 0.8, 1.0, 1.1, 1.0, 0.8 };
    private static final double NOISE = 0.06;

    private final double weekdayContacts;
    private final double saturdayContacts;
    private final OpeningHours hours;
    private final Random noise;

    /**
     * @param weekdayContacts contacts on an average weekday
     * @param saturdayContacts contacts on an average Saturday
     * @param seed            seed of the noise, one per queue
     */
    DemandPattern(double weekdayContacts, double saturdayContacts, OpeningHours hours, long seed) {
        this.weekdayContacts = weekdayContacts;
        this.saturdayContacts = saturdayContacts;
        this.hours = hours;
        this.noise = new Random(seed);
    }

    /** Baseline contacts of the half hour starting then, to one decimal; call in time order. */
    double contacts(LocalDateTime start) {
        if (!Hours.isOpen(hours, start)) {
            return 0;
        }
        DayOfWeek day = start.getDayOfWeek();
        double month = MONTH[start.getMonthValue() - 1];
        double contacts;
        if (day == DayOfWeek.SATURDAY) {
            contacts = saturdayContacts * month * share(SATURDAY_HOURS, start.getHour() - 9);
        } else if (day == DayOfWeek.SUNDAY) {
            contacts = 0;
        } else {
            contacts = weekdayContacts * WEEKDAY[day.getValue() - 1] * month * share(WEEKDAY_HOURS,
                    start.getHour() - 8);
        }
        double wobble = 1 + NOISE * (2 * noise.nextDouble() - 1);
        return Math.round(contacts * wobble * 10) / 10.0;
    }

    /** The share of a day's contacts in one half hour of the given hour (two half hours per hour). */
    private static double share(double[] weights, int hour) {
        if (hour < 0 || hour >= weights.length) {
            return 0;
        }
        double sum = 0;
        for (double weight : weights) {
            sum += weight;
        }
        return weights[hour] / sum / 2;
    }
}
