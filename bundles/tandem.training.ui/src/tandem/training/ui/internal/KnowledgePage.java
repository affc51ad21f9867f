package tandem.training.ui.internal;

import java.util.List;

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

import tandem.core.model.CorePackage;
import tandem.core.ui.forms.FeatureChecklist;
import tandem.core.ui.forms.FeatureField;
import tandem.core.ui.forms.FeatureTable;
import tandem.core.ui.forms.TextArea;
import tandem.training.model.KnowledgeItem;
import tandem.training.model.KnowledgeKind;
import tandem.training.model.TrainingPackage.Literals;

/** The knowledge items agents learn: scripts, scenarios, FAQs, how-tos and job aids, with their approved text. */
public final class KnowledgePage extends FormPage {

    public static final String ID = "knowledge";

    private final TrainingPlanEditor editor;
    private Runnable stopRefreshing;
    private FeatureTable items;
    private FeatureChecklist campaigns;
    private Label id;

    KnowledgePage(TrainingPlanEditor editor) {
        super(editor, ID, "Knowledge");
        this.editor = editor;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        FormToolkit toolkit = managedForm.getToolkit();
        ScrolledForm form = managedForm.getForm();
        form.setText("Knowledge Items");
        toolkit.decorateFormHeading(form.getForm());
        Composite body = form.getBody();
        body.setLayout(new GridLayout(2, true));

        items = new FeatureTable(editor, toolkit, body, "Knowledge items",
                "What agents must know, approved by its owner. IVR prompts refer to an item by its id.",
                Literals.TRAINING_PLAN__KNOWLEDGE_ITEMS, Literals.KNOWLEDGE_ITEM)
                .column("Title", CorePackage.Literals.NAMED_ELEMENT__NAME, 35)
                .column("Kind", Literals.KNOWLEDGE_ITEM__KIND, 15)
                .column("Owner", Literals.KNOWLEDGE_ITEM__OWNER, 20)
                .column("Version", Literals.KNOWLEDGE_ITEM__VERSION, 12)
                .column("Approved on", Literals.KNOWLEDGE_ITEM__APPROVAL_DATE, 18)
                .initializeNewWith(e -> {
                    ((KnowledgeItem) e).setName("New item");
                    ((KnowledgeItem) e).setKind(KnowledgeKind.SCRIPT);
                    ((KnowledgeItem) e).setVersion("1");
                });
        items.setOwner(editor.getTrainingPlan());
        items.getSection().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));

        Section detail = toolkit.createSection(body, Section.TITLE_BAR | Section.DESCRIPTION | Section.EXPANDED);
        detail.setText("Text");
        detail.setDescription("The approved wording of the selected item; an FAQ has a question and an answer.");
        detail.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite fields = toolkit.createComposite(detail);
        fields.setLayout(new GridLayout(2, false));
        toolkit.createLabel(fields, "Id:");
        id = toolkit.createLabel(fields, "");
        id.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        TextArea text = new TextArea(editor, toolkit, fields, "Text:", Literals.KNOWLEDGE_ITEM__TEXT, 6);
        FeatureField question = new FeatureField(editor, toolkit, fields, "Question:",
                Literals.KNOWLEDGE_ITEM__QUESTION);
        TextArea answer = new TextArea(editor, toolkit, fields, "Approved answer:", Literals.KNOWLEDGE_ITEM__ANSWER,
                4);
        toolkit.paintBordersFor(fields);
        detail.setClient(fields);

        campaigns = new FeatureChecklist(editor, toolkit, body, "Serves campaigns",
                "The campaigns the selected item is written for.", Literals.KNOWLEDGE_ITEM__CAMPAIGNS,
                () -> List.copyOf(editor.availableCampaigns()));
        campaigns.getSection().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

        items.getViewer().addSelectionChangedListener(e -> {
            KnowledgeItem item = e.getStructuredSelection().getFirstElement() instanceof KnowledgeItem k ? k : null;
            text.setOwner(item);
            question.setOwner(item);
            answer.setOwner(item);
            campaigns.setOwner(item);
            showId(item);
        });
        text.setOwner(null);
        question.setOwner(null);
        answer.setOwner(null);
        campaigns.setOwner(null);
        stopRefreshing = editor.onModelChange(this::refresh);
    }

    private void showId(KnowledgeItem item) {
        if (!id.isDisposed()) {
            id.setText(item == null || item.getId() == null ? "" : item.getId());
            id.getParent().layout();
        }
    }

    private void refresh() {
        campaigns.refresh();
        Object selected = items.getViewer().getStructuredSelection().getFirstElement();
        showId(selected instanceof KnowledgeItem k && k.eContainer() != null ? k : null);
    }

    FeatureTable getItems() {
        return items;
    }

    @Override
    public void dispose() {
        if (stopRefreshing != null) {
            stopRefreshing.run();
        }
        super.dispose();
    }
}
