package tandem.checks.alignment.staffing;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import tandem.staffing.model.StaffingPlan;

/** How the staffing findings and fixes name plans, times, heads and campaigns. */
final class StaffingText {

    private StaffingText() {
    }

    static String name(StaffingPlan plan) {
        return plan.getName() == null || plan.getName().isBlank() ? "(unnamed)" : plan.getName();
    }

    /** "08:15". */
    static String time(LocalDateTime start) {
        int hour = start.getHour();
        int minute = start.getMinute();
        return new String(new char[] { (char) ('0' + hour / 10), (char) ('0' + hour % 10), ':',
                (char) ('0' + minute / 10), (char) ('0' + minute % 10) });
    }

    /** When an interval starting at {@code start} ends: "08:30", or "24:00" at the end of the day. */
    static String end(LocalDateTime start, int intervalMinutes) {
        LocalDateTime end = start.plusMinutes(intervalMinutes);
        return end.toLocalDate().isAfter(start.toLocalDate()) && end.toLocalTime().equals(LocalTime.MIDNIGHT) ? "24:00"
                : time(end);
    }

    /** "1 head", "6 heads". */
    static String heads(int count) {
        return count + (count == 1 ? " head" : " heads");
    }

    /**
     * The campaigns and the verb: "campaign 'Spring promo' lifts", "campaigns 'A' and 'B' lift", "campaigns 'A',
     * 'B', 'C' and 2 more lift".
     */
    static String campaigns(List<String> names, int named) {
        if (names.isEmpty()) {
            return "campaigns lift";
        }
        if (names.size() == 1) {
            return "campaign '" + names.get(0) + "' lifts";
        }
        List<String> quoted = names.stream().limit(names.size() > named ? named : names.size())
                .map(n -> "'" + n + "'").toList();
        String last = names.size() > named ? (names.size() - named) + " more"
                : quoted.get(quoted.size() - 1);
        List<String> first = names.size() > named ? quoted : quoted.subList(0, quoted.size() - 1);
        return "campaigns " + String.join(", ", first) + " and " + last + " lift";
    }
}
