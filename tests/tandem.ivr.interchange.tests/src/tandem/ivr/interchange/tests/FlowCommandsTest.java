package tandem.ivr.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.cli.CliCommand;
import tandem.cli.CliCommands;
import tandem.cli.CliContext;
import tandem.core.documents.PlanDocuments;
import tandem.ivr.interchange.cli.internal.ExportFlowCommand;
import tandem.ivr.interchange.cli.internal.ImportFlowCommand;
import tandem.ivr.model.Route;

/** {@code tandem-cli import-flow} and {@code export-flow}: files in, files out, nothing written on error. */
class FlowCommandsTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(CliCommand command, String... args) {
        out.reset();
        err.reset();
        String name = command instanceof ImportFlowCommand ? "import-flow" : "export-flow";
        return CliCommands.execute(name, command, args, CliContext.of(new PrintStream(out, true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), folder));
    }

    private void setup() throws Exception {
        Plans plans = new Plans();
        plans.center.eResource().setURI(URI.createFileURI(folder.resolve("acme.center").toString()));
        PlanDocuments.save(plans.center.eResource());
    }

    @Test
    void aConnectFlowImportsWithTheSetupsQueuesAndExportsBackUnchanged() throws Exception {
        setup();
        String original = Plans.data("acme-main.connect.json");
        Files.writeString(folder.resolve("main.json"), original);
        assertEquals(0, run(new ImportFlowCommand(), "main.json", "main.ivr"), err::toString);
        assertTrue(out.toString().contains("Imported 13 steps of the connect flow main.json"), out::toString);
        var set = PlanDocuments.createResourceSet();
        var script = (tandem.ivr.model.IvrScript) PlanDocuments
                .load(set, URI.createFileURI(folder.resolve("main.ivr").toString())).getContents().get(0);
        Route billing = (Route) script.getNodes().stream().filter(n -> "a05-transfer-billing".equals(n.getName()))
                .findFirst().orElseThrow();
        assertEquals("Billing", billing.getQueue().getName());

        assertEquals(0, run(new ExportFlowCommand(), "main.ivr", "out.json", "--format", "connect"), err::toString);
        assertEquals(Plans.tree(original), Plans.tree(Files.readString(folder.resolve("out.json"))));
    }

    @Test
    void aFolderOfFlowsImportsAsOneScriptAndEachFlowExportsByItsEntryPoint() throws Exception {
        java.nio.file.Path flows = Files.createDirectory(folder.resolve("flows"));
        String support = Plans.data("acme-support.twilio.json");
        Files.writeString(flows.resolve("support.json"), support);
        Files.writeString(flows.resolve("sales.json"), support.replace("Acme support line", "Acme sales line"));
        Files.writeString(flows.resolve("notes.txt"), "not a flow");
        assertEquals(0, run(new ImportFlowCommand(), "flows", "lines.ivr"), err::toString);
        assertTrue(out.toString().contains("steps of 2 twilio flows in flows into"), out::toString);
        assertEquals(0, run(new ExportFlowCommand(), "lines.ivr", "support.json", "--format", "twilio", "--entry",
                "Acme support line"), err::toString);
        assertEquals(Plans.tree(support), Plans.tree(Files.readString(folder.resolve("support.json"))));
        assertEquals(2, run(new ExportFlowCommand(), "lines.ivr", "x.json", "--format", "twilio", "--entry", "Nope"));
        assertEquals("tandem-cli export-flow: --entry: flows has no entry point 'Nope'\n", err.toString());
    }

    @Test
    void aBadFlowWritesNothingAndNamesTheFileAndAction() throws Exception {
        Files.writeString(folder.resolve("bad.json"), "{\"Version\":\"2019-10-30\",\"StartAction\":\"a\","
                + "\"Actions\":[{\"Identifier\":\"a\",\"Type\":\"MessageParticipant\",\"Transitions\":"
                + "{\"NextAction\":\"b\"}}]}");
        assertEquals(1, run(new ImportFlowCommand(), "bad.json", "bad.ivr"));
        assertEquals("tandem-cli import-flow: bad.json: action 'a': NextAction 'b' names no action of the flow; nothing was written\n",
                err.toString());
        assertFalse(Files.exists(folder.resolve("bad.ivr")));
    }

    @Test
    void anExistingScriptIsNotReplacedUnasked() throws Exception {
        Files.writeString(folder.resolve("main.json"), Plans.data("acme-support.twilio.json"));
        Files.writeString(folder.resolve("main.ivr"), "keep");
        assertEquals(1, run(new ImportFlowCommand(), "main.json", "main.ivr"));
        assertEquals("keep", Files.readString(folder.resolve("main.ivr")));
        assertEquals(0, run(new ImportFlowCommand(), "main.json", "main.ivr", "--replace", "--format", "twilio"),
                err::toString);
    }

    @Test
    void exportNeedsAFormatAndRefusesTooManyActionsWithoutWriting() throws Exception {
        Files.writeString(folder.resolve("main.json"), Plans.data("acme-support.twilio.json"));
        assertEquals(0, run(new ImportFlowCommand(), "main.json", "main.ivr"), err::toString);
        assertEquals(2, run(new ExportFlowCommand(), "main.ivr", "out.json"));
        assertEquals("tandem-cli export-flow: give the flow's format: --format connect|twilio\n", err.toString());
        assertEquals(2, run(new ExportFlowCommand(), "main.ivr", "out.json", "--format", "genesys"));
        assertEquals(1, run(new ExportFlowCommand(), "main.ivr", "out.json", "--format", "connect"));
        assertTrue(err.toString().endsWith("nothing was written\n"), err::toString);
        assertFalse(Files.exists(folder.resolve("out.json")));
    }
}
