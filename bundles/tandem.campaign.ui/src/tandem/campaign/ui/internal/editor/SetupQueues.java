package tandem.campaign.ui.internal.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

import tandem.core.documents.PlanDocumentException;
import tandem.core.documents.PlanDocuments;
import tandem.core.model.ContactCenter;
import tandem.core.model.Queue;

/**
 * The queues a campaign can send its contacts to: those of the contact-center setups ({@code .center} files) in the
 * calendar's project, or beside the calendar when it is no workspace file. Setups are loaded into the editor's
 * resource set, so the chosen queues are the very objects the calendar's references resolve to.
 */
final class SetupQueues {

    private static final String SETUP_EXTENSION = "center";

    private final List<Queue> queues = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private SetupQueues() {
    }

    static SetupQueues near(Resource calendar) {
        SetupQueues found = new SetupQueues();
        ResourceSet set = calendar.getResourceSet();
        for (URI setup : setupFilesNear(calendar.getURI(), found.problems)) {
            Resource resource = set.getResource(setup, false);
            try {
                if (resource == null) {
                    resource = PlanDocuments.load(set, setup);
                }
            } catch (PlanDocumentException e) {
                found.problems.add(e.problems().get(0).toString());
                continue;
            }
            for (EObject root : resource.getContents()) {
                if (root instanceof ContactCenter center) {
                    found.queues.addAll(center.getQueues());
                }
            }
        }
        return found;
    }

    List<Queue> queues() {
        return queues;
    }

    /** Setup files that could not be read, as {@code file:line: reason}. */
    List<String> problems() {
        return problems;
    }

    private static List<URI> setupFilesNear(URI calendar, List<String> problems) {
        List<URI> setups = new ArrayList<>();
        if (calendar.isPlatformResource()) {
            IFile file = ResourcesPlugin.getWorkspace().getRoot()
                    .getFile(org.eclipse.core.runtime.Path.fromPortableString(calendar.toPlatformString(true)));
            IProject project = file.getProject();
            try {
                project.accept(resource -> {
                    if (resource.getType() == IResource.FILE && SETUP_EXTENSION.equals(resource.getFileExtension())) {
                        setups.add(URI.createPlatformResourceURI(resource.getFullPath().toString(), true));
                    }
                    return !resource.getName().startsWith(".");
                });
            } catch (CoreException e) {
                problems.add(project.getName() + ": " + e.getMessage());
            }
            setups.sort(Comparator.comparing(URI::toString));
        } else if (calendar.isFile()) {
            Path folder = Path.of(calendar.toFileString()).getParent();
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(p -> p.getFileName().toString().endsWith("." + SETUP_EXTENSION)).sorted()
                        .forEach(p -> setups.add(URI.createFileURI(p.toAbsolutePath().toString())));
            } catch (IOException e) {
                problems.add(folder + ": " + e.getMessage());
            }
        }
        return setups;
    }
}
