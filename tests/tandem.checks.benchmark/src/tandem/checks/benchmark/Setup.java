package tandem.checks.benchmark;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import tandem.core.documents.Ids;
import tandem.core.model.Channel;
import tandem.core.model.ContactCenter;
import tandem.core.model.CoreFactory;
import tandem.core.model.OpeningHours;
import tandem.core.model.Queue;
import tandem.core.model.Team;
import tandem.core.model.WeeklyHours;
import tandem.core.model.Weekday;

/**
 * The contact-center setup of the benchmark: business lines of 20 queues each (16 phone, 2 chat, 2 email), open
 * either on weekdays 08:00 to 20:00 and Saturdays 09:00 to 14:00, or every day 07:00 to 22:00, with a team per
 * queue.
 */
final class Setup {

    static final int QUEUES_PER_LINE = 20;
    static final int PHONE_QUEUES_PER_LINE = 16;

    private static final String[] LINES = { "Mobile", "Broadband", "Television", "Energy", "Insurance", "Banking",
            "Travel", "Retail", "Health", "Motoring" };
    private static final String[] TOPICS = { "Billing", "Sales", "Support", "Retention", "Moving", "Technical",
            "Orders", "Returns", "Claims", "Payments", "Accounts", "Upgrades", "Cancellations", "Complaints",
            "Activation", "Roaming", "Chat", "Chat sales", "Email", "Email billing" };

    final ContactCenter center = CoreFactory.eINSTANCE.createContactCenter();
    final List<Line> lines = new ArrayList<>();

    /** One business line: its name, queues (phone first) and opening hours. */
    record Line(int number, String name, List<Queue> queues, OpeningHours hours, boolean[][] openSlots) {

        List<Queue> phoneQueues() {
            return queues.subList(0, PHONE_QUEUES_PER_LINE);
        }

        /** Whether the queues are open in the 15-minute slot (0 = 00:00) of the day of week. */
        boolean isOpen(DayOfWeek day, int slot) {
            return openSlots[day.getValue() - 1][slot];
        }
    }

    Setup(int lineCount) {
        center.setName("Bench Co");
        center.setTimeZone("Europe/Berlin");
        OpeningHours office = hours("Office hours", 8, 20, 6, 9, 14);
        OpeningHours extended = hours("Extended hours", 7, 22, 7, 7, 22);
        for (int l = 0; l < lineCount; l++) {
            String lineName = LINES[l % LINES.length] + (l < LINES.length ? "" : " " + (l / LINES.length + 1));
            OpeningHours lineHours = l % 2 == 0 ? office : extended;
            List<Queue> queues = new ArrayList<>();
            for (int q = 0; q < QUEUES_PER_LINE; q++) {
                Queue queue = CoreFactory.eINSTANCE.createQueue();
                queue.setName(lineName + " " + TOPICS[q]);
                queue.setChannel(q < PHONE_QUEUES_PER_LINE ? Channel.PHONE : q < 18 ? Channel.CHAT : Channel.EMAIL);
                queue.setSkill(q == 0 ? "general" : TOPICS[q].toLowerCase());
                queue.setLanguage("en");
                queue.setOpeningHours(lineHours);
                center.getQueues().add(queue);
                queues.add(queue);
                Team team = CoreFactory.eINSTANCE.createTeam();
                team.setName(queue.getName() + " team");
                team.setHeadcount(20 + q);
                team.getQueues().add(queue);
                center.getTeams().add(team);
            }
            lines.add(new Line(l, lineName, queues, lineHours, openSlots(lineHours)));
        }
        center.eAllContents().forEachRemaining(Ids::assignIfMissing);
        Ids.assignIfMissing(center);
    }

    /**
     * Opening hours: every day up to {@code lastDay} (1 = Monday) from {@code opens} to {@code closes} o'clock, and
     * Saturday from {@code saturdayOpens} to {@code saturdayCloses} when the week ends on Friday.
     */
    private OpeningHours hours(String name, int opens, int closes, int lastDay, int saturdayOpens,
            int saturdayCloses) {
        OpeningHours hours = CoreFactory.eINSTANCE.createOpeningHours();
        hours.setName(name);
        for (int day = 1; day <= lastDay; day++) {
            boolean saturday = day == 6 && lastDay == 6;
            WeeklyHours weekly = CoreFactory.eINSTANCE.createWeeklyHours();
            weekly.setDay(Weekday.get(day - 1));
            weekly.setOpens(LocalTime.of(saturday ? saturdayOpens : opens, 0));
            weekly.setCloses(LocalTime.of(saturday ? saturdayCloses : closes, 0));
            hours.getWeeklyHours().add(weekly);
        }
        center.getOpeningHours().add(hours);
        return hours;
    }

    /** The open 15-minute slots per day of week, from the weekly hours (the benchmark has no exceptions). */
    private static boolean[][] openSlots(OpeningHours hours) {
        boolean[][] open = new boolean[7][96];
        for (WeeklyHours weekly : hours.getWeeklyHours()) {
            int day = weekly.getDay().getValue();
            int from = weekly.getOpens().toSecondOfDay() / 900;
            int to = weekly.getCloses().toSecondOfDay() / 900;
            for (int slot = from; slot < to; slot++) {
                open[day][slot] = true;
            }
        }
        return open;
    }
}
