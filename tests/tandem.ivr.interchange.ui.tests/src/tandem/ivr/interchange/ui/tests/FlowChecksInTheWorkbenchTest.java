package tandem.ivr.interchange.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tandem.checks.ui.CheckMarkers;
import tandem.test.support.ui.PlanProjects;
import tandem.test.support.ui.Ui;

/**
 * Contact flows among a project's {@code .json} files are checked like its plans: their findings are markers on the
 * flow file, kept in step when the file changes; the project's other JSON files are left alone, without markers.
 */
class FlowChecksInTheWorkbenchTest {

    private static final String SETUP = """
            <?xml version="1.0" encoding="UTF-8"?>
            <core:ContactCenter xmlns:core="http://tandem.dev/core/1.0" id="center-1" name="Acme">
              <queues id="queue-1" name="Billing"/>
            </core:ContactCenter>
            """;

    /** A Connect flow whose menu hangs up on callers it does not understand ({@code noMatch} the target). */
    private static String flow(String noMatch) {
        return "{\"Version\":\"2019-10-30\",\"StartAction\":\"menu\",\"Actions\":["
                + "{\"Identifier\":\"menu\",\"Type\":\"GetParticipantInput\",\"Parameters\":{\"Text\":"
                + "\"Press 1 for billing\",\"StoreInput\":\"False\"},\"Transitions\":{\"NextAction\":\"bye\","
                + "\"Conditions\":[{\"NextAction\":\"set\",\"Condition\":{\"Operator\":\"Equals\",\"Operands\":"
                + "[\"1\"]}}],\"Errors\":[{\"NextAction\":\"" + noMatch + "\",\"ErrorType\":\"NoMatchingCondition\"},"
                + "{\"NextAction\":\"set\",\"ErrorType\":\"InputTimeLimitExceeded\"}]}},"
                + "{\"Identifier\":\"set\",\"Type\":\"UpdateContactTargetQueue\",\"Parameters\":{\"QueueId\":"
                + "\"Billing\"},\"Transitions\":{\"NextAction\":\"to\",\"Errors\":[{\"NextAction\":\"to\","
                + "\"ErrorType\":\"NoMatchingError\"}]}},"
                + "{\"Identifier\":\"to\",\"Type\":\"TransferContactToQueue\",\"Transitions\":{\"NextAction\":\"bye\"}},"
                + "{\"Identifier\":\"bye\",\"Type\":\"DisconnectParticipant\"}]}";
    }

    private IProject project;

    @BeforeEach
    void createProject() throws CoreException {
        project = PlanProjects.open("flows");
        create(project.getFile("acme.center"), SETUP);
    }

    @AfterEach
    void cleanUp() throws CoreException {
        PlanProjects.delete(project);
    }

    private static void create(IFile file, String text) throws CoreException {
        file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
    }

    private static List<IMarker> problems(IResource resource) {
        try {
            return Arrays.asList(resource.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_ZERO));
        } catch (CoreException e) {
            return List.of();
        }
    }

    private static List<IMarker> noDisconnect(IFile file) {
        return problems(file).stream()
                .filter(m -> m.getAttribute(CheckMarkers.RULE_ID, "").equals("quickfix.ivr-no-disconnect")).toList();
    }

    @Test
    void aFlowFileGetsMarkersThatFollowItsChangesAndOtherJsonFilesNone() throws Exception {
        IFile packageJson = project.getFile("package.json");
        create(packageJson, "{\"name\":\"flows\",\"version\":\"1.0.0\",\"scripts\":{\"deploy\":\"aws connect\"}}");
        IFile broken = project.getFile("settings.json");
        create(broken, "{ \"editor\": ");
        IFile flow = project.getFile("main.connect.json");
        create(flow, flow("bye"));

        Ui.executeCommand("tandem.checks.ui.runChecks");
        Ui.waitUntil("the flow has its marker", () -> noDisconnect(flow).size() == 1);
        IMarker marker = noDisconnect(flow).get(0);
        assertTrue(marker.getAttribute(IMarker.MESSAGE, "").contains("hangs up on callers it does not understand"),
                marker.getAttribute(IMarker.MESSAGE, ""));
        String message = marker.getAttribute(IMarker.MESSAGE, "");
        org.eclipse.ui.IViewPart problemsView = Ui.page().showView(org.eclipse.ui.IPageLayout.ID_PROBLEM_VIEW);
        Ui.waitUntil("the Problems view lists the flow's finding", () -> Ui
                .findAll(problemsView.getSite().getShell(), org.eclipse.swt.widgets.Tree.class, t -> true).stream()
                .anyMatch(tree -> Ui.expandAll(tree).stream().anyMatch(item -> item.getText(0).equals(message))));
        Ui.screenshot(java.nio.file.Path.of("target", "screenshots", "flow-markers.png"));
        Ui.waitForJobs();
        assertEquals(List.of(), problems(packageJson), "package.json is not a flow: no marker");
        assertEquals(List.of(), problems(broken), "broken JSON that is not a flow: no marker");
        assertEquals(List.of(), problems(project.getFile("acme.center")), "the setup is fine");

        flow.setContents(new ByteArrayInputStream(flow("set").getBytes(StandardCharsets.UTF_8)), true, false,
                null);
        Ui.waitUntil("the marker goes when the saved flow no longer hangs up", () -> noDisconnect(flow).isEmpty());

        String unreadable = "{\"Version\":\"2019-10-30\",\"StartAction\":\"nowhere\",\"Actions\":[]}";
        flow.setContents(new ByteArrayInputStream(unreadable.getBytes(StandardCharsets.UTF_8)), true, false, null);
        Ui.waitUntil("a flow that cannot be read is one problem on its file, naming what is wrong",
                () -> problems(flow).size() == 1
                        && problems(flow).get(0).getAttribute(IMarker.MESSAGE, "").contains("'nowhere'"));
    }
}
