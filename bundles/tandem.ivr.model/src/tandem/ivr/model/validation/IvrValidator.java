package tandem.ivr.model.validation;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.util.EObjectValidator;

import tandem.core.documents.ElementPaths;
import tandem.ivr.model.CallerInputNode;
import tandem.ivr.model.EntryPoint;
import tandem.ivr.model.Input;
import tandem.ivr.model.IvrPackage;
import tandem.ivr.model.IvrScript;
import tandem.ivr.model.Menu;
import tandem.ivr.model.MenuOption;
import tandem.ivr.model.Node;
import tandem.ivr.model.RetryHandler;
import tandem.ivr.model.Route;
import tandem.ivr.model.flow.CallFlow;
import tandem.ivr.model.flow.FlowEdge;

/**
 * The invariants of an IVR script, contributed to {@code tandem.core.validators}. Each problem is a
 * {@link Diagnostic} with source {@link #SOURCE} and one of the codes below as stable rule id, and the offending
 * element as its first data object.
 */
public class IvrValidator extends EObjectValidator {

    /** The diagnostic source of every IVR rule. */
    public static final String SOURCE = "tandem.ivr.model";

    /** A slot the call needs (next node, option target, final action, branch) is empty. */
    public static final int MISSING_NEXT = 1;
    /** A slot refers to a node that is not part of the script. */
    public static final int DANGLING_NEXT = 2;
    /** A menu offers no option. */
    public static final int MENU_WITHOUT_OPTIONS = 3;
    /** Two options of one menu use the same key. */
    public static final int DUPLICATE_DTMF_KEY = 4;
    /** A retry count is below zero. */
    public static final int NEGATIVE_RETRIES = 5;
    /** An entry point has no first node. */
    public static final int ENTRY_POINT_WITHOUT_FIRST_NODE = 6;
    /** A key is not one of 0-9, * and #. */
    public static final int INVALID_DTMF_KEY = 7;
    /** A menu option has neither key nor phrase, so no caller can choose it. */
    public static final int OPTION_WITHOUT_CHOICE = 8;
    /** A menu or input lacks no-match or no-input handling. */
    public static final int MISSING_RETRY_HANDLING = 9;
    /** An input's length limits or pattern cannot be satisfied or read. */
    public static final int INVALID_INPUT_RULE = 10;
    /** A route names no queue. */
    public static final int ROUTE_WITHOUT_QUEUE = 11;
    /** Steps lead round in a circle without ever waiting for the caller: a call there never ends. */
    public static final int LOOP_WITHOUT_CALLER = 12;

    private static final Pattern DTMF_KEY = Pattern.compile("[0-9*#]");

    @Override
    protected EPackage getEPackage() {
        return IvrPackage.eINSTANCE;
    }

    // EObjectValidator dispatches objects of getEPackage() here by classifier id; the inherited method would only
    // check the default constraints for one classifier id, so every IVR object gets them here.
    @Override
    protected boolean validate(int classifierID, Object object, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        EObject eObject = (EObject) object;
        boolean valid = validate_EveryDefaultConstraint(eObject, diagnostics, context);
        if (eObject instanceof EntryPoint entry) {
            valid &= validateEntryPoint(entry, diagnostics);
        }
        if (eObject instanceof IvrScript script) {
            valid &= validateLoops(script, diagnostics);
        }
        if (eObject instanceof Node node) {
            valid &= validateEdges(node, diagnostics);
        }
        if (eObject instanceof CallerInputNode asking) {
            valid &= validateRetryHandling(asking, diagnostics);
        }
        if (eObject instanceof Menu menu) {
            valid &= validateMenu(menu, diagnostics);
        }
        if (eObject instanceof Input input) {
            valid &= validateInput(input, diagnostics);
        }
        if (eObject instanceof Route route && route.getQueue() == null) {
            report(diagnostics, Diagnostic.WARNING, ROUTE_WITHOUT_QUEUE, route,
                    "routes to no queue: choose the queue the call waits in");
        }
        return valid;
    }

    private boolean validateEntryPoint(EntryPoint entry, DiagnosticChain diagnostics) {
        if (entry.getFirstNode() == null) {
            return report(diagnostics, Diagnostic.ERROR, ENTRY_POINT_WITHOUT_FIRST_NODE, entry,
                    "has no first node: calls to " + numberOf(entry) + " would drop at once");
        }
        if (!inScript(entry.getFirstNode(), entry)) {
            return report(diagnostics, Diagnostic.ERROR, DANGLING_NEXT, entry,
                    "starts with " + CallFlow.nameOf(entry.getFirstNode()) + ", which is not part of the script");
        }
        return true;
    }

    private boolean validateEdges(Node node, DiagnosticChain diagnostics) {
        boolean valid = true;
        for (FlowEdge edge : CallFlow.edgesFrom(node)) {
            if (edge.owner() instanceof CallerInputNode && edge.isMissing()) {
                continue; // a missing retry handler is reported once, as such
            }
            if (edge.isMissing()) {
                valid &= report(diagnostics, Diagnostic.ERROR, MISSING_NEXT, edge.owner(),
                        "leads nowhere on '" + edge.label() + "': choose the node the call goes to");
            } else if (!inScript(edge.to(), node)) {
                valid &= report(diagnostics, Diagnostic.ERROR, DANGLING_NEXT, edge.owner(),
                        "leads on '" + edge.label() + "' to " + CallFlow.nameOf(edge.to())
                                + ", which is not part of the script");
            }
        }
        return valid;
    }

    /**
     * Finds circles of silent steps (checks, routes' bookkeeping, external steps of an imported flow such as
     * attribute updates and comparisons) that neither ask nor play anything to the caller: a call there spins
     * forever. Circles that play prompts (hold loops of queue flows) or pass a bounded loop or a wait step are
     * not reported. Each circle is reported once, at its first node in the script.
     */
    private boolean validateLoops(IvrScript script, DiagnosticChain diagnostics) {
        boolean valid = true;
        java.util.Set<Node> reported = new java.util.HashSet<>();
        for (Node start : script.getNodes()) {
            if (!isSilent(start) || reported.contains(start)) {
                continue;
            }
            java.util.List<Node> circle = circleThrough(start);
            if (!circle.isEmpty()) {
                reported.addAll(circle);
                valid &= report(diagnostics, Diagnostic.ERROR, LOOP_WITHOUT_CALLER, start, "goes round "
                        + circle.stream().map(CallFlow::nameOf).collect(java.util.stream.Collectors.joining(" -> "))
                        + " -> " + CallFlow.nameOf(start) + " without waiting for the caller: a call there never ends");
            }
        }
        return valid;
    }

    /** The shortest circle from the node back to it through nodes that do not ask the caller, or none. */
    private static java.util.List<Node> circleThrough(Node start) {
        Map<Node, Node> cameFrom = new HashMap<>();
        java.util.ArrayDeque<Node> queue = new java.util.ArrayDeque<>();
        queue.add(start);
        while (!queue.isEmpty()) {
            Node node = queue.poll();
            for (FlowEdge edge : CallFlow.edgesFrom(node)) {
                Node to = edge.to();
                if (to == null || !isSilent(to) || to.eIsProxy()) {
                    continue;
                }
                if (to == start) {
                    java.util.LinkedList<Node> circle = new java.util.LinkedList<>();
                    for (Node n = node; n != null; n = cameFrom.get(n)) {
                        circle.addFirst(n);
                    }
                    return circle;
                }
                if (!cameFrom.containsKey(to)) {
                    cameFrom.put(to, node);
                    queue.add(to);
                }
            }
        }
        return java.util.List.of();
    }

    /** Whether the step passes without the caller noticing: it neither asks, plays, waits nor counts. */
    private static boolean isSilent(Node node) {
        if (node instanceof CallerInputNode || node instanceof tandem.ivr.model.Prompt
                || node instanceof tandem.ivr.model.Message) {
            return false;
        }
        return !(node instanceof tandem.ivr.model.ExternalStep step && step.getPlatformType() != null
                && java.util.Set.of("Loop", "Wait", "wait").contains(step.getPlatformType()));
    }

    private boolean validateRetryHandling(CallerInputNode node, DiagnosticChain diagnostics) {
        boolean valid = true;
        valid &= validateHandler(node, node.getNoMatch(), "no-match", diagnostics);
        valid &= validateHandler(node, node.getNoInput(), "no-input", diagnostics);
        return valid;
    }

    private boolean validateHandler(CallerInputNode node, RetryHandler handler, String what,
            DiagnosticChain diagnostics) {
        if (handler == null) {
            return report(diagnostics, Diagnostic.ERROR, MISSING_RETRY_HANDLING, node,
                    "has no " + what + " handling: say how often to retry and where the call goes then");
        }
        if (handler.getRetries() < 0) {
            return report(diagnostics, Diagnostic.ERROR, NEGATIVE_RETRIES, handler,
                    "of " + CallFlow.nameOf(node) + " has " + handler.getRetries() + " " + what
                            + " retries; use 0 or more");
        }
        return true;
    }

    private boolean validateMenu(Menu menu, DiagnosticChain diagnostics) {
        if (menu.getOptions().isEmpty()) {
            return report(diagnostics, Diagnostic.ERROR, MENU_WITHOUT_OPTIONS, menu,
                    "offers no option: every caller ends in its no-match or no-input handling");
        }
        boolean valid = true;
        Map<String, MenuOption> byKey = new HashMap<>();
        for (MenuOption option : menu.getOptions()) {
            String key = option.getKey() == null ? "" : option.getKey().trim();
            if (key.isEmpty()) {
                if (CallFlow.phrasesOf(option).isEmpty()) {
                    valid &= report(diagnostics, Diagnostic.ERROR, OPTION_WITHOUT_CHOICE, option,
                            "of " + CallFlow.nameOf(menu) + " has neither key nor phrase, so no caller can choose it");
                }
                continue;
            }
            if (!DTMF_KEY.matcher(key).matches()) {
                valid &= report(diagnostics, Diagnostic.ERROR, INVALID_DTMF_KEY, option,
                        "of " + CallFlow.nameOf(menu) + " uses key '" + key
                                + "'; a phone key is one of 0-9, * and #");
            }
            MenuOption first = byKey.putIfAbsent(key, option);
            if (first != null) {
                valid &= report(diagnostics, Diagnostic.ERROR, DUPLICATE_DTMF_KEY, option,
                        "of " + CallFlow.nameOf(menu) + " uses key '" + key
                                + "', which an earlier option already uses; callers can only ever reach the first");
            }
        }
        return valid;
    }

    private boolean validateInput(Input input, DiagnosticChain diagnostics) {
        if (input.getMinLength() < 0 || input.getMaxLength() < input.getMinLength()) {
            return report(diagnostics, Diagnostic.ERROR, INVALID_INPUT_RULE, input,
                    "accepts between " + input.getMinLength() + " and " + input.getMaxLength()
                            + " digits, which no input can satisfy");
        }
        if (input.getPattern() != null && !input.getPattern().isBlank()) {
            try {
                Pattern.compile(input.getPattern());
            } catch (PatternSyntaxException e) {
                return report(diagnostics, Diagnostic.ERROR, INVALID_INPUT_RULE, input,
                        "has the pattern '" + input.getPattern() + "', which is not a valid regular expression ("
                                + e.getDescription() + ")");
            }
        }
        return true;
    }

    private static boolean inScript(Node target, EObject from) {
        if (target.eIsProxy()) {
            return false;
        }
        IvrScript script = scriptOf(from);
        return script != null && target.eContainer() == script;
    }

    private static IvrScript scriptOf(EObject element) {
        for (EObject e = element; e != null; e = e.eContainer()) {
            if (e instanceof IvrScript script) {
                return script;
            }
        }
        return null;
    }

    private static String numberOf(EntryPoint entry) {
        return entry.getNumber() == null || entry.getNumber().isBlank() ? "it" : entry.getNumber();
    }

    private static boolean report(DiagnosticChain diagnostics, int severity, int code, EObject element,
            String problem) {
        if (diagnostics != null) {
            diagnostics.add(new BasicDiagnostic(severity, SOURCE, code, ElementPaths.of(element) + " " + problem,
                    new Object[] { element }));
        }
        return severity != Diagnostic.ERROR;
    }
}
