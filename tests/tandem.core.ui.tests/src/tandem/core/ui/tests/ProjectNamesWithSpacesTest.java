package tandem.core.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tandem.core.documents.PlanDocuments;
import tandem.core.model.ContactCenter;
import tandem.core.model.CoreFactory;
import tandem.core.ui.forms.RelatedDocuments;
import tandem.core.ui.wizards.ProjectDocuments;
import tandem.test.support.ui.PlanProjects;

/**
 * A project whose name has spaces (the example is "Spring Promotion Example"): its plans' platform URIs encode them
 * ("Spring%20Promotion%20Example"), and the documents beside a plan are still found.
 */
class ProjectNamesWithSpacesTest {

    private IProject project;

    @BeforeEach
    void createProject() throws CoreException {
        project = PlanProjects.open("Plans With Spaces");
    }

    @AfterEach
    void cleanUp() throws CoreException {
        PlanProjects.delete(project);
    }

    @Test
    void relatedAndProjectDocumentsAreFoundInAProjectWhoseNameHasSpaces() throws Exception {
        ContactCenter center = CoreFactory.eINSTANCE.createContactCenter();
        center.setName("Acme");
        IFile file = project.getFile("acme.center");
        ResourceSet set = PlanDocuments.createResourceSet();
        Resource resource = set.createResource(URI.createPlatformResourceURI(file.getFullPath().toString(), true));
        resource.getContents().add(center);
        PlanDocuments.save(resource);
        file.refreshLocal(IResource.DEPTH_ZERO, null);

        URI plan = URI.createPlatformResourceURI(project.getFile("any.staffing").getFullPath().toString(), true);
        assertEquals("Plans%20With%20Spaces", plan.segment(1), "the URI encodes the spaces");

        ResourceSet related = PlanDocuments.createResourceSet();
        RelatedDocuments.loadInto(related, plan, "center");
        assertEquals(List.of("Acme"), RelatedDocuments.all(related, ContactCenter.class).stream()
                .map(ContactCenter::getName).toList());

        assertEquals(List.of("Acme"), ProjectDocuments.roots(PlanDocuments.createResourceSet(), plan, "center",
                ContactCenter.class).stream().map(ContactCenter::getName).toList());
    }
}
