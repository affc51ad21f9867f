package tandem.campaign.ui.internal.editor;

import java.time.LocalDate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import tandem.campaign.ui.internal.timeline.Timeline;
import tandem.campaign.ui.internal.timeline.TimelineCanvas;

/** All campaigns on one timeline, with the extra contacts they bring per day and week. */
public final class TimelinePage extends FormPage {

    public static final String ID = "timeline";

    private final CampaignEditor editor;
    private TimelineCanvas canvas;
    private Runnable stopListening;

    TimelinePage(CampaignEditor editor) {
        super(editor, ID, "Timeline");
        this.editor = editor;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        FormToolkit toolkit = managedForm.getToolkit();
        ScrolledForm form = managedForm.getForm();
        form.setText("Timeline");
        toolkit.decorateFormHeading(form.getForm());
        Composite body = form.getBody();
        body.setLayout(new GridLayout(1, false));
        toolkit.createLabel(body, "Campaigns as bars with their drops as diamonds; below, the extra contacts they are"
                + " expected to bring per day, with each week's total. Darker weeks are busier. Hover for details.",
                SWT.WRAP).setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        canvas = new TimelineCanvas(body);
        canvas.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        update();
        stopListening = editor.onModelChange(this::update);
    }

    /** Recomputes the timeline from the calendar and repaints it. */
    private void update() {
        if (canvas == null || canvas.isDisposed()) {
            return;
        }
        canvas.setTimeline(Timeline.of(editor.getCalendar().getCampaigns(), LocalDate.now()));
        ProblemHeading.show(getManagedForm().getForm(), editor);
        getManagedForm().getForm().reflow(true);
    }

    public TimelineCanvas getCanvas() {
        return canvas;
    }

    @Override
    public void dispose() {
        if (stopListening != null) {
            stopListening.run();
        }
        super.dispose();
    }
}
