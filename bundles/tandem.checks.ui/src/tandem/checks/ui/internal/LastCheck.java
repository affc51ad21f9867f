package tandem.checks.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

import tandem.checks.CheckDefinition;
import tandem.checks.CheckReport;
import tandem.checks.CheckSession;
import tandem.checks.CheckSettings;
import tandem.checks.ChecklistDefinition;
import tandem.checks.Checklists;
import tandem.checks.ui.CheckMarkers;

/**
 * What a check of a project depended on, recorded with the project (in its working location in the workspace's
 * metadata) after each check, so that a later session knows whether the markers it finds still hold: the plan files
 * with their modification stamps and times on disk, the settings, the contributed checks, the day the checks took as
 * today, how many markers the check left and the outcome of every check.
 */
final class LastCheck {

    private static final String FILE_NAME = "last-check.properties";
    private static final String MARKERS = "markers";
    private static final String OUTCOME = "outcome.";

    /** The inputs of a check, as recorded: everything but the markers and outcomes. */
    private final Map<String, String> inputs;
    private final LocalDate today;

    private LastCheck(Map<String, String> inputs, LocalDate today) {
        this.inputs = inputs;
        this.today = today;
    }

    /**
     * The inputs of a check of the project now.
     *
     * @param planFiles the project's plan files, in the order of {@code files}
     * @param files     what the session is given of them
     */
    static LastCheck of(IProject project, List<IFile> planFiles, List<CheckSession.PlanFile> files,
            CheckSettings settings, LocalDate today) {
        Map<String, String> inputs = new TreeMap<>();
        inputs.put("today", today.toString());
        settings.asMap().forEach((key, value) -> inputs.put("setting." + key, value));
        TreeSet<String> checks = new TreeSet<>();
        for (ChecklistDefinition checklist : Checklists.all()) {
            checklist.checks().stream().map(CheckDefinition::id).forEach(checks::add);
        }
        inputs.put("checks", String.join(",", checks));
        for (int i = 0; i < files.size(); i++) {
            CheckSession.PlanFile file = files.get(i);
            // Unsaved editor contents are gone in a later session: such a file never matches.
            inputs.put("file." + file.uri(), file.unsaved() != null ? "unsaved"
                    : file.stamp() + "/" + planFiles.get(i).getLocation().toFile().lastModified());
        }
        return new LastCheck(inputs, today);
    }

    LocalDate today() {
        return today;
    }

    /**
     * The report of the project's last recorded check, read back from its markers, when that check had these
     * inputs and its markers are all there; else {@code null}.
     */
    CheckReport restore(IProject project) {
        Properties recorded = read(project);
        if (recorded == null) {
            return null;
        }
        Map<String, String> recordedInputs = new TreeMap<>();
        Map<String, CheckReport.Outcome> outcomes = new HashMap<>();
        for (String key : recorded.stringPropertyNames()) {
            String value = recorded.getProperty(key);
            if (key.startsWith(OUTCOME)) {
                CheckReport.Outcome outcome = outcome(value);
                if (outcome == null) {
                    return null;
                }
                outcomes.put(key.substring(OUTCOME.length()), outcome);
            } else if (!key.equals(MARKERS)) {
                recordedInputs.put(key, value);
            }
        }
        try {
            if (!recordedInputs.equals(inputs)
                    || !String.valueOf(CheckMarkers.count(project)).equals(recorded.getProperty(MARKERS))) {
                return null;
            }
            return CheckMarkers.reportOf(project, outcomes);
        } catch (CoreException e) {
            return null;
        }
    }

    /** Records these inputs with the report of the check made from them and the markers it left. */
    void record(IProject project, CheckReport report) throws CoreException {
        Properties values = new Properties();
        values.putAll(inputs);
        report.outcomes().forEach((id, outcome) -> values.put(OUTCOME + id, outcome.name()));
        values.put(MARKERS, String.valueOf(CheckMarkers.count(project)));
        Path file = file(project);
        try {
            Path written = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp");
            try (OutputStream out = Files.newOutputStream(written)) {
                values.store(out, "The last check of the project's plans");
            }
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // The next session checks the project again.
            ILog.of(LastCheck.class).log(new Status(IStatus.WARNING, "tandem.checks.ui",
                    "Could not record the check of " + project.getName() + " in " + file + ": " + e.getMessage()));
        }
    }

    private static Properties read(IProject project) {
        Path file = file(project);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Properties values = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            values.load(in);
            return values;
        } catch (IOException | IllegalArgumentException e) {
            return null; // unreadable: check again
        }
    }

    private static CheckReport.Outcome outcome(String name) {
        return EnumSet.allOf(CheckReport.Outcome.class).stream().filter(o -> o.name().equals(name)).findFirst()
                .orElse(null);
    }

    private static Path file(IProject project) {
        return project.getWorkingLocation("tandem.checks.ui").append(FILE_NAME).toFile().toPath();
    }
}
