package tandem.checks.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.checks.CheckSettings;
import tandem.cli.CliContext;
import tandem.cli.CommandFailedException;
import tandem.cli.UsageException;
import tandem.samples.SamplePlans;

/** {@code tandem-cli check} on the example plans, with the installed checklists. */
class CheckCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void writeTheExample() throws Exception {
        SamplePlans.writeTo(folder.resolve("example"));
    }

    private int check(String... args) throws Exception {
        out.reset();
        err.reset();
        CheckCommand command = new CheckCommand();
        CommandLine line = new DefaultParser().parse(command.options(), args);
        CliContext context = CliContext.of(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), folder);
        return command.run(line, context);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void textListsEachFindingWithItsQuickFixesAndFailsOnErrors() throws Exception {
        assertEquals(CliContext.FAILED, check("example"));
        String text = out();
        Pattern finding = Pattern.compile("(?m)^\\S+\\.\\w+: (error|warning): \\[[a-z.-]+\\] .+: .+$");
        assertTrue(finding.matcher(text).find(), text);
        assertTrue(text.contains(SamplePlans.CALENDAR_FILE + ": error: [alignment.notice] "), text);
        assertTrue(text.contains("\n    quick fix: Move the campaign later so that customer service gets the full"
                + " notice\n"), text);
        assertTrue(text.contains("Customer Service Alignment Check: "), text);
        assertTrue(text.contains("Quick Fix Checklist: "), text);
        long plans = SamplePlans.fileNames().size() - 2; // without README.md and the settings
        assertTrue(text.contains(plans + " plan document(s) checked: "), text);
    }

    @Test
    void aChecklistCanBeChosenAndSettingsKeptWithThePlansApply() throws Exception {
        assertEquals(CliContext.FAILED, check("example", "--checklist", "quickfix"));
        assertTrue(out().contains("[quickfix.ivr-no-disconnect]"), out());
        assertTrue(!out().contains("[alignment."), out());

        Files.writeString(folder.resolve("example").resolve(CheckSettings.FILE_NAME),
                "checks.asOf = 2027-02-15\nquickfix.ivr-no-disconnect.enabled = false\n");
        check("example", "--checklist", "quickfix");
        assertTrue(!out().contains("[quickfix.ivr-no-disconnect]"), out());
    }

    @Test
    void jsonHasTheDocumentedFields() throws Exception {
        check("example", "--format", "json");
        String json = out();
        assertTrue(json.startsWith("[\n  {\n    \"ruleId\": \""), json);
        for (String field : new String[] { "checklist", "severity", "message", "file", "element", "quickFixes" }) {
            assertTrue(json.contains("\n    \"" + field + "\": "), field + " in " + json);
        }
        assertTrue(json.contains("\"ruleId\": \"alignment.offer-inventory\""), json);
    }

    @Test
    void sarifNamesRulesAndResults() throws Exception {
        check("example", "--format", "sarif");
        String sarif = out();
        assertTrue(sarif.contains("\"version\": \"2.1.0\""), sarif);
        assertTrue(sarif.contains("\"id\": \"alignment.notice\""), sarif);
        assertTrue(sarif.contains("\"ruleId\": \"alignment.notice\",\n          \"level\": \"error\""), sarif);
    }

    @Test
    void badUsageIsRefusedWithAReason() {
        UsageException format = assertThrows(UsageException.class, () -> check("example", "--format", "xml"));
        assertEquals("--format must be text, json or sarif, not 'xml'", format.getMessage());
        UsageException checklist = assertThrows(UsageException.class,
                () -> check("example", "--checklist", "nope"));
        assertTrue(checklist.getMessage().startsWith("unknown checklist 'nope' (available: "), checklist.getMessage());
        assertThrows(UsageException.class, () -> check());
        assertThrows(UsageException.class, () -> check("example", "--today", "soon"));
    }

    @Test
    void theDayChecksRunAsOfComesFromTodayElseTheSettings() throws Exception {
        Path settings = folder.resolve("example").resolve(CheckSettings.FILE_NAME);
        Files.writeString(settings, "checks.asOf = next spring\n");
        CommandFailedException failed = assertThrows(CommandFailedException.class, () -> check("example"));
        assertEquals(CheckSettings.FILE_NAME + ": checks.asOf must be a date such as 2027-02-15, not 'next spring'",
                failed.getMessage());
        assertEquals(CliContext.FAILED, check("example", "--today", "2027-02-15"), "--today wins over the settings");
        assertTrue(out().contains("[alignment.notice]"), out());
        String asOfTheStory = out();
        check("example", "--today", "2028-01-01");
        assertTrue(!asOfTheStory.equals(out()), "goals due in 2027 are past in 2028: " + out());
    }

    @Test
    void anUnreadablePlanIsReportedAndFailsTheRun() throws Exception {
        Files.writeString(folder.resolve("broken.center"), "<not a plan");
        assertEquals(CliContext.FAILED, check("broken.center"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith(folder.resolve("broken.center") + ":1:"),
                err.toString(StandardCharsets.UTF_8));
    }
}
