package tandem.ivr.interchange;

import java.util.Collection;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import tandem.core.model.ContactCenter;
import tandem.ivr.interchange.internal.ConnectReader;
import tandem.ivr.interchange.internal.ConnectWriter;
import tandem.ivr.interchange.internal.FlowLinks;
import tandem.ivr.interchange.internal.Json;
import tandem.ivr.interchange.internal.SetupLookup;
import tandem.ivr.interchange.internal.TwilioReader;
import tandem.ivr.interchange.internal.TwilioWriter;
import tandem.ivr.model.IvrScript;

/**
 * Reads Amazon Connect and Twilio Studio flows into IVR scripts and writes IVR scripts back as flows.
 * <p>
 * Each step becomes a node whose id is derived from the action identifier (Connect) or state name (Twilio); steps
 * Tandem has no node for become {@link tandem.ivr.model.ExternalStep external steps} that keep their JSON. The flow
 * as read is kept on the script's entry point, so that writing a script back changes only the actions whose nodes
 * changed, and keeps every field, identifier and position of the others. Reading never touches files or the
 * network: the caller passes the text.
 */
public final class FlowInterchange {

    /** Amazon Connect refuses flows with more actions than this. */
    public static final int CONNECT_MAX_ACTIONS = 250;

    private FlowInterchange() {
    }

    /**
     * Reads a flow.
     *
     * @param fileName what messages call the flow (its file name)
     * @param text     the flow's JSON
     * @param format   the format, or {@code null} to detect it
     * @param setups   the contact-center setups whose queues and opening hours the flow's references resolve
     *                 against, by name or id
     * @throws FlowException when the text is not a flow of the format (invalid JSON, unknown version, a start or
     *                       next step naming no step, duplicate identifiers)
     */
    public static FlowImport read(String fileName, String text, FlowFormat format,
            Collection<ContactCenter> setups) throws FlowException {
        JsonNode root = Json.parse(fileName, text);
        FlowFormat actual = format != null ? format : detect(fileName, root);
        SetupLookup lookup = new SetupLookup(setups == null ? List.of() : setups);
        return actual == FlowFormat.CONNECT ? new ConnectReader(fileName, lookup).read(root)
                : new TwilioReader(fileName, lookup).read(root);
    }

    /** A flow file's name and text, for {@link #readAll}. */
    public record FlowText(String fileName, String text) {
    }

    /**
     * Reads several flows (a folder of them) into one script: an entry point per flow, in the given order, and the
     * flows that hand calls to each other (TransferToFlow, InvokeFlowModule, run-subflow) linked.
     *
     * @throws FlowException for the first flow that cannot be read; then nothing is imported
     */
    public static FlowImport readAll(String scriptName, List<FlowText> flows, FlowFormat format,
            Collection<ContactCenter> setups) throws FlowException {
        if (flows.isEmpty()) {
            throw new FlowException(scriptName + ": no flow files (.json) to import");
        }
        if (flows.size() == 1) {
            return read(flows.get(0).fileName(), flows.get(0).text(), format, setups);
        }
        List<IvrScript> scripts = new java.util.ArrayList<>();
        List<String> notes = new java.util.ArrayList<>();
        java.util.Set<String> keys = new java.util.HashSet<>();
        FlowFormat first = null;
        for (FlowText flow : flows) {
            FlowImport one = read(flow.fileName(), flow.text(), format, setups);
            if (!keys.add(one.script().getEntryPoints().get(0).getId())) {
                throw new FlowException(flow.fileName() + ": a second flow with the id "
                        + one.script().getEntryPoints().get(0).getId().substring("flow-".length()));
            }
            first = first == null ? one.format() : first;
            scripts.add(one.script());
            notes.addAll(one.notes());
        }
        return new FlowImport(FlowLinks.merge(scriptName, scripts), first, notes);
    }

    /** The format of a flow's JSON, from the fields each format has. */
    public static FlowFormat detect(String fileName, String text) throws FlowException {
        return detect(fileName, Json.parse(fileName, text));
    }

    private static FlowFormat detect(String fileName, JsonNode root) throws FlowException {
        JsonNode flow = root.has("definition") && root.get("definition").isObject() ? root.get("definition") : root;
        if (flow.has("states") || flow.has("initial_state")) {
            return FlowFormat.TWILIO;
        }
        if (root.has("Actions") || root.has("StartAction") || root.has("Version") || root.has("Content")
                || root.has("ContactFlow") || root.has("ContactFlowModule")) {
            return FlowFormat.CONNECT;
        }
        throw new FlowException(fileName + ": neither an Amazon Connect flow (Version, StartAction, Actions) nor a "
                + "Twilio Studio flow (initial_state, states); name the format with --format connect|twilio");
    }

    /**
     * Writes the script's first entry point as a flow: the flow it was read from with only the changed steps
     * rewritten, new steps placed near the step that leads to them.
     *
     * @throws FlowException when the script cannot be a flow of the format (more than
     *                       {@value #CONNECT_MAX_ACTIONS} actions for Connect, a node the format has no step for)
     */
    public static String write(IvrScript script, FlowFormat format, String fileName) throws FlowException {
        if (script.getEntryPoints().isEmpty()) {
            throw new FlowException(fileName + ": the IVR script has no entry point to write as a flow");
        }
        return write(script.getEntryPoints().get(0), format, fileName);
    }

    /**
     * Writes one entry point's flow. In a script of several imported flows, that is the nodes of its flow and the
     * new nodes reached from them.
     */
    public static String write(tandem.ivr.model.EntryPoint entry, FlowFormat format, String fileName)
            throws FlowException {
        JsonNode flow = format == FlowFormat.CONNECT ? new ConnectWriter(fileName).write(entry)
                : new TwilioWriter(fileName).write(entry);
        return Json.print(flow);
    }
}
