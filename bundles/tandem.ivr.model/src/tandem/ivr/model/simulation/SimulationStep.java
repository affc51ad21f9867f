package tandem.ivr.model.simulation;

import tandem.ivr.model.Node;

/**
 * One step of a simulated call: the node the call is at, what the caller did there (if anything), what the IVR
 * played, and a note explaining the step.
 *
 * @param node   the node; {@code null} for a step that concerns the entry point only
 * @param heard  the caller's action consumed at this step, or {@code null}
 * @param played the prompt text played at this step, or {@code null}
 * @param note   why the call goes where it goes ("option 1", "closed on 2026-03-07 22:00", "retry 1 of 2")
 */
public record SimulationStep(Node node, CallerAction heard, String played, String note) {
}
