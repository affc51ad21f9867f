package tandem.ivr.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import tandem.ivr.model.Disconnect;
import tandem.ivr.model.EntryPoint;
import tandem.ivr.model.ExternalStep;
import tandem.ivr.model.IvrFactory;
import tandem.ivr.model.IvrScript;
import tandem.ivr.model.Prompt;
import tandem.ivr.model.StepExit;
import tandem.ivr.model.flow.CallFlow;
import tandem.ivr.model.flow.CallPaths;
import tandem.ivr.model.flow.EdgeKind;
import tandem.ivr.model.flow.PathEnd;
import tandem.ivr.model.simulation.CallSimulator;
import tandem.ivr.model.simulation.Outcome;
import tandem.ivr.model.simulation.SimulationResult;

/** External steps (imported platform steps Tandem has no node for): the flow goes through all their exits. */
class ExternalStepTest {

    private static final IvrFactory IVR = IvrFactory.eINSTANCE;
    private final IvrScript script = IVR.createIvrScript();

    private ExternalStep step(String name, String type) {
        ExternalStep step = IVR.createExternalStep();
        step.setName(name);
        step.setPlatformType(type);
        script.getNodes().add(step);
        return step;
    }

    private static void exit(ExternalStep step, String label, boolean failure, tandem.ivr.model.Node target) {
        StepExit exit = IVR.createStepExit();
        exit.setLabel(label);
        exit.setFailure(failure);
        exit.setTarget(target);
        step.getExits().add(exit);
    }

    private EntryPoint entry(tandem.ivr.model.Node first) {
        EntryPoint entry = IVR.createEntryPoint();
        entry.setName("Main");
        entry.setFirstNode(first);
        script.getEntryPoints().add(entry);
        return entry;
    }

    @Test
    void theSimulatorWalksThroughTheFirstExitThatIsNotAnError() {
        Prompt thanks = IVR.createPrompt();
        thanks.setName("Thanks");
        thanks.setText("Thanks");
        Disconnect bye = IVR.createDisconnect();
        bye.setName("Bye");
        thanks.setNext(bye);
        script.getNodes().add(thanks);
        script.getNodes().add(bye);
        ExternalStep lambda = step("Lookup", "InvokeLambdaFunction");
        exit(lambda, "NoMatchingError", true, bye);
        exit(lambda, "Success", false, thanks);

        SimulationResult call = new CallSimulator().simulate(entry(lambda), LocalDateTime.of(2026, 3, 2, 10, 0),
                List.of());

        assertEquals(Outcome.DISCONNECTED, call.outcome());
        assertEquals("external: InvokeLambdaFunction (Success)", call.steps().get(0).note());
        assertEquals(List.of(lambda, thanks, bye), call.path());
        assertEquals(List.of(EdgeKind.ERROR, EdgeKind.EXIT), CallFlow.edgesFrom(lambda).stream()
                .map(e -> e.kind()).toList());
        assertEquals(2, CallPaths.from(script.getEntryPoints().get(0)).paths().size(), "both exits are paths");
    }

    @Test
    void aStepWithoutExitsHandsTheCallOnAndEndsThePath() {
        ExternalStep transfer = step("To billing flow", "TransferToFlow");
        EntryPoint entry = entry(transfer);

        SimulationResult call = new CallSimulator().simulate(entry, LocalDateTime.of(2026, 3, 2, 10, 0), List.of());

        assertEquals(Outcome.LEFT_FLOW, call.outcome());
        assertTrue(call.report().contains("external: TransferToFlow"), call.report());
        assertSame(PathEnd.EXTERNAL, CallPaths.from(entry).paths().get(0).end());
    }

    @Test
    void aLoopOfExternalStepsWithoutCallerInputIsStopped() {
        ExternalStep set = step("Set", "UpdateContactAttributes");
        ExternalStep compare = step("Compare", "Compare");
        exit(set, "next", false, compare);
        exit(compare, "Equals 1", false, set);

        SimulationResult call = new CallSimulator().simulate(entry(set), LocalDateTime.of(2026, 3, 2, 10, 0),
                List.of());

        assertEquals(Outcome.LOOP, call.outcome());
        assertSame(PathEnd.LOOP, CallPaths.from(script.getEntryPoints().get(0)).paths().get(0).end());

        org.eclipse.emf.common.util.BasicDiagnostic found = new org.eclipse.emf.common.util.BasicDiagnostic();
        new tandem.ivr.model.validation.IvrValidator().validate(script, found, new java.util.HashMap<>());
        List<org.eclipse.emf.common.util.Diagnostic> loops = found.getChildren().stream()
                .filter(d -> d.getCode() == tandem.ivr.model.validation.IvrValidator.LOOP_WITHOUT_CALLER).toList();
        assertEquals(1, loops.size(), found.getChildren()::toString);
        assertTrue(loops.get(0).getMessage().endsWith("goes round External step 'Set' -> External step 'Compare' -> "
                + "External step 'Set' without waiting for the caller: a call there never ends"),
                loops.get(0).getMessage());
    }

    @Test
    void aHoldLoopThatPlaysMusicIsNotASilentLoop() {
        Prompt music = IVR.createPrompt();
        music.setName("Hold music");
        music.setText("Please hold");
        script.getNodes().add(music);
        ExternalStep check = step("Check staffing", "CheckMetricData");
        exit(check, "next", false, music);
        music.setNext(check);
        entry(music);

        org.eclipse.emf.common.util.BasicDiagnostic found = new org.eclipse.emf.common.util.BasicDiagnostic();
        new tandem.ivr.model.validation.IvrValidator().validate(script, found, new java.util.HashMap<>());
        assertTrue(found.getChildren().stream()
                .noneMatch(d -> d.getCode() == tandem.ivr.model.validation.IvrValidator.LOOP_WITHOUT_CALLER),
                found.getChildren()::toString);
    }
}
