package tandem.roster.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.cli.CliContext;
import tandem.cli.CliRecorder;
import tandem.samples.SamplePlans;

/**
 * The example project scheduled from the command line: a roster made from a CSV of the teams' agents, linked to
 * the spring training, then a week of schedule. The spring-promotion training takes Sales agents off the phones on
 * 9 March, a peak day of the Spring Upgrade.
 */
class ExampleScheduleTest {

    @TempDir
    Path folder;

    @Test
    void theSpringTrainingTakesSalesAgentsOffThePhones() throws Exception {
        SamplePlans.writeTo(folder);
        List<String> agents = new ArrayList<>(List.of("name,team,skills,min_hours,max_hours,max_days"));
        for (int i = 1; i <= 30; i++) {
            agents.add("Sales " + i + ",Sales team,Sales,30,40,5");
        }
        for (int i = 1; i <= 30; i++) {
            agents.add("Care " + i + ",Customer care,General;Billing,30,40,5");
        }
        for (int i = 1; i <= 15; i++) {
            agents.add("Tech " + i + ",Tech support,Technical Support,30,40,5");
        }
        Files.write(folder.resolve("agents.csv"), agents, StandardCharsets.UTF_8);
        CliRecorder cli = new CliRecorder(folder);
        assertEquals(CliContext.OK, cli.run("roster", new RosterCommand(), "--agents", "agents.csv", "--center",
                SamplePlans.SETUP_FILE, "--training", SamplePlans.TRAINING_FILE, "--output", "teams.roster"),
                cli.err());
        List<String> args = new ArrayList<>(List.of("--staffing"));
        args.addAll(SamplePlans.STAFFING_FILES);
        args.addAll(List.of("--roster", "teams.roster", "--from", "2027-03-08", "--to", "2027-03-14", "--seconds",
                "5", "--output", "schedule.csv"));
        assertEquals(CliContext.OK, cli.run("schedule", new ScheduleCommand(), args.toArray(String[]::new)),
                cli.err());
        assertTrue(cli.out().contains("under-coverage: "), cli.out());
        List<String> rows = Files.readAllLines(folder.resolve("schedule.csv"), StandardCharsets.UTF_8);
        long salesInTraining = rows.stream().filter(r -> r.startsWith("Sales ") && r.contains(",2027-03-09T08:00,")
                && r.contains(",training,Sales")).count();
        // the session on 9 March seats 20 of the Sales queue's agents
        assertEquals(20, salesInTraining, String.join("\n", rows.subList(0, Math.min(rows.size(), 40))));
    }

    @Test
    void theExampleRosterScheduledForThePeakDaySendsSalesAgentsToTheHuddle() throws Exception {
        SamplePlans.writeTo(folder);
        CliRecorder cli = new CliRecorder(folder);
        List<String> args = new ArrayList<>(List.of("--staffing"));
        args.addAll(SamplePlans.STAFFING_FILES);
        args.addAll(List.of("--roster", SamplePlans.ROSTER_FILE, "--from", "2027-03-24", "--to", "2027-03-24",
                "--seconds", "10", "--output", "peak-day.csv"));
        assertEquals(CliContext.OK, cli.run("schedule", new ScheduleCommand(), args.toArray(String[]::new)),
                cli.err());
        assertTrue(cli.out().contains("under-coverage: "), cli.out());
        List<String> rows = Files.readAllLines(folder.resolve("peak-day.csv"), StandardCharsets.UTF_8);
        long huddle = rows.stream().filter(r -> r.contains(",2027-03-24T08:00,2027-03-24T08:15,training,")).count();
        long salesInHuddle = rows.stream()
                .filter(r -> r.endsWith(",2027-03-24T08:00,2027-03-24T08:15,training,Sales")).count();
        System.out.println("peak day: " + cli.out().strip() + "; huddle " + huddle + ", of them Sales "
                + salesInHuddle);
        // the Easter Flash Sale huddle seats 70: the 60 Sales agents first, in roster order, then Tech support
        assertEquals(70, huddle, String.join("\n", rows.subList(0, Math.min(rows.size(), 40))));
        // 12 of the 60 Sales agents can take General too; the solver may put them there
        assertTrue(salesInHuddle >= 48, salesInHuddle + " on the Sales queue in the huddle");
    }
}
