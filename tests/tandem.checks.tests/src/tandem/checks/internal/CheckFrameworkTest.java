package tandem.checks.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.checks.CheckDefinition;
import tandem.checks.CheckReport;
import tandem.checks.CheckReport.Outcome;
import tandem.checks.CheckRunner;
import tandem.checks.CheckSettings;
import tandem.checks.ChecklistDefinition;
import tandem.checks.Checklists;
import tandem.checks.Finding;
import tandem.checks.PlanSets;
import tandem.checks.Severity;

/** The checks framework: contributions, settings and running (tandem-cli check is tested in tandem.checks.cli.tests). */
class CheckFrameworkTest {

    @TempDir
    Path folder;

    private final List<IStatus> logged = new ArrayList<>();
    private final ILogListener listener = (status, plugin) -> logged.add(status);

    @BeforeEach
    void listen() throws Exception {
        Platform.addLogListener(listener);
        Files.writeString(folder.resolve("setup.center"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <core:ContactCenter xmlns:core="http://tandem.dev/core/1.0" id="center-1" name="Acme">
                  <queues id="queue-1" name="Billing" skill="unset"/>
                  <queues id="queue-2" name="Sales" skill="sales"/>
                  <teams id="team-1" name="Night shift" headcount="3"/>
                  <teams id="team-2" name="Day shift" headcount="12"/>
                </core:ContactCenter>
                """);
    }

    @AfterEach
    void stopListening() {
        Platform.removeLogListener(listener);
    }

    private static ChecklistDefinition testChecklist() {
        return Checklists.find("test.setup").orElseThrow();
    }

    private CheckReport run(CheckSettings settings) {
        PlanSets.Loaded loaded = PlanSets.load(List.of(folder.resolve("setup.center")));
        assertTrue(loaded.problems().isEmpty(), loaded.problems().toString());
        return new CheckRunner(List.of(testChecklist()), settings, LocalDate.of(2027, 1, 4)).run(loaded.plans());
    }

    @Test
    void validContributionsAreReadAndBadOnesLoggedAndSkipped() {
        ChecklistDefinition checklist = testChecklist();
        assertEquals("Setup test checklist", checklist.name());
        assertEquals(List.of("test.setup.queue-channel", "test.setup.team-size", "test.setup.broken"),
                checklist.checks().stream().map(CheckDefinition::id).toList());
        CheckDefinition channel = checklist.checks().get(0);
        assertEquals(Severity.ERROR, channel.defaultSeverity());
        assertEquals("Queues", channel.category());
        assertTrue(channel.isAffectedBy(java.util.Set.of("http://tandem.dev/core/1.0")));
        assertFalse(channel.isAffectedBy(java.util.Set.of("http://tandem.dev/campaign/1.0")));
        assertEquals(1, Checklists.all().stream().filter(c -> c.id().equals("test.setup")).count());

        new ChecklistReader().descriptors();
        List<String> messages = logged.stream().map(IStatus::getMessage).toList();
        assertTrue(messages.stream().anyMatch(m -> m.contains("bundle 'tandem.checks.tests'")
                && m.contains("lacks the required attribute 'class'")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("check 'test.setup.queue-channel' is already contributed")),
                messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("check id 'Test Bad' must be lower case")),
                messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("the default 'many' of parameter 'days'")),
                messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("checklist 'test.setup' is already contributed")),
                messages.toString());
    }

    @Test
    void findingsAndOutcomesPerCheckABrokenCheckDoesNotStopTheOthers() {
        CheckReport report = run(CheckSettings.defaults());
        assertEquals(Outcome.FAIL, report.outcome("test.setup.queue-channel"));
        assertEquals(Outcome.WARN, report.outcome("test.setup.team-size"));
        assertEquals(Outcome.BROKEN, report.outcome("test.setup.broken"));
        Finding billing = report.findingsOf("test.setup.queue-channel").get(0);
        assertEquals("Queue 'Billing' has no channel.", billing.message());
        assertEquals("Contact center 'Acme' / Queue 'Billing'", billing.elementPath());
        assertEquals("queue-1", billing.elementUri().fragment());
        assertEquals(folder.resolve("setup.center").toString(), billing.file());
        assertTrue(logged.stream().anyMatch(s -> s.getMessage().contains("'test.setup.broken' failed")));
        assertEquals(0.0, report.score(testChecklist()));
    }

    @Test
    void settingsDisableChecksChangeParametersAndSeverity() throws Exception {
        CheckReport relaxed = run(CheckSettings.defaults().with(Map.of("test.setup.team-size.minimum", "3",
                "test.setup.broken.enabled", "false", "test.setup.queue-channel.severity", "warning")));
        assertEquals(Outcome.PASS, relaxed.outcome("test.setup.team-size"));
        assertEquals(Outcome.DISABLED, relaxed.outcome("test.setup.broken"));
        assertEquals(Outcome.WARN, relaxed.outcome("test.setup.queue-channel"));
        assertEquals(0.5, relaxed.score(testChecklist()));

        Files.writeString(folder.resolve(CheckSettings.FILE_NAME), "test.setup.team-size.minimum = 20\n");
        CheckReport strict = run(CheckSettings.defaults().withFile(folder.resolve(CheckSettings.FILE_NAME)));
        assertEquals(2, strict.findingsOf("test.setup.team-size").size(), "both teams are under 20");
        assertEquals("20", strict.findingsOf("test.setup.team-size").get(0).data().get("minimum"));

        CheckReport fallback = run(CheckSettings.defaults().with(Map.of("test.setup.team-size.minimum", "lots")));
        assertEquals(1, fallback.findingsOf("test.setup.team-size").size(), "an invalid value falls back to 5");
    }

    @Test
    void quickFixesAreListedPerCheckAndBrokenOnesSkipped() {
        Finding finding = run(CheckSettings.defaults()).findingsOf("test.setup.queue-channel").get(0);
        assertEquals(List.of("Make it a phone queue"), Checklists.quickFixLabels(finding));
        assertTrue(Checklists.quickFixes("test.setup.team-size").isEmpty());
    }

    @Test
    void settingsNameTheDayChecksRunAsOf() throws Exception {
        assertEquals(java.util.Optional.empty(), CheckSettings.defaults().asOf(), "today unless settings say");
        assertEquals(java.util.Optional.of(java.time.LocalDate.of(2027, 2, 15)),
                CheckSettings.defaults().with(Map.of(CheckSettings.AS_OF, " 2027-02-15 ")).asOf());
        IllegalArgumentException bad = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> CheckSettings.defaults().with(Map.of(CheckSettings.AS_OF, "next spring")).asOf());
        assertEquals("checks.asOf must be a date such as 2027-02-15, not 'next spring'", bad.getMessage());
    }
}
