package tandem.staffing.ui.internal;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import tandem.forecast.ForecastException;
import tandem.forecast.QueueForecast;
import tandem.history.model.ContactHistory;
import tandem.staffing.model.StaffingPlan;

/**
 * Forecast...: shows the history it learns from (a contact history of the plan's project), the method (automatic by
 * default), the range (the plan's dates) and the backtest accuracy before anything changes; "Fill Baseline" then
 * sets every interval's baseline and bounds as one command, undone by one Undo.
 */
final class ForecastDialog extends Dialog {

    static final String TITLE = "Forecast Baseline";
    /** The width the result wraps to, in pixels. */
    private static final int RESULT_WIDTH = 460;

    private final StaffingEditor editor;
    private final List<ContactHistory> histories;
    private Combo historyChoice;
    private Combo methodChoice;
    private Label result;
    private QueueForecast forecast;

    ForecastDialog(Shell parent, StaffingEditor editor) {
        super(parent);
        this.editor = editor;
        this.histories = BaselineForecast.histories(editor);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        StaffingPlan plan = editor.getPlan();
        new Label(area, SWT.NONE).setText("History:");
        historyChoice = new Combo(area, SWT.READ_ONLY);
        historyChoice.setData("name", "History");
        histories.forEach(h -> historyChoice.add(BaselineForecast.name(h)));
        historyChoice.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(area, SWT.NONE).setText("Method:");
        methodChoice = new Combo(area, SWT.READ_ONLY);
        methodChoice.setData("name", "Method");
        BaselineForecast.METHODS.forEach(methodChoice::add);
        methodChoice.select(0);
        new Label(area, SWT.NONE).setText("Range:");
        Label range = new Label(area, SWT.NONE);
        range.setText(plan.getStartDate() + " to " + plan.getEndDate() + ", " + plan.getIntervals().size()
                + " intervals of " + plan.getIntervalMinutes() + " minutes");
        result = new Label(area, SWT.WRAP);
        result.setData("name", "Result");
        GridData resultData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        resultData.widthHint = RESULT_WIDTH;
        result.setLayoutData(resultData);
        if (histories.isEmpty()) {
            result.setText("The project has no contact history (.history): import your ACD export with tandem-cli "
                    + "import first.");
        } else {
            historyChoice.select(0);
        }
        historyChoice.addListener(SWT.Selection, e -> compute());
        methodChoice.addListener(SWT.Selection, e -> compute());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Fill Baseline", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        compute();
    }

    /** Forecasts with the history and method chosen; the result or the reason shows, OK only with a forecast. */
    private void compute() {
        forecast = null;
        if (!histories.isEmpty() && historyChoice.getSelectionIndex() >= 0) {
            try {
                forecast = BaselineForecast.forecast(editor.getPlan(),
                        histories.get(historyChoice.getSelectionIndex()), methodChoice.getText());
                result.setText(BaselineForecast.describe(forecast));
            } catch (ForecastException | RuntimeException e) {
                result.setText("Cannot forecast: " + e.getMessage());
            }
        }
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(forecast != null);
        }
        fitResult();
    }

    /**
     * Gives the result the lines its text wraps to (a fixed height cut the last line, the number of contacts, off
     * the dialog), and grows an open dialog to match when another method or history gives a longer text.
     */
    private void fitResult() {
        ((GridData) result.getLayoutData()).heightHint = result.computeSize(RESULT_WIDTH, SWT.DEFAULT).y;
        Shell shell = getShell();
        if (shell != null && shell.isVisible()) {
            org.eclipse.swt.graphics.Point wanted = shell.computeSize(shell.getSize().x, SWT.DEFAULT);
            if (wanted.y > shell.getSize().y) {
                shell.setSize(shell.getSize().x, wanted.y);
            }
            shell.layout(true, true);
        }
    }

    /** The forecast the dialog shows, or null. */
    QueueForecast forecast() {
        return forecast;
    }

    @Override
    protected void okPressed() {
        try {
            Command command = BaselineForecast.command(editor, forecast);
            editor.getEditingDomain().getCommandStack().execute(command);
        } catch (ForecastException e) {
            result.setText("Cannot fill the baseline: " + e.getMessage());
            return;
        }
        super.okPressed();
    }
}
