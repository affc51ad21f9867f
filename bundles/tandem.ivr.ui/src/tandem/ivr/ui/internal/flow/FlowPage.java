package tandem.ivr.ui.internal.flow;

import java.util.EventObject;
import java.util.Optional;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;

import tandem.core.documents.Ids;
import tandem.ivr.model.EntryPoint;
import tandem.ivr.model.IvrFactory;
import tandem.ivr.model.IvrPackage.Literals;
import tandem.ivr.model.IvrScript;
import tandem.ivr.model.MenuOption;
import tandem.ivr.model.Node;
import tandem.ivr.model.RetryHandler;
import tandem.ivr.model.flow.CallFlow;
import tandem.ivr.model.flow.FlowEdge;
import tandem.ivr.model.flow.StarterScript;
import tandem.ivr.ui.internal.IvrEditor;

/**
 * The call-flow page: the flow as a tree (entry points, then the nodes calls go through, empty slots marked) with
 * buttons to add nodes and entry points, and the details of the selected element. A new node fills the selected
 * empty slot, so a planner builds the flow by walking down the tree.
 */
public final class FlowPage extends FormPage {

    public static final String ID = "flow";

    private final IvrEditor editor;
    private TreeViewer tree;
    private Combo nodeType;
    private Button remove;
    private NodeDetails details;
    private FlowTree flow;
    private CommandStackListener stackListener;

    public FlowPage(IvrEditor editor) {
        super(editor, ID, "Call Flow");
        this.editor = editor;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        FormToolkit toolkit = managedForm.getToolkit();
        ScrolledForm form = managedForm.getForm();
        form.setText("IVR Script");
        toolkit.decorateFormHeading(form.getForm());
        Composite body = form.getBody();
        body.setLayout(new GridLayout(2, true));

        Section flowSection = toolkit.createSection(body, Section.TITLE_BAR | Section.DESCRIPTION | Section.EXPANDED);
        flowSection.setText("Call flow");
        flowSection.setDescription("Entry points and the way calls go. Select an empty slot, then add the node "
                + "it leads to.");
        // Width hints keep long texts from widening the form beyond the window; both halves share what is there.
        GridData flowData = new GridData(SWT.FILL, SWT.FILL, true, true);
        flowData.widthHint = 300;
        flowSection.setLayoutData(flowData);
        Composite client = toolkit.createComposite(flowSection);
        client.setLayout(new GridLayout(5, false));
        nodeType = new Combo(client, SWT.READ_ONLY | SWT.DROP_DOWN);
        toolkit.adapt(nodeType, true, false);
        nodeType.setData("name", "Node type");
        nodeType.setItems(NodeTypes.names().toArray(String[]::new));
        nodeType.select(0);
        button(toolkit, client, "Add Node", this::addNode);
        button(toolkit, client, "Add Entry Point", this::addEntryPoint);
        remove = button(toolkit, client, "Remove", this::removeSelected);
        toolkit.createLabel(client, "");

        tree = new TreeViewer(client, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        tree.getTree().setData("name", "Call flow");
        GridData treeData = new GridData(SWT.FILL, SWT.FILL, true, true, 5, 1);
        treeData.heightHint = 420;
        treeData.widthHint = 300;
        tree.getTree().setLayoutData(treeData);
        tree.setContentProvider(new Content());
        tree.setLabelProvider(new FlowLabels(editor.getAdapterFactory()));
        tree.setInput(script());
        tree.expandAll();
        tree.addSelectionChangedListener(e -> selectionChanged());
        tree.getTree().addListener(SWT.FocusIn, e -> relaySelection());
        flowSection.setClient(client);

        Section detailsSection = toolkit.createSection(body, Section.TITLE_BAR | Section.EXPANDED);
        detailsSection.setText("Details");
        GridData detailsData = new GridData(SWT.FILL, SWT.FILL, true, true);
        detailsData.widthHint = 300;
        detailsSection.setLayoutData(detailsData);
        Composite holder = toolkit.createComposite(detailsSection);
        holder.setLayout(new GridLayout(1, false));
        detailsSection.setClient(holder);
        details = new NodeDetails(editor, toolkit, holder);
        details.show(null);

        stackListener = this::commandStackChanged;
        editor.getEditingDomain().getCommandStack().addCommandStackListener(stackListener);
        if (!flow.roots().isEmpty()) {
            tree.setSelection(new StructuredSelection(flow.roots().get(0)));
        }
        selectionChanged();
    }

    private static Button button(FormToolkit toolkit, Composite parent, String label, Runnable action) {
        Button button = toolkit.createButton(parent, label, SWT.PUSH);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    private IvrScript script() {
        return editor.getScript();
    }

    /** The selected line of the tree, or {@code null}. */
    public FlowItem selectedItem() {
        return (FlowItem) tree.getStructuredSelection().getFirstElement();
    }

    /** Selects the line that shows the element in full (a node or an entry point). */
    public void select(EObject element) {
        FlowItem item = flow.itemOf(element);
        if (item != null) {
            tree.setSelection(new StructuredSelection(item), true);
        }
    }

    /** Selects a line. */
    public void select(FlowItem item) {
        tree.setSelection(new StructuredSelection(item), true);
    }

    /** The current tree (rebuilt after every change). */
    public FlowTree flow() {
        return flow;
    }

    public TreeViewer getTreeViewer() {
        return tree;
    }

    /** Sets the type the Add Node button creates. */
    public void setNodeType(String typeName) {
        nodeType.select(NodeTypes.names().indexOf(typeName));
    }

    private void selectionChanged() {
        FlowItem item = selectedItem();
        details.show(detailsElementOf(item));
        remove.setEnabled(item != null && removable(item));
        relaySelection();
        getManagedForm().reflow(true);
    }

    private void relaySelection() {
        FlowItem item = selectedItem();
        EObject element = item == null ? null : item.element();
        editor.getSelectionRelay().setSelection(element == null ? StructuredSelection.EMPTY
                : new StructuredSelection(element));
    }

    private static EObject detailsElementOf(FlowItem item) {
        if (item == null) {
            return null;
        }
        if (item.kind() == FlowItem.Kind.MISSING) {
            Node from = item.edge().from();
            return from != null ? from : item.slotOwner();
        }
        return item.node() != null ? item.node() : item.entry();
    }

    private static boolean removable(FlowItem item) {
        return switch (item.kind()) {
        case ENTRY, STEP, UNREACHED, LOOP, SEEN -> true;
        case MISSING -> item.slotOwner() instanceof MenuOption;
        case GROUP -> false;
        };
    }

    /** Adds a node of the chosen type, filling the selected empty slot (or the selected node's first one). */
    public Node addNode() {
        IvrScript script = script();
        String typeName = nodeType.getText();
        Node node = NodeTypes.create(typeName, script);
        CompoundCommand command = new CompoundCommand("Add " + typeName);
        command.append(AddCommand.create(editor.getEditingDomain(), script, Literals.IVR_SCRIPT__NODES, node));
        slotToFill(selectedItem()).ifPresent(slot -> {
            if (slot.slot().isContainment()) {
                // A menu or input without no-match/no-input handling: give it one that ends in the new node.
                RetryHandler handler = StarterScript.retry("Sorry, I did not get that.", node);
                command.append(SetCommand.create(editor.getEditingDomain(), slot.owner(), slot.slot(), handler));
            } else {
                command.append(SetCommand.create(editor.getEditingDomain(), slot.owner(), slot.slot(), node));
            }
        });
        editor.execute(command);
        select(node);
        return node;
    }

    private static Optional<FlowEdge> slotToFill(FlowItem item) {
        if (item == null) {
            return Optional.empty();
        }
        if (item.kind() == FlowItem.Kind.MISSING) {
            return Optional.of(item.edge());
        }
        if (item.kind() == FlowItem.Kind.ENTRY) {
            FlowEdge start = CallFlow.startOf(item.entry());
            return start.isMissing() ? Optional.of(start) : Optional.empty();
        }
        if (item.kind() == FlowItem.Kind.STEP || item.kind() == FlowItem.Kind.UNREACHED) {
            return CallFlow.edgesFrom(item.node()).stream().filter(FlowEdge::isMissing).findFirst();
        }
        return Optional.empty();
    }

    /** Adds an entry point without first node; the next node added fills it. */
    public EntryPoint addEntryPoint() {
        EntryPoint entry = IvrFactory.eINSTANCE.createEntryPoint();
        entry.setName("Entry point " + (script().getEntryPoints().size() + 1));
        Ids.assignIfMissing(entry);
        editor.execute(AddCommand.create(editor.getEditingDomain(), script(), Literals.IVR_SCRIPT__ENTRY_POINTS,
                entry));
        select(entry);
        return entry;
    }

    /** Removes what the selected line shows: an entry point, a node (and the links to it), a link, an option. */
    public void removeSelected() {
        FlowItem item = selectedItem();
        if (item == null || !removable(item)) {
            return;
        }
        switch (item.kind()) {
        case ENTRY -> delete(item.entry());
        case STEP, UNREACHED -> delete(item.node());
        case LOOP, SEEN -> editor.execute(SetCommand.create(editor.getEditingDomain(), item.slotOwner(),
                item.slot(), SetCommand.UNSET_VALUE));
        case MISSING -> delete(item.slotOwner());
        default -> {
            // nothing to remove
        }
        }
    }

    private void delete(EObject element) {
        editor.execute(DeleteCommand.create(editor.getEditingDomain(), element));
    }

    private void commandStackChanged(EventObject event) {
        if (tree == null || tree.getControl().isDisposed()) {
            return;
        }
        Runnable refresh = () -> {
            if (tree.getControl().isDisposed()) {
                return;
            }
            tree.refresh();
            tree.expandAll();
            EObject shown = details.shown();
            if (shown != null && shown.eResource() == null) {
                tree.setSelection(StructuredSelection.EMPTY);
                details.show(null);
            } else {
                details.refresh();
            }
            getManagedForm().reflow(true);
        };
        if (tree.getControl().getDisplay().getThread() == Thread.currentThread()) {
            refresh.run();
        } else {
            tree.getControl().getDisplay().asyncExec(refresh);
        }
    }

    @Override
    public void dispose() {
        if (stackListener != null) {
            editor.getEditingDomain().getCommandStack().removeCommandStackListener(stackListener);
        }
        super.dispose();
    }

    /** Serves the current {@link FlowTree}, rebuilt from the script on every refresh. */
    private final class Content implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            flow = FlowTree.of((IvrScript) input);
            return flow.roots().toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            return ((FlowItem) parent).children().toArray();
        }

        @Override
        public Object getParent(Object element) {
            return ((FlowItem) element).parent();
        }

        @Override
        public boolean hasChildren(Object element) {
            return !((FlowItem) element).children().isEmpty();
        }
    }
}
