package tandem.ivr.model.tests;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.osgi.framework.FrameworkUtil;

import tandem.core.documents.PlanDocumentException;
import tandem.core.documents.PlanDocuments;
import tandem.ivr.model.EntryPoint;
import tandem.ivr.model.IvrScript;
import tandem.ivr.model.Node;

/**
 * The sample script of these tests (data/acme.ivr) with its contact-center setup and campaign calendar, copied to
 * a folder and loaded the way the editor and the command line load plans.
 */
final class AcmeScript {

    final IvrScript script;
    final ResourceSet set;

    private AcmeScript(IvrScript script, ResourceSet set) {
        this.script = script;
        this.set = set;
    }

    static AcmeScript load(Path folder) throws IOException, PlanDocumentException {
        for (String name : new String[] { "acme.ivr", "acme.center", "acme.campaigns" }) {
            // The data lives in this fragment: findEntries looks at the host's fragments, getEntry would not.
            Enumeration<URL> found = FrameworkUtil.getBundle(AcmeScript.class).findEntries("data", name, false);
            if (found == null || !found.hasMoreElements()) {
                throw new IOException("test data data/" + name + " is missing from the test fragment");
            }
            try (InputStream in = found.nextElement().openStream()) {
                Files.copy(in, folder.resolve(name));
            }
        }
        ResourceSet set = PlanDocuments.createResourceSet();
        Resource resource = PlanDocuments.load(set,
                URI.createFileURI(folder.resolve("acme.ivr").toAbsolutePath().toString()));
        return new AcmeScript((IvrScript) resource.getContents().get(0), set);
    }

    Node node(String id) {
        return script.getNodes().stream().filter(n -> id.equals(n.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no node " + id + " in the sample script"));
    }

    EntryPoint entry(String id) {
        return script.getEntryPoints().stream().filter(e -> id.equals(e.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no entry point " + id + " in the sample script"));
    }
}
