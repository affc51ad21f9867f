package tandem.core.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;

import tandem.core.documents.PlanDocuments;
import tandem.core.model.ContactCenter;
import tandem.core.model.CoreFactory;
import tandem.core.model.OpeningHours;
import tandem.core.model.Queue;
import tandem.core.model.Team;
import tandem.core.validation.ModelValidation;

/** Validation of a contact-center setup: time zones that exist, no negative headcounts, ids named readably. */
class CoreValidationTest {

    private static List<String> errors(ContactCenter center) {
        return ModelValidation.validate(center).getChildren().stream()
                .filter(d -> d.getSeverity() >= Diagnostic.ERROR).map(Diagnostic::getMessage).toList();
    }

    private static ContactCenter center() {
        ContactCenter center = CoreFactory.eINSTANCE.createContactCenter();
        center.setName("Acme");
        center.setTimeZone("Europe/Berlin");
        Team team = CoreFactory.eINSTANCE.createTeam();
        team.setName("Red");
        team.setHeadcount(12);
        center.getTeams().add(team);
        OpeningHours hours = CoreFactory.eINSTANCE.createOpeningHours();
        hours.setName("Office");
        hours.setTimeZone("America/New_York");
        center.getOpeningHours().add(hours);
        return center;
    }

    @Test
    void aValidSetupHasNoErrors() {
        assertEquals(List.of(), errors(center()));
    }

    @Test
    void unknownTimeZonesAndNegativeHeadcountsAreErrors() {
        ContactCenter center = center();
        center.setTimeZone("Mars/Olympus");
        center.getOpeningHours().get(0).setTimeZone("Europe/Atlantis");
        center.getTeams().get(0).setHeadcount(-3);
        List<String> errors = errors(center);
        assertEquals(3, errors.size(), errors::toString);
        assertTrue(errors.stream().anyMatch(e -> e.contains("unknown time zone 'Mars/Olympus'")), errors::toString);
        assertTrue(errors.stream().anyMatch(e -> e.contains("unknown time zone 'Europe/Atlantis'")),
                errors::toString);
        assertTrue(errors.stream().anyMatch(e -> e.contains("Team 'Red'") && e.contains("-3")), errors::toString);
    }

    @Test
    void duplicateIdsAreNamedByElementAndFileNotByJavaObject() {
        ContactCenter center = center();
        Resource resource = PlanDocuments.createResourceSet().createResource(URI.createFileURI("/plans/acme.center"));
        resource.getContents().add(center);
        for (String name : List.of("Billing", "Sales")) {
            Queue queue = CoreFactory.eINSTANCE.createQueue();
            queue.setName(name);
            queue.setId("queue-1");
            center.getQueues().add(queue);
        }
        List<String> errors = errors(center);
        assertEquals(1, errors.size(), errors::toString);
        assertTrue(errors.get(0).contains("queue-1"), errors::toString);
        assertTrue(errors.get(0).contains("Queue 'Sales'") && errors.get(0).contains("acme.center"), errors::toString);
        assertFalse(errors.get(0).contains("Impl@"), errors::toString);
    }
}
