package tandem.samples;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

import tandem.checks.CheckSettings;
import tandem.core.documents.AtomicFiles;
import tandem.core.documents.PlanDocuments;
import tandem.samples.internal.SpringPromotion;

/**
 * The example plans: Meadowlark Mobile, a mobile network, gets ready for spring 2027. Marketing plans the Spring
 * Upgrade (email blast, mail drop, TV spot, outbound wave), an earbuds giveaway and an Easter flash sale; customer
 * service has its contact-center setup, a year of half-hourly staffing plans per queue, a training plan, an IVR
 * script, its service goals, the roster of its agents with the schedule of the peak week, and the contact
 * history of the year before (with last spring's promotion in it).
 * <p>
 * The plans are realistic and mostly right, with a few deliberate problems for the checks to find: a promotion
 * customer service heard about three days before it starts, a giveaway with too few earbuds, an IVR menu that
 * hangs up on callers it does not understand, training that ends after a launch, a goal without a deadline and a
 * week without enough agents for a TV spot. {@code README.md} in the folder tells the story.
 * <p>
 * The output is the same every time (fixed dates in spring 2027, fixed ids, seeded noise), so tests can name the
 * exact findings.
 */
public final class SamplePlans {

    /** The name the workbench gives the example project. */
    public static final String DEFAULT_PROJECT_NAME = "Spring Promotion Example";

    public static final String SETUP_FILE = "meadowlark.center";
    public static final String CALENDAR_FILE = "spring-2027.campaigns";
    public static final String TRAINING_FILE = "spring-2027.training";
    public static final String IVR_FILE = "main-line.ivr";
    public static final String GOALS_FILE = "service-goals-2027.goals";
    /** The agents of the three teams, and the schedule of the spring promotion's peak week. */
    public static final String ROSTER_FILE = "meadowlark.roster";
    public static final List<String> STAFFING_FILES = List.of("sales-2027.staffing", "general-2027.staffing",
            "technical-support-2027.staffing", "billing-2027.staffing");
    /** The year of contact history before the story, per queue and half hour. */
    public static final String HISTORY_FILE = "meadowlark-2026.history";
    public static final String README_FILE = "README.md";
    /** The example's check settings: the checks run {@link #AS_OF as of} the day the story is told. */
    public static final String SETTINGS_FILE = CheckSettings.FILE_NAME;

    /**
     * The day the story is told: spring planning is under way, the campaigns are weeks away. Checks that depend on
     * today (deadlines in the future, for example) see the example as intended on this day.
     */
    public static final LocalDate AS_OF = LocalDate.of(2027, 2, 15);

    private SamplePlans() {
    }

    /**
     * The folder inside this bundle that holds the example as files, {@link #build() built} from this code when the
     * example changed and checked against it by the tests (the bundle's {@code example/} folder).
     */
    public static final String SHIPPED_FOLDER = "example";

    /**
     * Writes the example plans, {@value #README_FILE} and the check settings into the folder (created if needed),
     * replacing files of the same names. They are copied from the files this bundle ships ({@value #SHIPPED_FOLDER}/),
     * which are what {@link #build()} writes, byte for byte; only where those are missing are the plans built.
     * Copying takes a few milliseconds where building takes about a second, which the first start of the workbench
     * would otherwise spend before showing the example.
     *
     * @return the files written, plan files first, in a stable order
     * @throws IOException naming the file that could not be written
     */
    public static List<Path> writeTo(Path folder) throws IOException {
        Map<String, URL> shipped = shipped();
        if (shipped == null) {
            return build().writeTo(folder);
        }
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, URL> file : shipped.entrySet()) {
            Path target = folder.resolve(file.getKey());
            AtomicFiles.write(target, out -> {
                try (InputStream in = file.getValue().openStream()) {
                    in.transferTo(out);
                }
            });
            written.add(target);
        }
        return written;
    }

    /**
     * The shipped files of the example by name, in the order of {@link #fileNames()}, or {@code null} when any is
     * missing (a build of this bundle without them).
     */
    private static Map<String, URL> shipped() {
        Map<String, URL> files = new LinkedHashMap<>();
        for (String name : fileNames()) {
            URL url = shippedFile(name);
            if (url == null) {
                return null;
            }
            files.put(name, url);
        }
        return files;
    }

    /** The shipped file of the example of that name, or {@code null} when this bundle has none. */
    static URL shippedFile(String name) {
        return SamplePlans.class.getResource("/" + SHIPPED_FOLDER + "/" + name);
    }

    /**
     * Builds the example plans in memory from this code, to be written by {@link Example#writeTo(Path)}: how the
     * shipped files are made, and what the tests compare them with.
     */
    public static Example build() {
        return new Example(new SpringPromotion());
    }

    /** The example plans built in memory from the code, written once. */
    public static final class Example {
        private SpringPromotion promotion;

        private Example(SpringPromotion promotion) {
            this.promotion = promotion;
        }

        /**
         * Writes the plans, {@value SamplePlans#README_FILE} and the check settings into the folder, the same bytes
         * as {@link SamplePlans#writeTo(Path)} copies. The plans move into the written documents: an example is written
         * once.
         *
         * @return the files written, plan files first, in a stable order
         * @throws IOException naming the file that could not be written
         * @throws IllegalStateException when this example was written already
         */
        public synchronized List<Path> writeTo(Path folder) throws IOException {
            if (promotion == null) {
                throw new IllegalStateException("The example plans were written already; build them again");
            }
            SpringPromotion plans = promotion;
            promotion = null;
            return write(plans, folder);
        }
    }

    private static List<Path> write(SpringPromotion promotion, Path folder) throws IOException {
        Files.createDirectories(folder);
        ResourceSet set = PlanDocuments.createResourceSet();
        List<Resource> documents = new ArrayList<>();
        documents.add(document(set, folder, SETUP_FILE, promotion.setup()));
        documents.add(document(set, folder, CALENDAR_FILE, promotion.calendar()));
        for (int i = 0; i < STAFFING_FILES.size(); i++) {
            documents.add(document(set, folder, STAFFING_FILES.get(i), promotion.staffingPlans().get(i)));
        }
        documents.add(document(set, folder, TRAINING_FILE, promotion.training()));
        documents.add(document(set, folder, IVR_FILE, promotion.ivr()));
        documents.add(document(set, folder, GOALS_FILE, promotion.goals()));
        documents.add(document(set, folder, HISTORY_FILE, promotion.history()));
        documents.add(document(set, folder, ROSTER_FILE, promotion.roster()));

        List<Path> written = new ArrayList<>();
        for (Resource document : documents) {
            PlanDocuments.save(document);
            written.add(PlanDocuments.pathOf(document.getURI()));
        }
        Path readme = folder.resolve(README_FILE);
        byte[] text = promotion.readme().getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(readme, out -> out.write(text));
        written.add(readme);
        Path settings = folder.resolve(SETTINGS_FILE);
        byte[] asOf = ("# The example plans tell their story as of this day; remove the line to check them as of"
                + " today.\n" + CheckSettings.AS_OF + " = " + AS_OF + "\n").getBytes(StandardCharsets.ISO_8859_1);
        AtomicFiles.write(settings, out -> out.write(asOf));
        written.add(settings);
        return written;
    }

    /** The names of the files {@link #writeTo} writes, in the same order. */
    public static List<String> fileNames() {
        List<String> names = new ArrayList<>();
        names.add(SETUP_FILE);
        names.add(CALENDAR_FILE);
        names.addAll(STAFFING_FILES);
        names.add(TRAINING_FILE);
        names.add(IVR_FILE);
        names.add(GOALS_FILE);
        names.add(HISTORY_FILE);
        names.add(ROSTER_FILE);
        names.add(README_FILE);
        names.add(SETTINGS_FILE);
        return names;
    }

    private static Resource document(ResourceSet set, Path folder, String name, EObject root) {
        URI uri = URI.createFileURI(folder.resolve(name).toAbsolutePath().normalize().toString());
        Resource resource = set.createResource(uri);
        if (resource == null) {
            throw new IllegalStateException("no plan document type is installed for " + name);
        }
        resource.getContents().add(root);
        return resource;
    }
}
