package tandem.core.ui.internal.preferences;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;

import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import tandem.core.ui.preferences.TandemPreferences;

/** Window &gt; Preferences &gt; Tandem: how numbers and weeks are shown. */
public class TandemPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public TandemPreferencePage() {
        super(GRID);
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(new ScopedPreferenceStore(org.eclipse.core.runtime.preferences.InstanceScope.INSTANCE,
                TandemPreferences.QUALIFIER));
        setDescription("How plans are shown. The pages below set the checks and the defaults of new plans.");
    }

    @Override
    protected void createFieldEditors() {
        addField(new BooleanFieldEditor(TandemPreferences.PERCENT_DISPLAY,
                "Show service levels, shrinkage and rates as percentages (80%, not 0.8)", getFieldEditorParent()));
        String[][] days = new String[DayOfWeek.values().length][];
        for (DayOfWeek day : DayOfWeek.values()) {
            days[day.ordinal()] = new String[] { day.getDisplayName(TextStyle.FULL, Locale.getDefault()),
                    day.name() };
        }
        addField(new ComboFieldEditor(TandemPreferences.WEEK_START, "Weeks start on:", days,
                getFieldEditorParent()));
    }
}
