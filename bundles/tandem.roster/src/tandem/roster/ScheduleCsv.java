package tandem.roster;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import tandem.core.model.Queue;

/**
 * A schedule as CSV: {@code agent,start,end,activity,queue}, one row per shift (activity {@code shift}) followed by
 * a row per break, lunch, meeting or training in it; ISO local date-times to the minute.
 */
public final class ScheduleCsv {

    /** The header row. */
    public static final String HEADER = "agent,start,end,activity,queue";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");

    private ScheduleCsv() {
    }

    /** Writes the header and the schedule's rows. */
    public static void write(GeneratedSchedule schedule, Writer out) throws IOException {
        out.write(HEADER + "\n");
        for (PlannedShift shift : schedule.shifts()) {
            String agent = field(shift.agent().getName());
            String queue = field(name(shift.queue()));
            row(out, agent, shift.start(), shift.end(), "shift", queue);
            for (PlannedShift.PlannedActivity activity : shift.activities()) {
                row(out, agent, activity.start(), activity.start().plusMinutes(activity.lengthMinutes()),
                        activity.kind().getLiteral(), queue);
            }
        }
    }

    private static void row(Writer out, String agent, LocalDateTime start, LocalDateTime end, String activity,
            String queue) throws IOException {
        out.write(agent + "," + TIME.format(start) + "," + TIME.format(end) + "," + activity + "," + queue + "\n");
    }

    private static String name(Queue queue) {
        return queue == null ? "" : queue.getName();
    }

    private static String field(String text) {
        if (text == null) {
            return "";
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
