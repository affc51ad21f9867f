package tandem.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.checks.CheckReport;
import tandem.checks.CheckRunner;
import tandem.checks.CheckSettings;
import tandem.checks.Checklists;
import tandem.checks.Finding;
import tandem.checks.PlanSets;
import tandem.core.documents.ElementPaths;
import tandem.core.documents.PlanFiles;
import tandem.core.text.Words;

/**
 * The words planners read about the models: every enumeration value of every Tandem model in words (no camel-case
 * id, abbreviations in capitals, hyphens where they belong), and element paths that name elements, never by a
 * generated id, with each finding naming its document once.
 */
class PlannerWordsTest {

    /** A camel-case id left as it is ("emailBlast"), or a single letter split off ("E learning"). */
    private static final Pattern RAW = Pattern.compile("[a-z][A-Z]|^[A-Za-z] ");
    /** Abbreviations planners write in capitals, found in any other case. */
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?i)\\b(ivr|aht|asa|sms|faq|tv|fcr|csat|nps|sla)\\b");
    /** A generated id as a path step shows it: {@code #session-3f9a2c1b}, {@code #queue-1}. */
    private static final Pattern GENERATED_ID = Pattern.compile("#\\S+|\\b[a-z]+-[0-9a-f]{6,}\\b");

    @TempDir
    static Path folder;

    @Test
    void everyEnumerationValueOfEveryModelReadsInWords() {
        List<String> problems = new ArrayList<>();
        Set<String> models = new TreeSet<>();
        int literals = 0;
        for (String nsUri : List.copyOf(EPackage.Registry.INSTANCE.keySet())) {
            if (!nsUri.startsWith("http://tandem.dev/")) {
                continue;
            }
            EPackage model = EPackage.Registry.INSTANCE.getEPackage(nsUri);
            for (EClassifier type : model.getEClassifiers()) {
                if (!(type instanceof EEnum enumeration)) {
                    continue;
                }
                models.add(model.getName().equals("model") ? nsUri : model.getName());
                for (EEnumLiteral literal : enumeration.getELiterals()) {
                    literals++;
                    String words = Words.of(literal.getLiteral());
                    String where = type.getName() + "." + literal.getLiteral() + " reads '" + words + "'";
                    if (RAW.matcher(words).find()) {
                        problems.add(where + ": an id, not words");
                    }
                    Matcher abbreviation = ABBREVIATION.matcher(words);
                    while (abbreviation.find()) {
                        if (!abbreviation.group().equals(abbreviation.group().toUpperCase(Locale.ROOT))) {
                            problems.add(where + ": '" + abbreviation.group() + "' is written in capitals");
                        }
                    }
                    if (!Character.isUpperCase(words.charAt(0))) {
                        problems.add(where + ": starts in lower case");
                    }
                }
            }
        }
        assertTrue(models.size() >= 6 && literals >= 40, "every model's enumerations are read: " + models);
        assertEquals(List.of(), problems);
        assertEquals("E-learning", Words.of("eLearning"));
        assertEquals("How-to", Words.of("howTo"));
        assertEquals("FAQ", Words.of("faq"));
        assertEquals("Email blast", Words.of("emailBlast"));
        assertEquals("Upper bound", Words.of("upperBound"));
    }

    @Test
    void thePatternsCatchWhatPlannersSawBefore() {
        assertTrue(RAW.matcher("E learning").find());
        assertTrue(RAW.matcher("emailBlast").find());
        assertTrue(ABBREVIATION.matcher("Ivr script").find());
        assertTrue(GENERATED_ID.matcher("Course 'X' / Session #session-flash-sale-huddle").find());
        assertTrue(GENERATED_ID.matcher("Audience queue-3f9a2c1b").find());
    }

    @Test
    void noElementOfTheExampleIsNamedByAGeneratedId() throws Exception {
        SamplePlans.writeTo(folder);
        PlanSets.Loaded loaded = PlanSets.load(PlanFiles.find(List.of(folder)));
        List<String> problems = new ArrayList<>();
        int elements = 0;
        for (Resource document : loaded.plans().documents()) {
            for (TreeIterator<EObject> all = document.getAllContents(); all.hasNext();) {
                EObject element = all.next();
                elements++;
                String path = ElementPaths.of(element);
                if (GENERATED_ID.matcher(path).find()) {
                    problems.add(path);
                }
            }
        }
        assertTrue(elements > 100, "the example's elements are all looked at: " + elements);
        assertEquals(List.of(), problems.stream().distinct().limit(20).toList());
    }

    @Test
    void eachFindingOfTheExampleNamesItsElementByNameAndItsDocumentOnce() throws Exception {
        SamplePlans.writeTo(folder);
        PlanSets.Loaded loaded = PlanSets.load(PlanFiles.find(List.of(folder)));
        CheckReport report = new CheckRunner(Checklists.all(), CheckSettings.defaults(), SamplePlans.AS_OF)
                .run(loaded.plans());
        List<String> problems = new ArrayList<>();
        for (Finding finding : report.findings()) {
            if (GENERATED_ID.matcher(finding.elementPath()).find()) {
                problems.add("a generated id in the path: " + finding.elementPath());
            }
            String document = finding.elementPath().split(" / ")[0];
            String text = finding.text().toLowerCase(Locale.ROOT);
            int first = text.indexOf(document.toLowerCase(Locale.ROOT));
            if (first < 0 || text.indexOf(document.toLowerCase(Locale.ROOT), first + 1) >= 0) {
                problems.add("names " + document + " " + (first < 0 ? "nowhere" : "twice") + ": " + finding.text());
            }
        }
        assertTrue(report.findings().size() >= 10, "the example's findings: " + report.findings().size());
        assertEquals(List.of(), problems);
    }
}
