package tandem.checks.ui.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

import tandem.checks.CheckSettings;

/**
 * Where the workbench keeps check settings: the planner's own preferences, overridden per project by a
 * {@value CheckSettings#FILE_NAME} file at the project root (kept in Git, so a team shares it).
 */
public final class CheckSettingsStore {

    static final String NODE = "tandem.checks";

    /** A system property naming the day checks treat as today, below the settings. */
    public static final String AS_OF_PROPERTY = "tandem.checks.asOf";

    private CheckSettingsStore() {
    }

    public static CheckSettings forProject(IProject project) {
        CheckSettings settings = CheckSettings.defaults().with(preferences());
        if (project != null && project.getLocation() != null) {
            try {
                settings = settings.withFile(project.getLocation().append(CheckSettings.FILE_NAME).toFile().toPath());
            } catch (IOException e) {
                ILog.of(CheckSettingsStore.class).log(new Status(IStatus.WARNING, "tandem.checks.ui", "Could not read "
                        + CheckSettings.FILE_NAME + " of " + project.getName() + ": " + e.getMessage(), e));
            }
        }
        return settings;
    }

    /**
     * The day the checks of a project treat as today: the settings' {@value CheckSettings#AS_OF} (the project's
     * file, else the planner's preference), else the system property {@value #AS_OF_PROPERTY} (for demonstrations
     * and tests of dated example plans), else today. A setting that is not a date is logged and ignored.
     */
    public static LocalDate today(CheckSettings settings, IProject project) {
        try {
            Optional<LocalDate> asOf = settings.asOf();
            if (asOf.isPresent()) {
                return asOf.get();
            }
        } catch (IllegalArgumentException e) {
            ILog.of(CheckSettingsStore.class).log(new Status(IStatus.WARNING, "tandem.checks.ui", "Checks of "
                    + (project == null ? "plans" : project.getName()) + " run as of today: " + e.getMessage()));
        }
        String property = System.getProperty(AS_OF_PROPERTY, "").trim();
        if (!property.isEmpty()) {
            try {
                return LocalDate.parse(property);
            } catch (DateTimeParseException e) {
                ILog.of(CheckSettingsStore.class).log(new Status(IStatus.WARNING, "tandem.checks.ui",
                        "-D" + AS_OF_PROPERTY + " must be a date such as 2027-02-15, not '" + property + "'"));
            }
        }
        return LocalDate.now();
    }

    /** The planner's own settings. */
    public static Map<String, String> preferences() {
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(NODE);
        Map<String, String> values = new HashMap<>();
        try {
            for (String key : node.keys()) {
                values.put(key, node.get(key, ""));
            }
        } catch (BackingStoreException e) {
            ILog.of(CheckSettingsStore.class).log(new Status(IStatus.WARNING, "tandem.checks.ui",
                    "Could not read the check preferences", e));
        }
        return values;
    }

    /** Replaces the planner's own settings. */
    public static void setPreferences(Map<String, String> values) throws BackingStoreException {
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(NODE);
        node.clear();
        values.forEach(node::put);
        node.flush();
    }
}
