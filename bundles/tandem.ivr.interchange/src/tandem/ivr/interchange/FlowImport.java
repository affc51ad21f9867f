package tandem.ivr.interchange;

import java.util.List;

import tandem.ivr.model.IvrScript;

/**
 * A flow read into an IVR script (not yet in any resource).
 *
 * @param script the script: one entry point for the flow, a node per step
 * @param format the format the flow was in
 * @param notes  what the import could not resolve (queues and opening hours not in the contact-center setup),
 *               one line each naming the action or state
 */
public record FlowImport(IvrScript script, FlowFormat format, List<String> notes) {

    public FlowImport {
        notes = List.copyOf(notes);
    }
}
