package tandem.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.checks.CheckDefinition;
import tandem.checks.CheckReport;
import tandem.checks.CheckRunner;
import tandem.checks.CheckSettings;
import tandem.checks.ChecklistDefinition;
import tandem.checks.Checklists;
import tandem.checks.Finding;
import tandem.checks.PlanSets;
import tandem.checks.QuickFixDefinition;
import tandem.core.documents.PlanFiles;

/**
 * What planners read about quick fixes: every contributed fix's label, and the label each fix gives the example's
 * findings, is a phrase the Quick Fix dialog can put in its own sentences: no closing or doubled punctuation (the
 * dialog adds "." after it, the description ". The change can be undone"), and no ids from the files (camel-case
 * names such as {@code emailBlast} or {@code firstContactResolution}, class names such as {@code HoursCheck}, rule
 * ids such as {@code alignment.notice}).
 */
class QuickFixTextTest {

    /** Punctuation that ends a phrase the dialog quotes or continues. */
    private static final Pattern CLOSING = Pattern.compile("[.,;:!?]['\"]?\\s*$");
    /** Two marks in a row, quotes between them ignored: "'Goodbye'.'.", "later..", "days.;". */
    private static final Pattern DOUBLED = Pattern.compile("[.,;:!?]['\"]*[.,;:!?]");
    /** camelCase ids and PascalCase class names (two humps), rule ids with a dot between lower-case words. */
    private static final Pattern RAW_ID = Pattern
            .compile("\\b[a-z]+[A-Z][A-Za-z]*\\b|\\b[A-Z][a-z]+[A-Z][A-Za-z]*\\b|\\b[a-z]+\\.[a-z][a-z-]+\\b");

    @TempDir
    static Path folder;

    @Test
    void everyContributedFixIsLabelledAsAPhraseInWords() {
        List<String> problems = new ArrayList<>();
        int fixes = 0;
        for (ChecklistDefinition checklist : Checklists.all()) {
            for (CheckDefinition check : checklist.checks()) {
                for (QuickFixDefinition fix : Checklists.quickFixes(check.id())) {
                    fixes++;
                    problems.addAll(problemsOf(fix.id(), fix.label()));
                    problems.addAll(problemsOf(fix.id() + " (description)",
                            fix.label() + ". The change can be undone with Edit > Undo."));
                }
            }
        }
        assertTrue(fixes >= 19, "the alignment checks and the Quick Fix Checklist contribute their fixes: " + fixes);
        assertEquals(List.of(), problems);
    }

    @Test
    void theFixesOfferedForTheExamplesFindingsReadAsPhrasesInWords() throws Exception {
        SamplePlans.writeTo(folder);
        PlanSets.Loaded loaded = PlanSets.load(PlanFiles.find(List.of(folder)));
        CheckReport report = new CheckRunner(Checklists.all(), CheckSettings.defaults(), SamplePlans.AS_OF)
                .run(loaded.plans());
        List<String> problems = new ArrayList<>();
        int labels = 0;
        for (Finding finding : report.findings()) {
            for (String label : Checklists.quickFixLabels(finding)) {
                labels++;
                problems.addAll(problemsOf(finding.ruleId(), label));
            }
            Matcher doubled = DOUBLED.matcher(finding.message());
            if (doubled.find()) {
                problems.add(finding.ruleId() + ": doubled punctuation '" + doubled.group() + "' in: "
                        + finding.message());
            }
        }
        assertTrue(labels >= 5, "the example's findings are offered fixes: " + labels);
        assertEquals(List.of(), problems);
    }

    @Test
    void thePatternsCatchWhatTheDialogShowedBefore() {
        assertFalse(problemsOf("x", "Say 'Goodbye'.'.").isEmpty());
        assertFalse(problemsOf("x", "Move the drops later.").isEmpty());
        assertFalse(problemsOf("x", "Set the kind to emailBlast").isEmpty());
        assertFalse(problemsOf("x", "Add a HoursCheck before the route").isEmpty());
        assertFalse(problemsOf("x", "Fix alignment.notice").isEmpty());
        assertEquals(List.of(), problemsOf("x", "Move the campaign and its drops 11 days later"));
    }

    private static List<String> problemsOf(String what, String text) {
        List<String> problems = new ArrayList<>();
        if (text == null || text.isBlank()) {
            problems.add(what + ": no text");
            return problems;
        }
        if (!what.endsWith("(description)") && CLOSING.matcher(text).find()) {
            problems.add(what + ": ends in punctuation: " + text);
        }
        Matcher doubled = DOUBLED.matcher(text);
        if (doubled.find()) {
            problems.add(what + ": doubled punctuation '" + doubled.group() + "' in: " + text);
        }
        Matcher id = RAW_ID.matcher(text);
        if (id.find()) {
            problems.add(what + ": shows the id '" + id.group() + "': " + text);
        }
        return problems;
    }
}
