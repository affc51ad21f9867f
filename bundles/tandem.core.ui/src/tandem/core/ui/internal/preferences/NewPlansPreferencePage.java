package tandem.core.ui.internal.preferences;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import tandem.core.ui.preferences.TandemPreferences;

/** Window &gt; Preferences &gt; Tandem &gt; New Plans: what the New Staffing Plan wizard proposes. */
public class NewPlansPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public NewPlansPreferencePage() {
        super(GRID);
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, TandemPreferences.QUALIFIER));
        setDescription("What the New Staffing Plan wizard proposes. The defaults pass the checks.");
    }

    @Override
    protected void createFieldEditors() {
        addField(new ComboFieldEditor(TandemPreferences.NEW_PLAN_INTERVAL, "Interval:", new String[][] {
                { "15 minutes", "15" }, { "30 minutes", "30" }, { "60 minutes", "60" } }, getFieldEditorParent()));
        addField(number(TandemPreferences.NEW_PLAN_SERVICE_LEVEL, "Service level target (%):", 1, 100));
        addField(number(TandemPreferences.NEW_PLAN_ANSWER_WITHIN, "Answered within (seconds):", 1, 3600));
        addField(number(TandemPreferences.NEW_PLAN_AHT, "Average handle time (seconds):", 1, 36_000));
        addField(number(TandemPreferences.NEW_PLAN_PATIENCE, "Average patience (seconds):", 1, 36_000));
        addField(number(TandemPreferences.NEW_PLAN_SHRINKAGE, "Shrinkage (%):", 1, 60));
    }

    private StringFieldEditor number(String key, String label, double least, double most) {
        StringFieldEditor field = new StringFieldEditor(key, label, 8, getFieldEditorParent()) {
            @Override
            protected boolean doCheckState() {
                try {
                    double value = Double.parseDouble(getStringValue().trim().replace("%", "").trim());
                    return value >= least && value <= most;
                } catch (NumberFormatException e) {
                    return false;
                }
            }
        };
        field.setErrorMessage(label.replace(":", "") + " must be a number from " + (long) least + " to " + (long) most);
        return field;
    }
}
