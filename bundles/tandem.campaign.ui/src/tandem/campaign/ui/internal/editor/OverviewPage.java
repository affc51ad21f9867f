package tandem.campaign.ui.internal.editor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.BasicEList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ListSelectionDialog;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.CampaignCalendar;
import tandem.campaign.model.CampaignFactory;
import tandem.campaign.model.CampaignPackage.Literals;
import tandem.campaign.model.Offer;
import tandem.campaign.model.OfferItem;
import tandem.campaign.model.SuccessMetrics;
import tandem.core.model.CorePackage;
import tandem.core.model.Queue;
import tandem.core.ui.forms.FeatureField;
import tandem.core.ui.forms.FeatureTable;

/**
 * The campaigns of the calendar (master) and the details of the selected one (details): dates, who was told when,
 * the queues that will take its contacts, its offer and how success is measured.
 */
public final class OverviewPage extends FormPage {

    public static final String ID = "overview";

    private final CampaignEditor editor;
    private final List<FeatureField> campaignFields = new ArrayList<>();
    private final List<FeatureField> offerFields = new ArrayList<>();
    private final List<FeatureField> metricsFields = new ArrayList<>();
    private FeatureTable campaigns;
    private FeatureTable offerItems;
    private Text queues;
    private Button chooseQueues;
    private Button addOffer;
    private Button addMetrics;
    private Campaign shown;
    private Offer shownOffer;
    private SuccessMetrics shownMetrics;
    private Runnable stopListening;

    OverviewPage(CampaignEditor editor) {
        super(editor, ID, "Overview");
        this.editor = editor;
    }

    /** The width, in pixels, from which the campaigns table and the campaign's fields stand side by side. */
    static final int SIDE_BY_SIDE_WIDTH = 1000;

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        CampaignCalendar calendar = editor.getCalendar();
        FormToolkit toolkit = managedForm.getToolkit();
        ScrolledForm form = managedForm.getForm();
        form.setText("Campaign Calendar");
        toolkit.decorateFormHeading(form.getForm());
        Composite body = form.getBody();
        body.setLayout(new GridLayout(2, true));

        Section general = section(toolkit, body, "Calendar",
                "Marketing's campaigns, so that customer service can prepare for the contacts they bring.");
        general.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        Composite generalFields = fields(toolkit, general);
        new FeatureField(editor, toolkit, generalFields, "Calendar name:", CorePackage.Literals.NAMED_ELEMENT__NAME)
                .setOwner(calendar);

        Composite left = column(toolkit, body);
        campaigns = new FeatureTable(editor, toolkit, left, "Campaigns",
                "Select a campaign to edit its details here and its drops on the Drops page.",
                Literals.CAMPAIGN_CALENDAR__CAMPAIGNS, Literals.CAMPAIGN)
                .column("Name", CorePackage.Literals.NAMED_ELEMENT__NAME, 40)
                .column("Code", Literals.CAMPAIGN__CAMPAIGN_CODE, 20)
                .initializeNewWith(e -> NewElements.initialize((Campaign) e, LocalDate.now()));
        // Dates and numbers through TextColumn: the shared data-type cell editor fails on values that are no text.
        TextColumn.attribute(editor, campaigns, "Start", 20, Literals.CAMPAIGN__START_DATE);
        TextColumn.attribute(editor, campaigns, "End", 20, Literals.CAMPAIGN__END_DATE);
        campaigns.setOwner(calendar);
        campaigns.getSection().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        ((GridData) campaigns.getViewer().getTable().getParent().getLayoutData()).heightHint = 320;

        Composite right = column(toolkit, body);
        createCampaignDetails(toolkit, right);
        createOffer(toolkit, right);
        createSuccessMetrics(toolkit, right);
        stackWhenNarrow(form, (GridLayout) body.getLayout());

        campaigns.getViewer().addSelectionChangedListener(e -> {
            Object selected = e.getStructuredSelection().getFirstElement();
            Campaign campaign = selected instanceof Campaign c ? c : null;
            editor.setSelectedCampaign(campaign);
            show(campaign);
        });
        stopListening = editor.onModelChange(this::refresh);
        show(null);
        ProblemHeading.show(form, editor);
        Campaign initial = editor.getSelectedCampaign() != null ? editor.getSelectedCampaign()
                : calendar.getCampaigns().isEmpty() ? null : calendar.getCampaigns().get(0);
        if (initial != null) {
            campaigns.getViewer().setSelection(new StructuredSelection(initial), true);
        }
    }

    /**
     * The campaigns table and the campaign's fields side by side where the editor is wide enough for both, one above
     * the other where it is not (the default window), so that names and dates are not cut to "Spring" and "2027-03".
     */
    private static void stackWhenNarrow(ScrolledForm form, GridLayout layout) {
        Runnable fit = () -> {
            int width = form.getClientArea().width;
            int columns = width == 0 || width >= SIDE_BY_SIDE_WIDTH ? 2 : 1;
            if (layout.numColumns != columns) {
                layout.numColumns = columns;
                form.reflow(true);
            }
        };
        form.addListener(SWT.Resize, e -> fit.run());
        fit.run();
    }

    /** Comes back to the campaign last chosen, also on the Drops page. */
    @Override
    public void setActive(boolean active) {
        super.setActive(active);
        Campaign wanted = editor.getSelectedCampaign();
        if (active && campaigns != null && wanted != null && wanted != shown) {
            campaigns.getViewer().setSelection(new StructuredSelection(wanted), true);
        }
    }

    private void createCampaignDetails(FormToolkit toolkit, Composite parent) {
        Section details = section(toolkit, parent, "Campaign",
                "Dates, owner and the queues that will take the campaign's contacts.");
        Composite fields = fields(toolkit, details);
        campaignFields.add(new FeatureField(editor, toolkit, fields, "Campaign name:",
                CorePackage.Literals.NAMED_ELEMENT__NAME));
        campaignFields.add(new FeatureField(editor, toolkit, fields, "Owner:", Literals.CAMPAIGN__OWNER));
        campaignFields.add(new FeatureField(editor, toolkit, fields, "Objective:", Literals.CAMPAIGN__OBJECTIVE));
        campaignFields.add(new FeatureField(editor, toolkit, fields, "Campaign code:",
                Literals.CAMPAIGN__CAMPAIGN_CODE));
        campaignFields.add(new FeatureField(editor, toolkit, fields, "Start:", Literals.CAMPAIGN__START_DATE));
        campaignFields.add(new FeatureField(editor, toolkit, fields, "End:", Literals.CAMPAIGN__END_DATE));
        campaignFields.add(new FeatureField(editor, toolkit, fields, "Service notified on:",
                Literals.CAMPAIGN__SERVICE_NOTIFIED_ON));

        toolkit.createLabel(fields, "Queues:");
        Composite queueRow = toolkit.createComposite(fields);
        GridLayout rowLayout = new GridLayout(2, false);
        rowLayout.marginWidth = 0;
        rowLayout.marginHeight = 0;
        queueRow.setLayout(rowLayout);
        queueRow.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        queues = toolkit.createText(queueRow, "", SWT.READ_ONLY);
        queues.setData("name", "Queues:");
        queues.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        chooseQueues = toolkit.createButton(queueRow, "Choose...", SWT.PUSH);
        chooseQueues.addListener(SWT.Selection, e -> chooseQueues());
    }

    private void createOffer(FormToolkit toolkit, Composite parent) {
        Section offer = section(toolkit, parent, "Offer", "What customers are promised; they will call about it.");
        Composite fields = fields(toolkit, offer);
        offerFields.add(new FeatureField(editor, toolkit, fields, "Offer:", Literals.OFFER__DESCRIPTION));
        offerFields.add(new FeatureField(editor, toolkit, fields, "Terms:", Literals.OFFER__TERMS));
        toolkit.createLabel(fields, "");
        addOffer = toolkit.createButton(fields, "Add an offer", SWT.PUSH);
        addOffer.addListener(SWT.Selection, e -> {
            if (shown != null && shown.getOffer() == null) {
                editor.execute(SetCommand.create(editor.getEditingDomain(), shown, Literals.CAMPAIGN__OFFER,
                        CampaignFactory.eINSTANCE.createOffer()));
            }
        });

        offerItems = new FeatureTable(editor, toolkit, parent, "Offer items",
                "What the offer hands out; limited items can run out.", Literals.OFFER__ITEMS, Literals.OFFER_ITEM)
                .column("Name", CorePackage.Literals.NAMED_ELEMENT__NAME, 40)
                .column("Limited", Literals.OFFER_ITEM__LIMITED_INVENTORY, 15)
                .initializeNewWith(e -> ((OfferItem) e).setName("New item"));
        TextColumn.attribute(editor, offerItems, "On hand", 20, Literals.OFFER_ITEM__QUANTITY_ON_HAND);
        TextColumn.attribute(editor, offerItems, "Redemption rate", 25, Literals.OFFER_ITEM__REDEMPTION_RATE);
        offerItems.getSection().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        offerItems.setOwner(null);
    }

    private void createSuccessMetrics(FormToolkit toolkit, Composite parent) {
        Section metrics = section(toolkit, parent, "Success metrics", "How marketing and service judge the campaign.");
        Composite fields = fields(toolkit, metrics);
        metricsFields.add(new FeatureField(editor, toolkit, fields, "Target response rate:",
                Literals.SUCCESS_METRICS__TARGET_RESPONSE_RATE));
        metricsFields.add(new FeatureField(editor, toolkit, fields, "Target conversions:",
                Literals.SUCCESS_METRICS__TARGET_CONVERSIONS));
        metricsFields.add(new FeatureField(editor, toolkit, fields, "Target acquisitions:",
                Literals.SUCCESS_METRICS__TARGET_ACQUISITIONS));
        metricsFields.add(new FeatureField(editor, toolkit, fields, "Survey plan:",
                Literals.SUCCESS_METRICS__SURVEY_PLAN));
        metricsFields.add(new FeatureField(editor, toolkit, fields, "Feedback review on:",
                Literals.SUCCESS_METRICS__FEEDBACK_REVIEW_DATE));
        toolkit.createLabel(fields, "");
        addMetrics = toolkit.createButton(fields, "Add success metrics", SWT.PUSH);
        addMetrics.addListener(SWT.Selection, e -> {
            if (shown != null && shown.getSuccessMetrics() == null) {
                editor.execute(SetCommand.create(editor.getEditingDomain(), shown,
                        Literals.CAMPAIGN__SUCCESS_METRICS, CampaignFactory.eINSTANCE.createSuccessMetrics()));
            }
        });
    }

    private void show(Campaign campaign) {
        shown = campaign;
        campaignFields.forEach(field -> field.setOwner(campaign));
        refreshDependents();
    }

    /** Follows changes: a campaign removed (or its addition undone), an offer added, queues chosen. */
    private void refresh() {
        if (campaigns == null || campaigns.getViewer().getControl().isDisposed()) {
            return;
        }
        if (shown != null && shown.eContainer() != editor.getCalendar()) {
            show(null);
        } else {
            refreshDependents();
        }
        ProblemHeading.show(getManagedForm().getForm(), editor);
    }

    private void refreshDependents() {
        Offer offer = shown == null ? null : shown.getOffer();
        if (offer != shownOffer) {
            shownOffer = offer;
            offerFields.forEach(field -> field.setOwner(offer));
            offerItems.setOwner(offer);
        }
        SuccessMetrics metrics = shown == null ? null : shown.getSuccessMetrics();
        if (metrics != shownMetrics) {
            shownMetrics = metrics;
            metricsFields.forEach(field -> field.setOwner(metrics));
        }
        addOffer.setEnabled(shown != null && offer == null);
        addMetrics.setEnabled(shown != null && metrics == null);
        chooseQueues.setEnabled(shown != null);
        queues.setEnabled(shown != null);
        String names = shown == null ? "" : namesOf(shown.getQueues());
        if (!queues.getText().equals(names)) {
            queues.setText(names);
        }
    }

    private static String namesOf(Collection<Queue> chosen) {
        if (chosen.isEmpty()) {
            return "(none: every contact is unassigned)";
        }
        return chosen.stream().map(OverviewPage::label).collect(Collectors.joining(", "));
    }

    private static String label(Queue queue) {
        if (queue.eIsProxy()) {
            return "missing queue " + EcoreUtil.getURI(queue).fragment();
        }
        return queue.getName() + " (" + queue.getChannel().getLiteral() + ")";
    }

    private void chooseQueues() {
        if (shown == null) {
            return;
        }
        SetupQueues setup = SetupQueues.near(editor.getResource());
        String unreadable = setup.problems().isEmpty() ? ""
                : "\n\nNot read:\n" + String.join("\n", setup.problems());
        if (setup.queues().isEmpty()) {
            MessageDialog.openInformation(getSite().getShell(), "No queues", "There are no queues in the"
                    + " contact-center setups (.center files) of this project. Add queues there first." + unreadable);
            return;
        }
        ListSelectionDialog dialog = ListSelectionDialog.of(setup.queues())
                .contentProvider(ArrayContentProvider.getInstance())
                .labelProvider(LabelProvider.createTextProvider(q -> label((Queue) q)))
                .title("Queues of " + shown.getName())
                .message("The queues that will take the contacts of " + shown.getName() + "." + unreadable)
                .preselect(shown.getQueues().toArray())
                .create(getSite().getShell());
        if (dialog.open() == ListSelectionDialog.OK) {
            List<Queue> chosen = new ArrayList<>();
            for (Object queue : dialog.getResult()) {
                chosen.add((Queue) queue);
            }
            setQueues(shown, chosen);
        }
    }

    /** Gives the campaign exactly these queues, as one undoable command. */
    public void setQueues(Campaign campaign, List<Queue> chosen) {
        if (!chosen.equals(campaign.getQueues())) {
            editor.execute(SetCommand.create(editor.getEditingDomain(), campaign, Literals.CAMPAIGN__QUEUES,
                    new BasicEList<EObject>(chosen)));
        }
    }

    public FeatureTable getCampaignTable() {
        return campaigns;
    }

    public Campaign getShownCampaign() {
        return shown;
    }

    private static Section section(FormToolkit toolkit, Composite parent, String title, String description) {
        Section section = toolkit.createSection(parent, Section.TITLE_BAR | Section.DESCRIPTION | Section.EXPANDED);
        section.setText(title);
        section.setDescription(description);
        section.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return section;
    }

    private static Composite fields(FormToolkit toolkit, Section section) {
        Composite fields = toolkit.createComposite(section);
        fields.setLayout(new GridLayout(2, false));
        section.setClient(fields);
        return fields;
    }

    private static Composite column(FormToolkit toolkit, Composite body) {
        Composite column = toolkit.createComposite(body);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        column.setLayout(layout);
        column.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        return column;
    }

    @Override
    public void dispose() {
        if (stopListening != null) {
            stopListening.run();
        }
        super.dispose();
    }
}
