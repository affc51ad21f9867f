package tandem.checks.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.junit.jupiter.api.Assumptions;
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

    /** The path of the multitool's {@code Sarif.Multitool} binary. */
    static final String MULTITOOL = "tandem.sarif.multitool";

    /** {@code true} skips the multitool validation (for machines without it; CI installs it). */
    static final String SKIP_VALIDATION = "tandem.sarif.skipValidation";

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
        assertTrue(text.contains("\n    quick fix: Move the campaign and its drops 11 days later\n"), text);
        assertTrue(text.contains("Customer Service Alignment Check: "), text);
        assertTrue(text.contains("Quick Fix Checklist: "), text);
        long plans = SamplePlans.fileNames().size() - 2; // without README.md and the settings
        assertTrue(text.contains(plans + " plan document(s) checked: "), text);
    }

    @Test
    void eachFindingLineNamesItsDocumentOnceAndItsElementsByName() throws Exception {
        check("example");
        List<String> lines = out().lines().filter(line -> line.contains(": [")).toList();
        assertTrue(lines.size() >= 10, String.join("\n", lines));
        for (String line : lines) {
            Matcher document = Pattern.compile("\\] ([A-Z][a-z ]+|IVR script) '[^']+'").matcher(line);
            assertTrue(document.find(), line);
            assertEquals(line.indexOf(document.group().substring(2)), line.lastIndexOf(document.group().substring(2)),
                    "names its document once: " + line);
            assertFalse(line.matches(".*#[a-z]+-.*"), "no generated id: " + line);
        }
        assertTrue(out().contains("] Staffing plan 'Sales 2027': on 2027-04-05, "), out());
        assertTrue(out().contains("/ Course 'Easter Flash Sale huddle' / Session 2027-03-24 08:00: "), out());
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

    private static boolean isCompact(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(2);
            return magic.length == 2 && magic[0] == 'P' && magic[1] == 'K';
        }
    }

    @Test
    void sarifLocationsAreRelativeToTheCheckedFolderAndPointAtTheElementsLine() throws Exception {
        check("example", "--format", "sarif");
        String sarif = out();
        assertTrue(!sarif.contains("\"uri\": \"file:/" + folder.toString().substring(1) + "/example/"
                + SamplePlans.CALENDAR_FILE), sarif);
        assertTrue(sarif.contains("\"originalUriBaseIds\": {\n        \"PLANS\": {\n          \"uri\": \""
                + folder.resolve("example").toUri() + "\""), sarif);
        Matcher location = Pattern.compile("\"uri\": \"([^\"]+)\",\n\\s*\"uriBaseId\": \"PLANS\"\n\\s*},\n"
                + "\\s*\"region\": \\{\n\\s*\"startLine\": (\\d+),\n\\s*\"startColumn\": (\\d+)").matcher(sarif);
        int locations = 0;
        while (location.find()) {
            locations++;
            Path located = folder.resolve("example").resolve(location.group(1));
            if (isCompact(located)) {
                // a compact plan (a ZIP holding XMI and a row table) has no lines: the result points at the file
                assertEquals("1:1", location.group(2) + ":" + location.group(3), location.group());
                continue;
            }
            List<String> lines = Files.readAllLines(located);
            String line = lines.get(Integer.parseInt(location.group(2)) - 1);
            String tag = line.substring(Integer.parseInt(location.group(3)) - 1);
            assertTrue(tag.matches("<[A-Za-z][\\w:]*(\\s.*|/?>.*|)"), location.group() + " is at " + line);
            assertTrue(!tag.startsWith("<?xml"), location.group());
        }
        long results = Pattern.compile("\"ruleId\": ").matcher(sarif).results().count();
        assertTrue(results > 0 && locations == results, locations + " of " + results + " results located: " + sarif);
        assertTrue(sarif.contains("\"uri\": \"" + SamplePlans.CALENDAR_FILE + "\""), sarif);
        assertTrue(sarif.contains("\"partialFingerprints\": {\n            \"" + Sarif.FINGERPRINT + "\": \""),
                sarif);
    }

    @Test
    void theRegionOfAFindingIsTheStartTagOfItsElement() throws Exception {
        check("example", "--format", "sarif");
        String sarif = out();
        Matcher result = Pattern.compile("\"ruleId\": \"alignment.notice\",.*?\"uri\": \"([^\"]+)\".*?"
                + "\"startLine\": (\\d+),\\s*\"startColumn\": (\\d+).*?\"fullyQualifiedName\": \"[^\"]*"
                + "Campaign '([^']+)'\"", Pattern.DOTALL).matcher(sarif);
        assertTrue(result.find(), sarif);
        List<String> lines = Files.readAllLines(folder.resolve("example").resolve(result.group(1)));
        String from = String.join("\n", lines.subList(Integer.parseInt(result.group(2)) - 1, lines.size()))
                .substring(Integer.parseInt(result.group(3)) - 1);
        String tag = from.substring(0, from.indexOf('>') + 1);
        assertTrue(tag.startsWith("<campaigns ") && tag.contains(" name=\"" + result.group(4) + "\""), tag);
    }

    @Test
    void fingerprintsAndLocationsAreTheSameInAnotherClone() throws Exception {
        check("example", "--format", "sarif");
        String here = out();
        SamplePlans.writeTo(folder.resolve("elsewhere").resolve("clone"));
        check("elsewhere/clone", "--format", "sarif");
        String there = out();
        Pattern stable = Pattern.compile("\"(uri|uriBaseId|startLine|startColumn|" + Sarif.FINGERPRINT
                + ")\": (\"[^\"]*\"|\\d+)");
        List<String> fingerprints = stable.matcher(here).results().map(m -> m.group())
                .filter(m -> !m.contains("file:")).toList();
        assertTrue(fingerprints.stream().filter(f -> f.contains(Sarif.FINGERPRINT)).count() > 5, here);
        assertEquals(fingerprints, stable.matcher(there).results().map(m -> m.group())
                .filter(m -> !m.contains("file:")).toList());
        assertEquals(fingerprints.stream().filter(f -> f.contains(Sarif.FINGERPRINT)).count(),
                fingerprints.stream().filter(f -> f.contains(Sarif.FINGERPRINT)).distinct().count(),
                "each result has its own fingerprint");
    }

    @Test
    void sarifToolAndRulesCarryWhatCodeScanningNeeds() throws Exception {
        check("example", "--format", "sarif");
        String sarif = out();
        for (String field : new String[] { "version", "semanticVersion", "informationUri" }) {
            assertTrue(sarif.contains("\n          \"" + field + "\": \""), field + " in " + sarif);
        }
        long rules = Pattern.compile("\n            \\{\n              \"id\": ").matcher(sarif).results().count();
        assertTrue(rules > 10, sarif);
        for (String field : new String[] { "shortDescription", "fullDescription", "help", "defaultConfiguration" }) {
            assertEquals(rules, Pattern.compile("\n              \"" + field + "\": \\{").matcher(sarif).results()
                    .count(), field + " on every rule: " + sarif);
        }
        assertEquals(rules, Pattern.compile("\n                \"markdown\": ").matcher(sarif).results().count(),
                sarif);
    }

    /**
     * The SARIF of the example passes Microsoft's SARIF multitool with the SARIF and GitHub rule sets: no error and
     * no warning. {@code .ci/run} installs the multitool; its path comes from the system property
     * {@value #MULTITOOL}.
     */
    @Test
    void sarifPassesTheMultitoolsSarifAndGitHubRules() throws Exception {
        Assumptions.assumeFalse(Boolean.getBoolean(SKIP_VALIDATION), "SARIF validation skipped: -D" + SKIP_VALIDATION
                + "=true");
        String tool = System.getProperty(MULTITOOL, "");
        assertTrue(!tool.isBlank() && Files.isExecutable(Path.of(tool)), "The SARIF multitool is not installed"
                + (tool.isBlank() ? "" : " at " + tool) + ": run 'npm install --prefix target/sarif-multitool "
                + "@microsoft/sarif-multitool@5.7.0' in the repository (as .ci/run does), or pass -D" + MULTITOOL
                + "=<path of Sarif.Multitool>; -D" + SKIP_VALIDATION + "=true skips this test");
        check("example", "--format", "sarif");
        assertValidSarif(tool, out(), "example");

        // What could not be read is a result too, and its rule is described like the checks' rules.
        Files.writeString(folder.resolve("example").resolve("broken.center"), "<?xml version=\"1.0\"?>\n<core:");
        check("example", "--format", "sarif");
        assertTrue(out().contains("\"id\": \"" + tandem.checks.CheckRunner.UNREADABLE_PLAN + "\""), out());
        assertValidSarif(tool, out(), "with-unreadable");
    }

    private void assertValidSarif(String tool, String sarif, String name) throws Exception {
        Path log = Files.writeString(folder.resolve(name + ".sarif"), sarif);
        Path result = folder.resolve(name + "-validation.sarif");
        ProcessBuilder validate = new ProcessBuilder(tool, "validate", log.toString(), "--rule-kind", "Sarif;Gh",
                "-o", result.toString()).redirectErrorStream(true).directory(folder.toFile());
        validate.environment().put("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", "1"); // runs without libicu too
        Process process = validate.start();
        String console = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), console);
        assertTrue(Files.exists(result), "the multitool wrote no result: " + console);
        String validation = Files.readString(result);
        List<String> complaints = Pattern.compile("\"level\": \"(error|warning)\"").matcher(validation).results()
                .map(m -> m.group()).toList();
        assertEquals(List.of(), complaints, console + "\n" + validation);
        assertEquals(0, process.exitValue(), console);
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
        Path broken = folder.resolve("example").resolve("broken.center");
        Files.writeString(broken, "<not a plan");
        assertEquals(CliContext.FAILED, check("example"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith(broken + ":1:"),
                err.toString(StandardCharsets.UTF_8));
        assertTrue(out().contains("broken.center: error: [" + tandem.checks.CheckRunner.UNREADABLE_PLAN + "]"), out());

        CommandFailedException nothing = assertThrows(CommandFailedException.class, () -> check("example/broken.center"));
        assertTrue(nothing.getMessage().endsWith("nothing was checked"), nothing.getMessage());
    }

    @Test
    void aStaffingPlanLinkedToAMissingRosterIsAFindingNamingThePlanAndThePath() throws Exception {
        Path file = folder.resolve("example").resolve("sales-2027.staffing");
        org.eclipse.emf.ecore.resource.ResourceSet set = tandem.core.documents.PlanDocuments.createResourceSet();
        tandem.core.documents.PlanDocuments.confineToFolders(set, List.of(folder.resolve("example")));
        org.eclipse.emf.ecore.resource.Resource resource = tandem.core.documents.PlanDocuments.load(set,
                org.eclipse.emf.common.util.URI.createFileURI(file.toString()));
        tandem.staffing.model.StaffingPlan plan = (tandem.staffing.model.StaffingPlan) resource.getContents().get(0);
        tandem.core.model.PlanDocument gone = tandem.core.model.CoreFactory.eINSTANCE.createContactCenter();
        ((org.eclipse.emf.ecore.InternalEObject) gone).eSetProxyURI(org.eclipse.emf.common.util.URI.createFileURI(
                folder.resolve("example").resolve("gone.roster").toString()).appendFragment("roster-1"));
        plan.setRoster(gone);
        tandem.core.documents.PlanDocuments.save(resource);

        assertEquals(CliContext.FAILED, check("example"));
        String line = out().lines().filter(l -> l.contains("gone.roster")).findFirst().orElse(out());
        assertTrue(line.contains("sales-2027.staffing: error: [tandem.unresolved-reference] Staffing plan 'Sales 2027':"
                + " roster refers to '"), line);
        assertTrue(line.contains("roster refers to '") && line.contains("gone.roster#roster-1'")
                && line.contains("which does not exist"), line);
    }

    /**
     * A subfolder the walk cannot enter is reported by name and the rest is checked. Permissions do not stop root
     * (CI runs as root), but a path longer than the system allows (PATH_MAX, 4096 bytes) stops everyone. The deep
     * folders are made by moving a folder into a new one again and again (every move names short paths), and
     * removed by {@code rm -rf}, which can.
     */
    @Test
    void aSubfolderThatCannotBeReadIsReportedAndTheRestIsChecked() throws Exception {
        Path example = folder.resolve("example");
        String name = "d".repeat(250);
        Path deep = example.resolve("deep");
        try {
            Path current = Files.createDirectory(folder.resolve("level-0"));
            Files.writeString(current.resolve("hidden.center"), "<not a plan");
            for (int level = 1; level <= 24; level++) {
                Path outer = Files.createDirectory(folder.resolve("level-" + level));
                Files.move(current, outer.resolve(name));
                current = outer;
            }
            Files.move(current, deep);
            assertEquals(CliContext.FAILED, check("example"));
            String errors = err.toString(StandardCharsets.UTF_8);
            assertTrue(errors.startsWith(deep + "/" + name), errors);
            assertTrue(errors.contains(": cannot be read (") && errors.contains("); not checked"), errors);
            assertTrue(!errors.contains("Exception") && !errors.contains("\tat "), errors);
            assertTrue(out().contains("[" + tandem.checks.CheckRunner.UNREADABLE_PLAN + "]"), out());
            long plans = SamplePlans.fileNames().size() - 2; // without README.md and the settings
            assertTrue(out().contains(plans + " plan document(s) checked: "), "every example plan is checked: "
                    + out());
            assertTrue(out().contains(SamplePlans.CALENDAR_FILE + ": error: [alignment.notice] "), out());
        } finally {
            new ProcessBuilder("rm", "-rf", deep.toString()).start().waitFor(60, TimeUnit.SECONDS);
            for (int level = 0; level <= 24; level++) {
                new ProcessBuilder("rm", "-rf", folder.resolve("level-" + level).toString()).start().waitFor(60,
                        TimeUnit.SECONDS);
            }
        }
    }
}
