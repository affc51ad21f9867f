package tandem.core.ui.preferences;

import java.time.DayOfWeek;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;

/**
 * The workbench-wide Tandem preferences (node {@value #QUALIFIER}), set on the pages under Window &gt; Preferences
 * &gt; Tandem: how numbers are shown, the first day of the week, and the defaults of new plans. Read them here;
 * nothing is cached, so a change applies the next time a value is read.
 */
public final class TandemPreferences {

    /** The preference node. */
    public static final String QUALIFIER = "tandem.core.ui";

    /** Boolean: shares (service level, shrinkage, rates) are shown and typed as percentages ("80%"), not 0.8. */
    public static final String PERCENT_DISPLAY = "percentDisplay";
    /** The first day of the week in calendars and week views, a {@link DayOfWeek} name ("MONDAY"). */
    public static final String WEEK_START = "weekStart";
    /** New staffing plans: interval length in minutes (15, 30 or 60). */
    public static final String NEW_PLAN_INTERVAL = "newPlan.intervalMinutes";
    /** New staffing plans: the service level target, percent (80). */
    public static final String NEW_PLAN_SERVICE_LEVEL = "newPlan.serviceLevelPercent";
    /** New staffing plans: answered within, seconds (20). */
    public static final String NEW_PLAN_ANSWER_WITHIN = "newPlan.answerWithinSeconds";
    /** New staffing plans: average handle time, seconds (300). */
    public static final String NEW_PLAN_AHT = "newPlan.ahtSeconds";
    /** New staffing plans: average patience before hanging up, seconds (90). */
    public static final String NEW_PLAN_PATIENCE = "newPlan.patienceSeconds";
    /** New staffing plans: shrinkage, percent (30). */
    public static final String NEW_PLAN_SHRINKAGE = "newPlan.shrinkagePercent";

    private TandemPreferences() {
    }

    /** Writes the defaults into the default scope (called by the preference initializer). */
    public static void initializeDefaults() {
        IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(QUALIFIER);
        defaults.putBoolean(PERCENT_DISPLAY, true);
        defaults.put(WEEK_START, DayOfWeek.MONDAY.name());
        defaults.putInt(NEW_PLAN_INTERVAL, 30);
        defaults.putDouble(NEW_PLAN_SERVICE_LEVEL, 80);
        defaults.putDouble(NEW_PLAN_ANSWER_WITHIN, 20);
        defaults.putDouble(NEW_PLAN_AHT, 300);
        defaults.putDouble(NEW_PLAN_PATIENCE, 90);
        defaults.putDouble(NEW_PLAN_SHRINKAGE, 30);
    }

    /** Whether shares are shown as percentages. */
    public static boolean percentDisplay() {
        return Platform.getPreferencesService().getBoolean(QUALIFIER, PERCENT_DISPLAY, true, null);
    }

    /** The first day of the week. */
    public static DayOfWeek weekStart() {
        String name = Platform.getPreferencesService().getString(QUALIFIER, WEEK_START, DayOfWeek.MONDAY.name(),
                null);
        try {
            return DayOfWeek.valueOf(name);
        } catch (IllegalArgumentException e) {
            return DayOfWeek.MONDAY;
        }
    }

    /** A number preference, e.g. {@link #NEW_PLAN_SHRINKAGE}. */
    public static double number(String key, double fallback) {
        return Platform.getPreferencesService().getDouble(QUALIFIER, key, fallback, null);
    }

    /** The node the preference pages write to. */
    public static IEclipsePreferences instance() {
        return InstanceScope.INSTANCE.getNode(QUALIFIER);
    }
}
