package tandem.checks.ui.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.osgi.service.prefs.BackingStoreException;

import tandem.checks.CheckDefinition;
import tandem.checks.CheckSettings;
import tandem.checks.Checklists;
import tandem.checks.ParameterDefinition;

/**
 * Tandem &gt; Checks: turn checks on and off and set their parameters. A project can override these settings with a
 * {@value CheckSettings#FILE_NAME} file at its root.
 */
public class ChecksPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    private final Map<String, String> values = new HashMap<>();
    private CheckboxTableViewer checks;
    private Group parameters;
    private CheckDefinition selected;
    private Text asOf;

    @Override
    public void init(IWorkbench workbench) {
        values.putAll(CheckSettingsStore.preferences());
        setDescription("Checks that run on your plans. A project's " + CheckSettings.FILE_NAME
                + " file overrides these settings for everyone working on it.");
    }

    private static List<CheckDefinition> allChecks() {
        List<CheckDefinition> all = new ArrayList<>();
        Checklists.all().forEach(c -> all.addAll(c.checks()));
        return all;
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(1, false));
        Composite day = new Composite(body, SWT.NONE);
        day.setLayout(new GridLayout(2, false));
        day.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(day, SWT.NONE).setText("Check as of:");
        asOf = new Text(day, SWT.BORDER);
        asOf.setData("name", "Check as of");
        asOf.setMessage("today");
        asOf.setToolTipText("A day such as 2027-02-15 to check the plans as they will stand then; empty: today.");
        asOf.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        asOf.setText(values.getOrDefault(CheckSettings.AS_OF, ""));
        asOf.addModifyListener(e -> {
            String value = asOf.getText().trim();
            if (value.isEmpty()) {
                values.remove(CheckSettings.AS_OF);
            } else {
                values.put(CheckSettings.AS_OF, value);
            }
            validate();
        });
        checks = CheckboxTableViewer.newCheckList(body, SWT.BORDER | SWT.V_SCROLL | SWT.FULL_SELECTION);
        checks.getTable().setData("name", "Checks");
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
        tableData.heightHint = 240;
        checks.getTable().setLayoutData(tableData);
        checks.setContentProvider(ArrayContentProvider.getInstance());
        checks.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                CheckDefinition check = (CheckDefinition) element;
                return check.name() + "  [" + check.id() + "]";
            }
        });
        checks.setInput(allChecks());
        CheckSettings settings = CheckSettings.defaults().with(values);
        for (CheckDefinition check : allChecks()) {
            checks.setChecked(check, settings.isEnabled(check));
        }
        checks.addCheckStateListener(e -> {
            CheckDefinition check = (CheckDefinition) e.getElement();
            if (e.getChecked()) {
                values.remove(check.id() + ".enabled");
            } else {
                values.put(check.id() + ".enabled", "false");
            }
        });
        checks.addSelectionChangedListener(e -> showParameters(
                (CheckDefinition) e.getStructuredSelection().getFirstElement()));
        parameters = new Group(body, SWT.NONE);
        parameters.setText("Parameters");
        parameters.setLayout(new GridLayout(2, false));
        parameters.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        showParameters(null);
        return body;
    }

    private void showParameters(CheckDefinition check) {
        selected = check;
        for (Control child : parameters.getChildren()) {
            child.dispose();
        }
        if (check == null || check.parameters().isEmpty()) {
            new Label(parameters, SWT.NONE).setText(check == null ? "Select a check." : "This check has no parameters.");
        } else {
            for (ParameterDefinition parameter : check.parameters()) {
                new Label(parameters, SWT.NONE).setText(parameter.name() + ":");
                Text text = new Text(parameters, SWT.BORDER);
                text.setData("name", parameter.name());
                text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
                String key = check.id() + "." + parameter.id();
                text.setText(values.getOrDefault(key, parameter.defaultValue()));
                text.setToolTipText(parameter.description());
                text.addModifyListener(e -> {
                    String value = text.getText().trim();
                    if (!parameter.accepts(value)) {
                        setErrorMessage(parameter.name() + ": '" + value + "' is not a valid " + parameter.type());
                        setValid(false);
                        return;
                    }
                    if (value.equals(parameter.defaultValue())) {
                        values.remove(key);
                    } else {
                        values.put(key, value);
                    }
                    validate();
                });
            }
        }
        parameters.getParent().layout(true, true);
    }

    /** Valid unless the day to check as of is not a date. */
    private void validate() {
        try {
            CheckSettings.defaults().with(values).asOf();
            setErrorMessage(null);
            setValid(true);
        } catch (IllegalArgumentException e) {
            setErrorMessage("Check as of: '" + asOf.getText().trim() + "' is not a date such as 2027-02-15");
            setValid(false);
        }
    }

    @Override
    protected void performDefaults() {
        values.clear();
        asOf.setText("");
        for (CheckDefinition check : allChecks()) {
            checks.setChecked(check, true);
        }
        showParameters(selected);
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        try {
            CheckSettingsStore.setPreferences(values);
        } catch (BackingStoreException e) {
            setErrorMessage("Could not save the settings: " + e.getMessage());
            return false;
        }
        WorkspaceChecks.get().recheckAll();
        return true;
    }
}
