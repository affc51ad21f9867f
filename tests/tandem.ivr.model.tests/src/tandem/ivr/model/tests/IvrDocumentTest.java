package tandem.ivr.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.core.documents.PlanDocuments;
import tandem.ivr.model.IvrScript;
import tandem.ivr.model.Menu;
import tandem.ivr.model.Route;
import tandem.ivr.model.flow.StarterScript;
import tandem.ivr.model.simulation.CallSimulator;
import tandem.ivr.model.simulation.CallerAction;
import tandem.ivr.model.simulation.Outcome;
import tandem.ivr.model.simulation.SimulationResult;

/** IVR scripts are plan documents: saved and read back with their ids, nodes and references intact. */
class IvrDocumentTest {

    @Test
    void aStarterScriptSurvivesSaveAndLoad(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("hotline.ivr");
        ResourceSet set = PlanDocuments.createResourceSet();
        Resource resource = set.createResource(URI.createFileURI(file.toString()));
        resource.getContents().add(StarterScript.create("Hotline"));
        PlanDocuments.save(resource);
        String saved = Files.readString(file);
        assertTrue(saved.contains("xmlns:ivr=\"http://tandem.dev/ivr/1.0\""), saved);

        IvrScript reread = (IvrScript) PlanDocuments.load(PlanDocuments.createResourceSet(),
                URI.createFileURI(file.toString())).getContents().get(0);

        Menu menu = (Menu) reread.getNodes().get(1);
        assertTrue(menu.getId().startsWith("menu-"), menu.getId());
        assertSame(reread.getNodes().get(3), menu.getNoMatch().getFinalAction(), "references are kept by id");
        SimulationResult zero = new CallSimulator().simulate(reread.getEntryPoints().get(0),
                LocalDateTime.of(2026, 3, 2, 10, 0), List.of(CallerAction.press("0")));
        assertEquals(Outcome.QUEUED, zero.outcome());
        assertEquals("Agent", ((Route) zero.endNode()).getName());
    }
}
