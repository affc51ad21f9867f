package tandem.checks.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;

import tandem.checks.PlanSet;
import tandem.checks.PlanSets;
import tandem.core.documents.PlanDocuments;
import tandem.core.model.ContactCenter;
import tandem.core.model.CoreFactory;
import tandem.core.model.NamedElement;
import tandem.core.model.OpeningHours;
import tandem.core.model.Queue;
import tandem.core.model.Team;
import tandem.core.model.WeeklyHours;
import tandem.core.model.Weekday;

/** Finding elements in plan sets, and walking again only the documents that changed. */
class IndexedPlanSetTest {

    private final ResourceSet set = PlanDocuments.createResourceSet();
    private final ContactCenter north = center("north", "Billing", "Sales");
    private final ContactCenter south = center("south", "Support");

    @Test
    void elementsOfATypeAreFoundInEveryDocumentInOrder() {
        PlanSet plans = PlanSets.of(set);
        assertEquals(List.of("Billing", "Sales", "Support"), names(plans.all(Queue.class)));
        assertEquals(List.of("north", "south"), names(plans.roots(ContactCenter.class)));
        assertEquals(List.of("north", "south", "Billing", "Sales", "Support"), names(plans.all(NamedElement.class)),
                "a supertype finds every subtype, grouped by class");
        assertTrue(plans.all(Team.class).isEmpty());
    }

    @Test
    void afterAChangeOnlyTheChangedDocumentsAreIndexedAgain() {
        PlanSet before = PlanSets.of(set);
        assertEquals(3, before.all(Queue.class).size());

        north.getQueues().add(queue("Retention"));
        south.getQueues().add(queue("Escalations"));
        PlanSet after = PlanSets.afterChange(before, Set.of(north.eResource()));
        assertEquals(List.of("Billing", "Sales", "Retention", "Support"), names(after.all(Queue.class)),
                "south was not named as changed, so its index is reused");
        assertEquals(before.documents(), after.documents());

        PlanSet fresh = PlanSets.afterChange(after, Set.of(south.eResource()));
        assertEquals(List.of("Billing", "Sales", "Retention", "Support", "Escalations"),
                names(fresh.all(Queue.class)));
        assertEquals(names(PlanSets.of(set).all(Queue.class)), names(fresh.all(Queue.class)));
    }

    @Test
    void aDocumentTheEarlierSetDidNotHoldIsIndexed() {
        PlanSet before = PlanSets.of(set, List.of(north.eResource()));
        assertEquals(2, before.all(Queue.class).size());
        PlanSet after = PlanSets.afterChange(before, List.of(north.eResource(), south.eResource()), Set.of());
        assertEquals(List.of("Billing", "Sales", "Support"), names(after.all(Queue.class)));
    }

    @Test
    void elementsNestedDeepInADocumentAreFound() {
        OpeningHours hours = CoreFactory.eINSTANCE.createOpeningHours();
        hours.setName("Office");
        for (Weekday day : List.of(Weekday.MONDAY, Weekday.TUESDAY)) {
            WeeklyHours weekly = CoreFactory.eINSTANCE.createWeeklyHours();
            weekly.setDay(day);
            hours.getWeeklyHours().add(weekly);
        }
        south.getOpeningHours().add(hours);
        PlanSet plans = PlanSets.of(set);
        assertEquals(List.of(Weekday.MONDAY, Weekday.TUESDAY),
                plans.all(WeeklyHours.class).stream().map(WeeklyHours::getDay).toList());
        assertEquals(List.of("north", "south", "Billing", "Sales", "Support", "Office"),
                names(plans.all(NamedElement.class)), "grouped by class in the order the classes are first met");
        assertEquals(2 + 3 + 1 + 2, plans.all(EObject.class).size(), "centers, queues, hours and weekly hours");
    }

    @Test
    void aDocumentsRevisionStaysWhileItIsNotNamedAsChanged() {
        PlanSet before = PlanSets.of(set);
        Object northBefore = before.revision(north.eResource());
        Object southBefore = before.revision(south.eResource());
        assertSame(northBefore, before.revision(north.eResource()));

        PlanSet after = PlanSets.afterChange(before, Set.of(north.eResource()));
        assertNotSame(northBefore, after.revision(north.eResource()), "north changed");
        assertSame(southBefore, after.revision(south.eResource()), "south did not");
        assertNotSame(southBefore, PlanSets.of(set).revision(south.eResource()),
                "a plan set made anew knows nothing of earlier ones");
    }

    @Test
    void whatACheckKeepsAboutADocumentGoesWithItsRevision() {
        Object keeper = new Object();
        PlanSet before = PlanSets.of(set);
        Object northKept = before.kept(north.eResource(), keeper, Object::new);
        Object southKept = before.kept(south.eResource(), keeper, Object::new);
        assertSame(northKept, before.kept(north.eResource(), keeper, Object::new), "made once");
        assertNotSame(northKept, before.kept(north.eResource(), new Object(), Object::new),
                "keepers do not see each other's values");

        PlanSet after = PlanSets.afterChange(before, Set.of(north.eResource()));
        assertNotSame(northKept, after.kept(north.eResource(), keeper, Object::new), "north changed");
        assertSame(southKept, after.kept(south.eResource(), keeper, Object::new), "south did not");
        assertNotSame(southKept, PlanSets.of(set).kept(south.eResource(), keeper, Object::new),
                "a plan set made anew keeps nothing of earlier ones");
    }

    @Test
    void whatTheChecksOfARunShareStaysWithThatRun() {
        PlanSet before = PlanSets.of(set);
        Object index = before.shared(IndexedPlanSetTest.class, Object::new);
        assertSame(index, before.shared(IndexedPlanSetTest.class, Object::new));
        assertNotSame(index, before.shared(String.class, Object::new), "one value per key");
        assertNotSame(index, PlanSets.afterChange(before, Set.of()).shared(IndexedPlanSetTest.class, Object::new),
                "the next run starts without");
    }

    @Test
    void aPlanSetOfItsOwnKeepsNothingByDefault() {
        PlanSet plain = new PlanSet() {
            @Override
            public ResourceSet resourceSet() {
                return set;
            }

            @Override
            public List<Resource> documents() {
                return set.getResources();
            }

            @Override
            public <T extends EObject> List<T> all(Class<T> type) {
                return List.of();
            }

            @Override
            public <T extends EObject> List<T> roots(Class<T> type) {
                return List.of();
            }
        };
        Resource document = north.eResource();
        assertNotSame(plain.revision(document), plain.revision(document));
        assertNotSame(plain.kept(document, this, Object::new), plain.kept(document, this, Object::new));
        assertNotSame(plain.shared(this, Object::new), plain.shared(this, Object::new));
        assertEquals(List.of("north", "south"),
                names(PlanSets.afterChange(plain, Set.of()).roots(ContactCenter.class)),
                "a later plan set of the same documents is made all the same");
    }

    private ContactCenter center(String name, String... queues) {
        ContactCenter center = CoreFactory.eINSTANCE.createContactCenter();
        center.setName(name);
        for (String queue : queues) {
            center.getQueues().add(queue(queue));
        }
        Resource resource = set.createResource(URI.createFileURI("/plans/" + name + ".center"));
        resource.getContents().add(center);
        return center;
    }

    private static Queue queue(String name) {
        Queue queue = CoreFactory.eINSTANCE.createQueue();
        queue.setName(name);
        return queue;
    }

    private static List<String> names(List<? extends NamedElement> elements) {
        return elements.stream().map(NamedElement::getName).toList();
    }
}
