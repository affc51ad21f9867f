package tandem.checks.quickfixchecklist.ivr;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import tandem.core.model.OpeningHours;
import tandem.core.model.WeeklyHours;
import tandem.core.model.Weekday;

/** Opening hours as callers hear them: "Monday to Friday 08:00 to 18:00, Saturday 09:00 to 13:00". */
final class OpeningHoursText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private OpeningHoursText() {
    }

    /** The after-hours message for the hours. */
    static String closedMessage(OpeningHours hours) {
        String times = hours == null ? "" : describe(hours);
        return times.isEmpty() ? "We are closed." : "We are closed. Our opening hours are " + times + ".";
    }

    /** The weekly hours, consecutive days with the same times told together; empty when there are none. */
    static String describe(OpeningHours hours) {
        List<String> groups = new ArrayList<>();
        Weekday first = null;
        Weekday last = null;
        String times = "";
        for (Weekday day : Weekday.VALUES) {
            String dayTimes = timesOf(hours, day);
            if (first != null && dayTimes.equals(times)) {
                last = day;
                continue;
            }
            if (first != null) {
                groups.add(days(first, last) + " " + times);
            }
            first = dayTimes.isEmpty() ? null : day;
            last = first;
            times = dayTimes;
        }
        if (first != null) {
            groups.add(days(first, last) + " " + times);
        }
        return String.join(", ", groups);
    }

    private static String timesOf(OpeningHours hours, Weekday day) {
        return hours.getWeeklyHours().stream()
                .filter(slot -> slot.getDay() == day && slot.getOpens() != null && slot.getCloses() != null)
                .sorted(Comparator.comparing(WeeklyHours::getOpens))
                .map(slot -> TIME.format(slot.getOpens()) + " to " + TIME.format(slot.getCloses()))
                .collect(Collectors.joining(" and "));
    }

    private static String days(Weekday first, Weekday last) {
        if (first == last) {
            return name(first);
        }
        String joint = last.getValue() - first.getValue() == 1 ? " and " : " to ";
        return name(first) + joint + name(last);
    }

    private static String name(Weekday day) {
        String literal = day.getLiteral();
        return literal.substring(0, 1).toUpperCase(Locale.ROOT) + literal.substring(1);
    }
}
