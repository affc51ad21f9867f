package tandem.ivr.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

import tandem.core.documents.PlanDocumentException;
import tandem.core.documents.PlanDocuments;
import tandem.core.documents.PlanFiles;

/**
 * Loads the contact-center setups and campaign calendars of the script's project (its folder tree) into the
 * editor's resource set, so that routes, hours checks and entry points can choose queues, opening hours and
 * campaigns. Plans that cannot be read are skipped: the script's own problems are what the editor reports.
 */
final class ProjectPlans {

    private static final Set<String> REFERENCED = Set.of("center", "campaigns");

    private ProjectPlans() {
    }

    static void loadBeside(Resource script, ResourceSet set) {
        Path root;
        try {
            Path file = PlanDocuments.pathOf(script.getURI());
            root = projectRootOf(script.getURI(), file);
        } catch (IOException e) {
            return;
        }
        List<Path> plans;
        try {
            plans = PlanFiles.find(List.of(root));
        } catch (IOException e) {
            return;
        }
        for (Path plan : plans) {
            String name = plan.getFileName().toString();
            String extension = name.substring(name.lastIndexOf('.') + 1);
            if (!REFERENCED.contains(extension)) {
                continue;
            }
            URI uri = uriOf(script.getURI(), root, plan);
            if (set.getResource(uri, false) != null) {
                continue;
            }
            try {
                PlanDocuments.load(set, uri);
            } catch (PlanDocumentException e) {
                // Not readable now; references to it stay unresolved and validation says so.
            }
        }
    }

    /** The project folder for workspace files, the file's own folder otherwise. */
    private static Path projectRootOf(URI uri, Path file) {
        if (uri.isPlatformResource() && uri.segmentCount() > 2) {
            // platform:/resource/<project>/<folders...>/<file>: one step up per segment below the project.
            Path root = file;
            for (int i = 2; i < uri.segmentCount(); i++) {
                root = root.getParent();
            }
            return root;
        }
        return file.getParent();
    }

    /** The plan's URI in the script's scheme, so that references written relative to the script resolve to it. */
    private static URI uriOf(URI scriptUri, Path root, Path plan) {
        if (scriptUri.isPlatformResource()) {
            // Segments are encoded ("Spring%20Promotion%20Example"); the URI is made from the decoded name.
            String project = URI.decode(scriptUri.segment(1));
            String relative = root.relativize(plan).toString().replace('\\', '/');
            return URI.createPlatformResourceURI(project + "/" + relative, true);
        }
        return URI.createFileURI(plan.toAbsolutePath().toString());
    }
}
