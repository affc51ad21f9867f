package tandem.goals.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;

import tandem.core.model.Channel;
import tandem.core.model.CorePackage;
import tandem.core.ui.forms.ChoiceField;
import tandem.core.ui.forms.FeatureChecklist;
import tandem.core.ui.forms.FeatureField;
import tandem.core.ui.forms.FeatureTable;
import tandem.core.ui.forms.TextArea;
import tandem.goals.model.Direction;
import tandem.goals.model.Goal;
import tandem.goals.model.GoalsPackage.Literals;
import tandem.goals.model.Metric;
import tandem.goals.model.Reading;
import tandem.goals.model.progress.GoalProgress;
import tandem.goals.model.smart.Criterion;
import tandem.goals.model.smart.Metrics;

/**
 * The goals of the set as a list, and the selected goal as a form beside its live SMART verdicts, its scope and its
 * progress chart.
 */
public final class GoalsPage extends FormPage {

    public static final String ID = "goals";

    private final GoalsEditor editor;
    private Runnable stopRefreshing;
    private final List<Consumer<EObject>> goalBindings = new ArrayList<>();
    private FeatureTable goals;
    private SmartIndicator smart;
    private ProgressChart chart;
    private Label progress;
    private final List<FeatureChecklist> checklists = new ArrayList<>();

    GoalsPage(GoalsEditor editor) {
        super(editor, ID, "Goals");
        this.editor = editor;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        FormToolkit toolkit = managedForm.getToolkit();
        ScrolledForm form = managedForm.getForm();
        form.setText("Service Goals");
        toolkit.decorateFormHeading(form.getForm());
        Composite body = form.getBody();
        body.setLayout(new GridLayout(2, true));

        goals = new FeatureTable(editor, toolkit, body, "Goals",
                "Each goal names a metric, a baseline, a target, a deadline and an owner. Select one to edit it.",
                Literals.GOAL_SET__GOALS, Literals.GOAL)
                .column("Name", CorePackage.Literals.NAMED_ELEMENT__NAME, 30)
                .column("Metric", Literals.GOAL__METRIC, 25)
                .column("Deadline", Literals.GOAL__DEADLINE, 20)
                .column("Owner", Literals.GOAL__OWNER, 25)
                .initializeNewWith(e -> {
                    ((Goal) e).setName("New goal");
                    ((Goal) e).setDirection(Direction.RAISE);
                });
        goals.setOwner(editor.getGoalSet());
        goals.getSection().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false, 2, 1));

        createGoalForm(toolkit, body);
        Section smartSection = section(toolkit, body, "SMART",
                "Checked as you type: what each criterion needs, or why the goal meets it.");
        Composite smartClient = toolkit.createComposite(smartSection);
        smartClient.setLayout(new GridLayout(1, false));
        smart = new SmartIndicator(toolkit, smartClient);
        smartSection.setClient(smartClient);
        smartSection.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));

        createScope(toolkit, body);
        createProgress(toolkit, body);

        goals.getViewer().addSelectionChangedListener(e -> {
            Object selected = e.getStructuredSelection().size() == 1 ? e.getStructuredSelection().getFirstElement()
                    : null;
            showGoal(selected instanceof Goal goal ? goal : null);
        });
        showGoal(null);
        if (!editor.getGoalSet().getGoals().isEmpty()) {
            goals.getViewer().setSelection(new StructuredSelection(editor.getGoalSet().getGoals().get(0)));
        }
        stopRefreshing = editor.onModelChange(this::refresh);
    }

    private void createGoalForm(FormToolkit toolkit, Composite body) {
        Section section = section(toolkit, body, "Goal",
                "The statement says what changes; the fields below make it measurable and time-bound.");
        section.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false, 1, 2));
        Composite fields = toolkit.createComposite(section);
        fields.setLayout(new GridLayout(2, false));
        field(new FeatureField(editor, toolkit, fields, "Name:", CorePackage.Literals.NAMED_ELEMENT__NAME));
        area(new TextArea(editor, toolkit, fields, "Statement:", Literals.GOAL__STATEMENT, 3));
        choice(new ChoiceField(editor, toolkit, fields, "Metric:", Literals.GOAL__METRIC,
                literal -> Metrics.displayName((Metric) literal)));
        field(new FeatureField(editor, toolkit, fields, "Custom metric:", Literals.GOAL__CUSTOM_METRIC));
        field(new FeatureField(editor, toolkit, fields, "Unit:", Literals.GOAL__UNIT));
        choice(new ChoiceField(editor, toolkit, fields, "Direction:", Literals.GOAL__DIRECTION,
                Enumerator::getLiteral));
        field(new FeatureField(editor, toolkit, fields, "Baseline:", Literals.GOAL__BASELINE));
        field(new FeatureField(editor, toolkit, fields, "Baseline date:", Literals.GOAL__BASELINE_DATE));
        field(new FeatureField(editor, toolkit, fields, "Baseline source:", Literals.GOAL__BASELINE_SOURCE));
        field(new FeatureField(editor, toolkit, fields, "Target:", Literals.GOAL__TARGET));
        field(new FeatureField(editor, toolkit, fields, "Start date:", Literals.GOAL__START_DATE));
        field(new FeatureField(editor, toolkit, fields, "Deadline:", Literals.GOAL__DEADLINE));
        field(new FeatureField(editor, toolkit, fields, "Owner:", Literals.GOAL__OWNER));
        field(new FeatureField(editor, toolkit, fields, "Measured by:", Literals.GOAL__MEASUREMENT_SOURCE));
        choice(new ChoiceField(editor, toolkit, fields, "Frequency:", Literals.GOAL__MEASUREMENT_FREQUENCY,
                Enumerator::getLiteral));
        area(new TextArea(editor, toolkit, fields, "Service definition:", Literals.GOAL__SERVICE_DEFINITION, 2));
        field(new FeatureField(editor, toolkit, fields, "Reward:", Literals.GOAL__REWARD));
        choice(new ChoiceField(editor, toolkit, fields, "Reward scope:", Literals.GOAL__REWARD_SCOPE,
                Enumerator::getLiteral));
        toolkit.paintBordersFor(fields);
        section.setClient(fields);
    }

    private void createScope(FormToolkit toolkit, Composite body) {
        Section section = section(toolkit, body, "Scope and relevance",
                "The queues, channels and campaigns the goal covers; marketing and service share goals through"
                        + " campaigns.");
        section.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
        Composite lists = toolkit.createComposite(section);
        lists.setLayout(new GridLayout(3, true));
        checklists.add(new FeatureChecklist(editor, toolkit, lists, "Queues", "From the contact-center setup.",
                Literals.GOAL__QUEUES, () -> List.copyOf(editor.availableQueues())));
        checklists.add(new FeatureChecklist(editor, toolkit, lists, "Channels", "Where customers reach us.",
                Literals.GOAL__CHANNELS, () -> Channel.VALUES));
        checklists.add(new FeatureChecklist(editor, toolkit, lists, "Campaigns", "From the campaign calendars.",
                Literals.GOAL__CAMPAIGNS, () -> List.copyOf(editor.availableCampaigns())));
        for (FeatureChecklist checklist : checklists) {
            checklist.getSection().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            goalBindings.add(checklist::setOwner);
        }
        section.setClient(lists);
    }

    private void createProgress(FormToolkit toolkit, Composite body) {
        FeatureTable readings = new FeatureTable(editor, toolkit, body, "Readings",
                "The metric as measured; select a reading to edit its value below.", Literals.GOAL__READINGS,
                Literals.READING)
                .column("Date", Literals.READING__DATE, 50)
                .column("Value", Literals.READING__VALUE, 50);
        readings.getSection().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
        goalBindings.add(readings::setOwner);

        Section section = section(toolkit, body, "Progress",
                "Readings (blue) against the target (red) and the baseline (grey); the trend (green) runs on to the"
                        + " deadline.");
        section.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
        Composite client = toolkit.createComposite(section);
        client.setLayout(new GridLayout(4, false));
        FeatureField date = new FeatureField(editor, toolkit, client, "Reading date:", Literals.READING__DATE);
        FeatureField value = new FeatureField(editor, toolkit, client, "Reading value:", Literals.READING__VALUE);
        readings.getViewer().addSelectionChangedListener(e -> {
            Object selected = e.getStructuredSelection().getFirstElement();
            date.setOwner(selected instanceof Reading r ? r : null);
            value.setOwner(selected instanceof Reading r ? r : null);
        });
        date.setOwner(null);
        value.setOwner(null);
        chart = new ProgressChart(client);
        GridData chartData = new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1);
        chartData.heightHint = 340;
        chartData.widthHint = 480;
        chart.getControl().setLayoutData(chartData);
        progress = toolkit.createLabel(client, "", SWT.WRAP);
        GridData progressData = new GridData(SWT.FILL, SWT.TOP, true, false, 4, 1);
        progressData.widthHint = 360;
        progress.setLayoutData(progressData);
        progress.setData("name", "Progress");
        toolkit.paintBordersFor(client);
        section.setClient(client);
    }

    private static Section section(FormToolkit toolkit, Composite body, String title, String description) {
        Section section = toolkit.createSection(body, Section.TITLE_BAR | Section.DESCRIPTION | Section.EXPANDED);
        section.setText(title);
        section.setDescription(description);
        return section;
    }

    private void field(FeatureField field) {
        goalBindings.add(field::setOwner);
    }

    private void area(TextArea area) {
        goalBindings.add(area::setOwner);
    }

    private void choice(ChoiceField choice) {
        goalBindings.add(choice::setOwner);
    }

    private Goal selectedGoal() {
        Object selected = goals.getViewer().getStructuredSelection().getFirstElement();
        return selected instanceof Goal goal && goal.eContainer() != null ? goal : null;
    }

    private void showGoal(Goal goal) {
        goalBindings.forEach(binding -> binding.accept(goal));
        refresh();
    }

    /** Recomputes what derives from the selected goal: SMART verdicts, chart and progress. */
    private void refresh() {
        if (progress == null || progress.isDisposed()) {
            return;
        }
        Goal goal = selectedGoal();
        smart.show(goal, editor.today());
        checklists.forEach(FeatureChecklist::refresh);
        chart.show(goal);
        progress.setText(goal == null ? "" : GoalProgress.summary(goal));
        progress.getParent().layout(true, true);
    }

    /** The SMART line of a criterion, for tests. */
    public Label smartLine(Criterion criterion) {
        return smart.reasonOf(criterion);
    }

    /** The readings the chart plots, for tests. */
    public int chartedReadings() {
        return chart.plottedReadings().size();
    }

    /** The readings as the chart holds them, "date value" each in date order, for tests. */
    public List<String> chartedPoints() {
        return chart.chartedPoints().stream().map(p -> p[0] + " " + p[1]).toList();
    }

    /** The tooltip of the chart's reading, for tests. */
    public String chartTooltip(int reading) {
        return chart.tooltip(reading);
    }

    /** The chart's widget, for tests. */
    public org.eclipse.swt.widgets.Control chartControl() {
        return chart.getControl();
    }

    /** The target the chart draws its line at, for tests. */
    public Double chartedTarget() {
        return chart.targetLine().orElse(null);
    }

    @Override
    public void dispose() {
        if (stopRefreshing != null) {
            stopRefreshing.run();
        }
        super.dispose();
    }
}
