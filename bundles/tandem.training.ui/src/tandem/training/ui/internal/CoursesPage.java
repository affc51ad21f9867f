package tandem.training.ui.internal;

import java.time.LocalTime;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;

import tandem.campaign.model.Campaign;
import tandem.core.model.CorePackage;
import tandem.core.ui.forms.FeatureChecklist;
import tandem.core.ui.forms.FeatureField;
import tandem.core.ui.forms.FeatureTable;
import tandem.training.model.Audience;
import tandem.training.model.CompletionStatus;
import tandem.training.model.Course;
import tandem.training.model.Delivery;
import tandem.training.model.Session;
import tandem.training.model.TrainingPackage.Literals;
import tandem.training.model.TrainingPlan;
import tandem.training.model.readiness.CampaignReadiness;
import tandem.training.model.readiness.CapacityShortfall;
import tandem.training.model.readiness.Sessions;
import tandem.training.model.readiness.TrainingReadiness;

/**
 * The first page: the readiness of the agents for each campaign, then the courses, and for the selected course its
 * sessions, audiences, campaigns and knowledge items.
 */
public final class CoursesPage extends FormPage {

    public static final String ID = "courses";

    private final TrainingPlanEditor editor;
    private Runnable stopRefreshing;
    private TableViewer readiness;
    private FeatureTable courses;
    private Label seats;
    private FeatureChecklist campaigns;
    private FeatureChecklist teaches;

    CoursesPage(TrainingPlanEditor editor) {
        super(editor, ID, "Courses");
        this.editor = editor;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        TrainingPlan plan = editor.getTrainingPlan();
        FormToolkit toolkit = managedForm.getToolkit();
        ScrolledForm form = managedForm.getForm();
        form.setText("Training Plan");
        toolkit.decorateFormHeading(form.getForm());
        Composite body = form.getBody();
        body.setLayout(new GridLayout(2, true));

        createReadiness(toolkit, body);

        courses = new FeatureTable(editor, toolkit, body, "Courses",
                "What agents learn, how it is delivered and how long it takes one agent (minutes).",
                Literals.TRAINING_PLAN__COURSES, Literals.COURSE)
                .column("Title", CorePackage.Literals.NAMED_ELEMENT__NAME, 30)
                .column("Delivery", Literals.COURSE__DELIVERY, 15)
                .column("Duration (min)", Literals.COURSE__DURATION_MINUTES, 15)
                .column("Objective", Literals.COURSE__OBJECTIVE, 40)
                .initializeNewWith(e -> {
                    ((Course) e).setName("New course");
                    ((Course) e).setDelivery(Delivery.CLASSROOM);
                    ((Course) e).setDurationMinutes(60);
                });
        courses.setOwner(plan);
        courses.getSection().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));

        FeatureTable sessions = new FeatureTable(editor, toolkit, body, "Sessions",
                "When the selected course runs and how many agents each session seats. A session kept for one"
                        + " audience seats only its agents; open sessions seat the audiences in their order."
                        + " Select a session to edit it below.",
                Literals.COURSE__SESSIONS, Literals.SESSION)
                .column("Date", Literals.SESSION__DATE, 15)
                .column("Start", Literals.SESSION__START_TIME, 10)
                .column("Length (min)", Literals.SESSION__LENGTH_MINUTES, 12)
                .column("Trainer", Literals.SESSION__TRAINER, 20)
                .column("Capacity", Literals.SESSION__CAPACITY, 10)
                .column("Kept for", Literals.SESSION__AUDIENCE, 33)
                .initializeNewWith(e -> {
                    Session session = (Session) e;
                    session.setCapacity(12);
                    session.setStartTime(LocalTime.of(9, 0));
                    if (courses.getViewer().getStructuredSelection().getFirstElement() instanceof Course course) {
                        session.setLengthMinutes(course.getDurationMinutes());
                    }
                });
        sessions.getSection().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        Composite sessionFields = detailRow(toolkit, body, 5);
        List<FeatureField> sessionDetail = List.of(
                new FeatureField(editor, toolkit, sessionFields, "Date:", Literals.SESSION__DATE),
                new FeatureField(editor, toolkit, sessionFields, "Start:", Literals.SESSION__START_TIME),
                new FeatureField(editor, toolkit, sessionFields, "Length (min):", Literals.SESSION__LENGTH_MINUTES),
                new FeatureField(editor, toolkit, sessionFields, "Trainer:", Literals.SESSION__TRAINER),
                new FeatureField(editor, toolkit, sessionFields, "Capacity:", Literals.SESSION__CAPACITY));
        bindToSelection(sessions, sessionDetail);
        seats = toolkit.createLabel(body, "", SWT.WRAP);
        seats.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        seats.setData("name", "Seats");

        FeatureTable audiences = new FeatureTable(editor, toolkit, body, "Audiences",
                "The queues and teams to train, and how far their training has got.",
                Literals.COURSE__AUDIENCES, Literals.AUDIENCE)
                .column("Queue", Literals.AUDIENCE__QUEUE, 22)
                .column("Team", Literals.AUDIENCE__TEAM, 22)
                .column("Headcount", Literals.AUDIENCE__HEADCOUNT, 12)
                .column("Status", Literals.AUDIENCE__STATUS, 14)
                .column("Completed", Literals.AUDIENCE__COMPLETED_COUNT, 12)
                .column("Completed on", Literals.AUDIENCE__COMPLETION_DATE, 18)
                .initializeNewWith(e -> ((Audience) e).setStatus(CompletionStatus.PLANNED));
        audiences.getSection().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        Composite audienceFields = detailRow(toolkit, body, 3);
        List<FeatureField> audienceDetail = List.of(
                new FeatureField(editor, toolkit, audienceFields, "Headcount:", Literals.AUDIENCE__HEADCOUNT),
                new FeatureField(editor, toolkit, audienceFields, "Completed:", Literals.AUDIENCE__COMPLETED_COUNT),
                new FeatureField(editor, toolkit, audienceFields, "Completed on:",
                        Literals.AUDIENCE__COMPLETION_DATE));
        bindToSelection(audiences, audienceDetail);

        campaigns = new FeatureChecklist(editor, toolkit, body, "Prepares for campaigns",
                "The campaigns of the project's calendars the course prepares agents for.",
                Literals.COURSE__PREPARES_FOR, () -> List.copyOf(editor.availableCampaigns()));
        campaigns.getSection().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        teaches = new FeatureChecklist(editor, toolkit, body, "Teaches knowledge items",
                "The scripts, FAQs and job aids the course teaches (see the Knowledge page).",
                Literals.COURSE__TEACHES, () -> List.copyOf(plan.getKnowledgeItems()));
        teaches.getSection().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

        courses.getViewer().addSelectionChangedListener(e -> {
            Course course = e.getStructuredSelection().getFirstElement() instanceof Course c ? c : null;
            sessions.setOwner(course);
            audiences.setOwner(course);
            campaigns.setOwner(course);
            teaches.setOwner(course);
            refreshSeats();
        });
        sessions.setOwner(null);
        audiences.setOwner(null);
        campaigns.setOwner(null);
        teaches.setOwner(null);
        if (!plan.getCourses().isEmpty()) {
            courses.getViewer().setSelection(new StructuredSelection(plan.getCourses().get(0)));
        }
        stopRefreshing = editor.onModelChange(this::refreshDerived);
        refreshDerived();
    }

    /** A row of labelled fields under a table, for the element selected in it. */
    private static Composite detailRow(FormToolkit toolkit, Composite body, int fields) {
        Composite row = toolkit.createComposite(body);
        row.setLayout(new GridLayout(2 * fields, false));
        row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        toolkit.paintBordersFor(row);
        return row;
    }

    /** Shows the element selected in the table in the fields, or disables them when none is. */
    private static void bindToSelection(FeatureTable table, List<FeatureField> fields) {
        table.getViewer().addSelectionChangedListener(e -> {
            Object selected = e.getStructuredSelection().size() == 1 ? e.getStructuredSelection().getFirstElement()
                    : null;
            fields.forEach(f -> f.setOwner((EObject) selected));
        });
        fields.forEach(f -> f.setOwner(null));
    }

    private void createReadiness(FormToolkit toolkit, Composite body) {
        Section section = toolkit.createSection(body, Section.TITLE_BAR | Section.DESCRIPTION | Section.EXPANDED);
        section.setText("Readiness");
        section.setDescription("For each campaign a course prepares for: when its last agent will have been trained,"
                + " and whether that is before the campaign's first contact with customers.");
        section.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false, 2, 1));
        Composite holder = toolkit.createComposite(section);
        TableColumnLayout layout = new TableColumnLayout();
        holder.setLayout(layout);
        readiness = new TableViewer(holder, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        readiness.getTable().setHeaderVisible(true);
        readiness.getTable().setLinesVisible(true);
        readiness.getTable().setData("name", "Readiness");
        readiness.setContentProvider(ArrayContentProvider.getInstance());
        column(layout, "Campaign", 20, r -> r.campaign().getName());
        column(layout, "First contact", 12, r -> r.firstContact().map(Object::toString).orElse(""));
        column(layout, "Ready on", 12, r -> r.readyOn().map(Object::toString).orElse(""));
        column(layout, "Status", 56, CampaignReadiness::summary);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, false);
        data.heightHint = 80;
        holder.setLayoutData(data);
        section.setClient(holder);
    }

    private void column(TableColumnLayout layout, String header, int weight,
            Function<CampaignReadiness, String> text) {
        TableViewerColumn column = new TableViewerColumn(readiness, SWT.LEFT);
        column.getColumn().setText(header);
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((CampaignReadiness) element);
            }
        });
    }

    private void refreshDerived() {
        if (readiness == null || readiness.getControl().isDisposed()) {
            return;
        }
        TrainingPlan plan = editor.getTrainingPlan();
        List<CampaignReadiness> rows = TrainingReadiness.campaignsOf(plan).stream()
                .map((Campaign c) -> TrainingReadiness.of(plan, c)).toList();
        readiness.setInput(rows);
        campaigns.refresh();
        teaches.refresh();
        refreshSeats();
    }

    private void refreshSeats() {
        if (seats == null || seats.isDisposed()) {
            return;
        }
        Object selected = courses.getViewer().getStructuredSelection().getFirstElement();
        String text = "";
        if (selected instanceof Course course && course.eContainer() != null) {
            CapacityShortfall shortfall = CapacityShortfall.of(course);
            text = "Seats: " + shortfall.seatsScheduled() + " scheduled for " + shortfall.agentsToTrain()
                    + " agents to train; " + shortfall.describe() + ".";
            if (shortfall.sessionCapacity() > 0) {
                text += " At " + shortfall.sessionCapacity() + " a session, " + shortfall.agentsToTrain()
                        + " agents need " + Sessions.needed(shortfall.agentsToTrain(), shortfall.sessionCapacity())
                        + " sessions.";
            }
        }
        seats.setText(text);
        seats.getParent().layout(new Control[] { seats });
    }

    TableViewer getReadinessViewer() {
        return readiness;
    }

    FeatureTable getCourses() {
        return courses;
    }

    @Override
    public void dispose() {
        if (stopRefreshing != null) {
            stopRefreshing.run();
        }
        super.dispose();
    }
}
