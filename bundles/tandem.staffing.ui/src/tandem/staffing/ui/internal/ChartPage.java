package tandem.staffing.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

/** The chart page: required against scheduled heads for the day, week, month or season in view. */
final class ChartPage extends FormPage {

    static final String ID = "chart";

    private final StaffingEditor editor;
    private StaffingChart chart;
    private final Runnable refresh = () -> {
        if (chart != null) {
            chart.refresh();
        }
    };
    private final Runnable reset = () -> {
        if (chart != null) {
            chart.reset();
        }
    };

    ChartPage(StaffingEditor editor) {
        super(editor, ID, "Chart");
        this.editor = editor;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        FormToolkit toolkit = managedForm.getToolkit();
        ScrolledForm form = managedForm.getForm();
        form.setText("Required and Scheduled Heads");
        toolkit.decorateFormHeading(form.getForm());
        Composite body = form.getBody();
        body.setLayout(new GridLayout(1, false));
        new NavigationBar(toolkit, body, editor.getPeriod()).control()
                .setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        chart = new StaffingChart(editor, body);
        GridData chartData = new GridData(SWT.FILL, SWT.FILL, true, true);
        chartData.heightHint = 420;
        chartData.widthHint = 500;
        chart.control().setLayoutData(chartData);
        editor.addForecastListener(refresh);
        editor.getPeriod().addListener(reset);
        body.addListener(SWT.Dispose, e -> {
            editor.removeForecastListener(refresh);
            editor.getPeriod().removeListener(reset);
        });
    }

    StaffingChart getChart() {
        return chart;
    }
}
