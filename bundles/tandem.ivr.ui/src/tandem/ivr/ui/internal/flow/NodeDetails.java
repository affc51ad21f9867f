package tandem.ivr.ui.internal.flow;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

import tandem.core.model.CorePackage;
import tandem.core.ui.forms.FeatureField;
import tandem.core.ui.forms.FeatureTable;
import tandem.ivr.model.CallerInputNode;
import tandem.ivr.model.EntryPoint;
import tandem.ivr.model.ExternalStep;
import tandem.ivr.model.HoursCheck;
import tandem.ivr.model.Input;
import tandem.ivr.model.IvrPackage.Literals;
import tandem.ivr.model.Menu;
import tandem.ivr.model.MenuOption;
import tandem.ivr.model.Message;
import tandem.ivr.model.Node;
import tandem.ivr.model.Prompt;
import tandem.ivr.model.RetryHandler;
import tandem.ivr.model.Route;
import tandem.ivr.model.SelfService;
import tandem.ivr.model.Transfer;
import tandem.ivr.model.flow.StarterScript;
import tandem.ivr.ui.internal.IvrEditor;

/**
 * The details form of the element selected in the call-flow tree: its fields, a menu's options table, and the
 * no-match and no-input handling of menus and inputs. Rebuilt for each selection; every edit is a command.
 */
final class NodeDetails {

    private final IvrEditor editor;
    private final FormToolkit toolkit;
    private final Composite holder;
    private final List<ReferenceField> references = new ArrayList<>();
    private EObject shown;
    private FeatureTable options;

    NodeDetails(IvrEditor editor, FormToolkit toolkit, Composite holder) {
        this.editor = editor;
        this.toolkit = toolkit;
        this.holder = holder;
    }

    EObject shown() {
        return shown;
    }

    /** The options table of the menu shown, or {@code null}. */
    FeatureTable options() {
        return options;
    }

    void show(EObject element) {
        if (element == shown && element != null) {
            refresh();
            return;
        }
        for (Control child : holder.getChildren()) {
            child.dispose();
        }
        references.clear();
        options = null;
        shown = element;
        if (element == null) {
            toolkit.createLabel(holder, "Select an entry point or a node in the call flow.");
        } else if (element instanceof EntryPoint entry) {
            showEntryPoint(entry);
        } else if (element instanceof Node node) {
            showNode(node);
        }
        holder.layout(true, true);
    }

    /** Follows changes made elsewhere (choices of the drop-downs, a handler added or removed). */
    void refresh() {
        if (shown instanceof CallerInputNode asking && handlersChanged(asking)) {
            EObject element = shown;
            shown = null;
            show(element);
            return;
        }
        references.forEach(ReferenceField::refresh);
    }

    private boolean handlersChanged(CallerInputNode asking) {
        return (asking.getNoMatch() == null) != (holder.getData("noMatch") == null)
                || (asking.getNoInput() == null) != (holder.getData("noInput") == null);
    }

    private Composite fields(Composite parent) {
        Composite fields = toolkit.createComposite(parent);
        fields.setLayout(new GridLayout(2, false));
        fields.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return fields;
    }

    private void text(Composite fields, String label, EObject owner, org.eclipse.emf.ecore.EAttribute attribute) {
        new FeatureField(editor, toolkit, fields, label, attribute).setOwner(owner);
    }

    private void reference(Composite fields, String label, EObject owner, EReference reference) {
        references.add(new ReferenceField(editor, toolkit, fields, label, owner, reference));
    }

    private void showEntryPoint(EntryPoint entry) {
        Composite fields = fields(holder);
        text(fields, "Name:", entry, CorePackage.Literals.NAMED_ELEMENT__NAME);
        text(fields, "Number dialled:", entry, Literals.ENTRY_POINT__NUMBER);
        text(fields, "Campaign code:", entry, Literals.ENTRY_POINT__CAMPAIGN_CODE);
        reference(fields, "Campaign:", entry, Literals.ENTRY_POINT__CAMPAIGN);
        text(fields, "Live from:", entry, Literals.ENTRY_POINT__LIVE_FROM);
        reference(fields, "First node:", entry, Literals.ENTRY_POINT__FIRST_NODE);
    }

    private void showNode(Node node) {
        Composite fields = fields(holder);
        text(fields, "Name:", node, CorePackage.Literals.NAMED_ELEMENT__NAME);
        if (node instanceof Prompt prompt) {
            text(fields, "Text:", prompt, Literals.PROMPT__TEXT);
            text(fields, "Language:", prompt, Literals.PROMPT__LANGUAGE);
            text(fields, "Audio file:", prompt, Literals.PROMPT__AUDIO_FILE);
            text(fields, "Knowledge item:", prompt, Literals.PROMPT__KNOWLEDGE_ITEM_ID);
            reference(fields, "Next:", prompt, Literals.PROMPT__NEXT);
        } else if (node instanceof Message message) {
            text(fields, "Text:", message, Literals.MESSAGE__TEXT);
            reference(fields, "Next:", message, Literals.MESSAGE__NEXT);
        } else if (node instanceof Menu menu) {
            text(fields, "Prompt:", menu, Literals.CALLER_INPUT_NODE__PROMPT_TEXT);
            text(fields, "Timeout (seconds):", menu, Literals.CALLER_INPUT_NODE__TIMEOUT_SECONDS);
            showOptions(menu);
            showRetryHandling(menu);
        } else if (node instanceof Input input) {
            text(fields, "Prompt:", input, Literals.CALLER_INPUT_NODE__PROMPT_TEXT);
            text(fields, "Kept as:", input, Literals.INPUT__VARIABLE);
            text(fields, "Fewest digits:", input, Literals.INPUT__MIN_LENGTH);
            text(fields, "Most digits:", input, Literals.INPUT__MAX_LENGTH);
            text(fields, "Pattern:", input, Literals.INPUT__PATTERN);
            text(fields, "Timeout (seconds):", input, Literals.CALLER_INPUT_NODE__TIMEOUT_SECONDS);
            reference(fields, "Next when valid:", input, Literals.INPUT__NEXT);
            showRetryHandling(input);
        } else if (node instanceof SelfService task) {
            text(fields, "Task:", task, Literals.SELF_SERVICE__TASK);
            reference(fields, "Next:", task, Literals.SELF_SERVICE__NEXT);
        } else if (node instanceof Route route) {
            reference(fields, "Queue:", route, Literals.ROUTE__QUEUE);
            text(fields, "Priority:", route, Literals.ROUTE__PRIORITY);
        } else if (node instanceof Transfer transfer) {
            text(fields, "Number:", transfer, Literals.TRANSFER__NUMBER);
        } else if (node instanceof HoursCheck check) {
            reference(fields, "Opening hours:", check, Literals.HOURS_CHECK__OPENING_HOURS);
            reference(fields, "Or the hours of queue:", check, Literals.HOURS_CHECK__QUEUE);
            reference(fields, "When open:", check, Literals.HOURS_CHECK__OPEN);
            reference(fields, "When closed:", check, Literals.HOURS_CHECK__CLOSED);
            reference(fields, "On holidays:", check, Literals.HOURS_CHECK__HOLIDAY);
        } else if (node instanceof ExternalStep step) {
            text(fields, "Platform step:", step, Literals.EXTERNAL_STEP__PLATFORM_TYPE);
        }
        text(fields, "Description:", node, CorePackage.Literals.NAMED_ELEMENT__DESCRIPTION);
    }

    private void showOptions(Menu menu) {
        options = new FeatureTable(editor, toolkit, holder, "Options",
                "What the caller can press or say. Select an option's empty slot in the call flow to add its node.",
                Literals.MENU__OPTIONS, Literals.MENU_OPTION)
                .column("Key", Literals.MENU_OPTION__KEY, 15)
                .column("Phrases", Literals.MENU_OPTION__PHRASES, 45)
                .column("Leads to", Literals.MENU_OPTION__TARGET, 40)
                .initializeNewWith(e -> ((MenuOption) e).setKey(freeKey(menu)));
        options.setOwner(menu);
        options.getSection().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
    }

    /** The first key 1-9, then 0, * and # that no option of the menu uses yet. */
    private static String freeKey(Menu menu) {
        for (String key : new String[] { "1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "*", "#" }) {
            if (menu.getOptions().stream().noneMatch(o -> key.equals(o.getKey()))) {
                return key;
            }
        }
        return "";
    }

    private void showRetryHandling(CallerInputNode node) {
        holder.setData("noMatch", node.getNoMatch());
        holder.setData("noInput", node.getNoInput());
        retrySection(node, "No match", "When the caller is not understood: retries with a re-prompt, then where "
                + "the call goes. Hanging up here is what callers complain about.", node.getNoMatch(),
                Literals.CALLER_INPUT_NODE__NO_MATCH);
        retrySection(node, "No input", "When the caller says or presses nothing before the timeout.",
                node.getNoInput(), Literals.CALLER_INPUT_NODE__NO_INPUT);
    }

    private void retrySection(CallerInputNode node, String title, String description, RetryHandler handler,
            EReference feature) {
        Section section = toolkit.createSection(holder, Section.TITLE_BAR | Section.DESCRIPTION | Section.EXPANDED);
        section.setText(title);
        section.setDescription(description);
        section.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Composite fields = toolkit.createComposite(section);
        fields.setLayout(new GridLayout(2, false));
        if (handler == null) {
            toolkit.createButton(fields, "Add " + title.toLowerCase() + " handling", SWT.PUSH)
                    .addListener(SWT.Selection, e -> editor.execute(SetCommand.create(editor.getEditingDomain(),
                            node, feature, StarterScript.retry("Sorry, could you say that again?", null))));
        } else {
            text(fields, "Retries:", handler, Literals.RETRY_HANDLER__RETRIES);
            text(fields, "Re-prompt:", handler, Literals.RETRY_HANDLER__REPROMPT_TEXT);
            reference(fields, "Finally:", handler, Literals.RETRY_HANDLER__FINAL_ACTION);
        }
        section.setClient(fields);
    }
}
