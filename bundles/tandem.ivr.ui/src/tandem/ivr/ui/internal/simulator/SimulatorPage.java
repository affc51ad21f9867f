package tandem.ivr.ui.internal.simulator;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.EventObject;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;

import tandem.core.model.OpeningHours;
import tandem.core.model.Queue;
import tandem.core.model.hours.Hours;
import tandem.ivr.model.EntryPoint;
import tandem.ivr.model.HoursCheck;
import tandem.ivr.model.Node;
import tandem.ivr.model.flow.CallFlow;
import tandem.ivr.model.simulation.CallSimulator;
import tandem.ivr.model.simulation.CallerAction;
import tandem.ivr.model.simulation.SimulationResult;
import tandem.ivr.model.simulation.SimulationStep;
import tandem.ivr.ui.internal.IvrEditor;
import tandem.ivr.ui.internal.flow.FlowLabels;

/**
 * The simulator page: a planner chooses an entry point and a date and time, then clicks through a call (press a
 * key, say a phrase, stay silent, mumble) and sees the path, the prompts played and where the call ends. The call
 * is simulated afresh from the start after every action and every edit of the script, so it always shows what
 * the current script does.
 */
public final class SimulatorPage extends FormPage {

    public static final String ID = "simulator";

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final IvrEditor editor;
    private final CallSimulator simulator = new CallSimulator();
    private final List<CallerAction> actions = new ArrayList<>();
    private Combo entryPoints;
    private Text when;
    private Text keyOrPhrase;
    private Label actionList;
    private Table path;
    private Text outcome;
    private SimulationResult result;
    private CommandStackListener stackListener;

    public SimulatorPage(IvrEditor editor) {
        super(editor, ID, "Simulator");
        this.editor = editor;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        FormToolkit toolkit = managedForm.getToolkit();
        ScrolledForm form = managedForm.getForm();
        form.setText("Walk a Call");
        toolkit.decorateFormHeading(form.getForm());
        Composite body = form.getBody();
        body.setLayout(new GridLayout(1, false));

        Section callSection = toolkit.createSection(body, Section.TITLE_BAR | Section.DESCRIPTION | Section.EXPANDED);
        callSection.setText("Call");
        callSection.setDescription("Where and when the call comes in, and what the caller does. The time is the "
                + "contact center's local time (yyyy-MM-dd HH:mm).");
        callSection.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Composite call = toolkit.createComposite(callSection);
        call.setLayout(new GridLayout(8, false));
        toolkit.createLabel(call, "Entry point:");
        entryPoints = new Combo(call, SWT.READ_ONLY | SWT.DROP_DOWN);
        toolkit.adapt(entryPoints, true, false);
        entryPoints.setData("name", "Entry point");
        entryPoints.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        entryPoints.addListener(SWT.Selection, e -> restart());
        toolkit.createLabel(call, "Date and time:");
        List<EntryPoint> entries = editor.getScript().getEntryPoints();
        when = toolkit.createText(call, FORMAT.format(defaultTime(entries.isEmpty() ? null : entries.get(0))));
        when.setData("name", "Date and time");
        when.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        when.addListener(SWT.Modify, e -> simulate());

        toolkit.createLabel(call, "Key or phrase:");
        keyOrPhrase = toolkit.createText(call, "");
        keyOrPhrase.setData("name", "Key or phrase");
        GridData keyData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        keyData.widthHint = 120;
        keyOrPhrase.setLayoutData(keyData);
        button(toolkit, call, "Press", () -> act(CallerAction.press(keyOrPhrase.getText().trim())));
        button(toolkit, call, "Say", () -> act(CallerAction.say(keyOrPhrase.getText().trim())));
        button(toolkit, call, "Stay silent", () -> act(CallerAction.silence()));
        button(toolkit, call, "Mumble", () -> act(CallerAction.mumble()));
        button(toolkit, call, "Back", this::back);
        button(toolkit, call, "Restart", this::restart);
        toolkit.createLabel(call, "Caller:");
        actionList = toolkit.createLabel(call, "", SWT.WRAP);
        actionList.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 7, 1));
        callSection.setClient(call);

        Section pathSection = toolkit.createSection(body, Section.TITLE_BAR | Section.EXPANDED);
        pathSection.setText("Call path");
        pathSection.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite pathClient = toolkit.createComposite(pathSection);
        pathClient.setLayout(new GridLayout(1, false));
        path = toolkit.createTable(pathClient, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        path.setData("name", "Call path");
        path.setHeaderVisible(true);
        path.setLinesVisible(true);
        GridData pathData = new GridData(SWT.FILL, SWT.FILL, true, true);
        pathData.heightHint = 260;
        path.setLayoutData(pathData);
        column("#", 35);
        column("Node", 200);
        column("Caller", 140);
        column("IVR plays", 320);
        column("Why", 320);
        outcome = toolkit.createText(pathClient, "", SWT.MULTI | SWT.WRAP | SWT.READ_ONLY);
        outcome.setData("name", "Outcome");
        GridData outcomeData = new GridData(SWT.FILL, SWT.TOP, true, false);
        outcomeData.heightHint = 48;
        outcome.setLayoutData(outcomeData);
        pathSection.setClient(pathClient);

        fillEntryPoints();
        stackListener = this::commandStackChanged;
        editor.getEditingDomain().getCommandStack().addCommandStackListener(stackListener);
        simulate();
    }

    /**
     * When a call is simulated unless the planner says otherwise: the next time the opening hours the call first
     * meets (an hours check, or the queue it is routed to) are open, on their own clock; now when it meets none or
     * they do not open within two weeks. Simulating "now" on a closed Sunday night shows only the closed branch.
     */
    static LocalDateTime defaultTime(EntryPoint entry) {
        OpeningHours hours = entry == null ? null : firstHours(entry.getFirstNode());
        if (hours != null) {
            try {
                LocalDateTime now = LocalDateTime.now(Hours.zoneOf(hours));
                return Hours.nextOpen(hours, now, 14).orElse(now.truncatedTo(ChronoUnit.MINUTES));
            } catch (IllegalArgumentException e) {
                // An unknown time zone: the simulation itself reports it; start from the local time meanwhile.
            }
        }
        return LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES);
    }

    /** The opening hours a call from this node meets first (breadth first along the flow), or {@code null}. */
    private static OpeningHours firstHours(Node first) {
        Deque<Node> queue = new ArrayDeque<>();
        Set<Node> seen = new HashSet<>();
        if (first != null) {
            queue.add(first);
        }
        while (!queue.isEmpty()) {
            Node node = queue.poll();
            if (!seen.add(node) || node.eIsProxy()) {
                continue;
            }
            if (node instanceof HoursCheck check && usable(check.getOpeningHours())) {
                return check.getOpeningHours();
            }
            for (EObject target : node.eCrossReferences()) {
                if (target instanceof Queue routed && usable(routed.getOpeningHours())) {
                    return routed.getOpeningHours();
                }
                if (target instanceof Node next) {
                    queue.add(next);
                }
            }
            for (EObject child : node.eContents()) {
                for (EObject target : child.eCrossReferences()) {
                    if (target instanceof Node next) {
                        queue.add(next);
                    }
                }
            }
        }
        return null;
    }

    private static boolean usable(OpeningHours hours) {
        return hours != null && !hours.eIsProxy();
    }

    private void column(String title, int width) {
        TableColumn column = new TableColumn(path, SWT.LEFT);
        column.setText(title);
        column.setWidth(width);
    }

    private static Button button(FormToolkit toolkit, Composite parent, String label, Runnable action) {
        Button button = toolkit.createButton(parent, label, SWT.PUSH);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    private void fillEntryPoints() {
        int selected = Math.max(0, entryPoints.getSelectionIndex());
        List<EntryPoint> entries = editor.getScript().getEntryPoints();
        String[] items = entries.stream().map(FlowLabels::entryText).toArray(String[]::new);
        if (!java.util.Arrays.equals(items, entryPoints.getItems())) {
            entryPoints.setItems(items);
        }
        if (!entries.isEmpty()) {
            entryPoints.select(Math.min(selected, entries.size() - 1));
        }
    }

    private void act(CallerAction action) {
        actions.add(action);
        simulate();
    }

    private void back() {
        if (!actions.isEmpty()) {
            actions.remove(actions.size() - 1);
        }
        simulate();
    }

    private void restart() {
        actions.clear();
        simulate();
    }

    /** The result shown, or {@code null} when no call could be simulated. */
    public SimulationResult getResult() {
        return result;
    }

    /** Walks the call again with the current entry point, time and actions, and shows it. */
    public void simulate() {
        if (path == null || path.isDisposed()) {
            return;
        }
        actionList.setText(actions.isEmpty() ? "(nothing yet)"
                : actions.stream().map(CallerAction::describe).collect(Collectors.joining(", ")));
        path.removeAll();
        List<EntryPoint> entries = editor.getScript().getEntryPoints();
        int index = entryPoints.getSelectionIndex();
        if (index < 0 || index >= entries.size()) {
            result = null;
            outcome.setText("The script has no entry point: add one on the Call Flow page.");
            return;
        }
        LocalDateTime time;
        try {
            time = LocalDateTime.parse(when.getText().trim(), FORMAT);
        } catch (DateTimeParseException e) {
            result = null;
            outcome.setText("'" + when.getText() + "' is not a date and time like 2026-03-02 09:30.");
            return;
        }
        result = simulator.simulate(entries.get(index), time, actions);
        int number = 1;
        for (SimulationStep step : result.steps()) {
            TableItem item = new TableItem(path, SWT.NONE);
            item.setText(new String[] { String.valueOf(number++),
                    step.node() == null ? CallFlow.nameOf(result.entryPoint()) : CallFlow.nameOf(step.node()),
                    step.heard() == null ? "" : step.heard().describe(),
                    step.played() == null ? "" : step.played(), step.note() == null ? "" : step.note() });
        }
        outcome.setText(result.outcome().text().substring(0, 1).toUpperCase() + result.outcome().text().substring(1)
                + ". " + result.report()
                + (result.unusedActions() > 0 ? " (" + result.unusedActions() + " caller action(s) not used.)" : ""));
        path.getParent().layout(true);
    }

    private void commandStackChanged(EventObject event) {
        if (path == null || path.isDisposed()) {
            return;
        }
        Runnable refresh = () -> {
            if (!path.isDisposed()) {
                fillEntryPoints();
                simulate();
            }
        };
        if (Display.getCurrent() == path.getDisplay()) {
            refresh.run();
        } else {
            path.getDisplay().asyncExec(refresh);
        }
    }

    @Override
    public void dispose() {
        if (stackListener != null) {
            editor.getEditingDomain().getCommandStack().removeCommandStackListener(stackListener);
        }
        super.dispose();
    }
}
