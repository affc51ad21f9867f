package com.example.tandem.checks.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.Test;

import tandem.checks.Finding;
import tandem.core.documents.PlanDocuments;
import tandem.core.model.Channel;
import tandem.core.model.ContactCenter;
import tandem.core.model.CoreFactory;
import tandem.core.model.OpeningHours;
import tandem.core.model.Queue;
import tandem.test.support.checks.CheckOracle;
import tandem.test.support.ui.Ui;

/** The example third-party checklist works through the extension points and shows in the Checklist view. */
class ExampleChecklistTest {

    @Test
    void theInstalledExampleChecklistAppearsInTheChecklistView() throws Exception {
        Ui.page().showView("tandem.checks.ui.checklistView");
        Tree tree = Ui.findOne(Ui.page().getWorkbenchWindow().getShell(), Tree.class,
                t -> "Checklists".equals(t.getData("name")), "checklist tree");
        List<String> items = Ui.expandAll(tree).stream().map(item -> item.getText(0)).toList();
        assertTrue(items.contains("Example Readiness Checklist"), items.toString());
        assertTrue(items.contains("Every phone queue has opening hours"), items.toString());
    }

    @Test
    void itsCheckFindsAPhoneQueueWithoutHoursAndItsQuickFixRepairsIt() {
        ResourceSet set = PlanDocuments.createResourceSet();
        Resource resource = set.createResource(URI.createFileURI("/plans/acme.center"));
        ContactCenter center = CoreFactory.eINSTANCE.createContactCenter();
        center.setName("Acme");
        OpeningHours hours = CoreFactory.eINSTANCE.createOpeningHours();
        hours.setName("Business hours");
        center.getOpeningHours().add(hours);
        Queue billing = CoreFactory.eINSTANCE.createQueue();
        billing.setName("Billing");
        billing.setChannel(Channel.PHONE);
        center.getQueues().add(billing);
        resource.getContents().add(center);

        CheckOracle oracle = new CheckOracle(set);
        List<Finding> findings = oracle.run("example.readiness.queue-hours");
        assertEquals(1, findings.size());
        assertEquals("Phone queue 'Billing' has no opening hours.", findings.get(0).message());
        assertEquals("Use opening hours 'Business hours'",
                oracle.apply(findings.get(0), "example.readiness.queue-hours.first"));
        assertEquals(hours, billing.getOpeningHours());
        assertTrue(oracle.run("example.readiness.queue-hours").isEmpty());
        oracle.undo();
        assertEquals(null, billing.getOpeningHours());
    }
}
