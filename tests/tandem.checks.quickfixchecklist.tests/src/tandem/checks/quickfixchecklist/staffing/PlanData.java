package tandem.checks.quickfixchecklist.staffing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;

import tandem.core.documents.Ids;
import tandem.core.documents.PlanDocuments;
import tandem.core.model.Channel;
import tandem.core.model.ContactCenter;
import tandem.core.model.CoreFactory;
import tandem.core.model.Queue;
import tandem.staffing.model.StaffingInterval;
import tandem.staffing.model.StaffingPlan;
import tandem.staffing.model.plans.StaffingPlans;

/**
 * A small staffing plan for the oracle tests, built in memory: the setup (acme.center) with the phone queue
 * Billing and a half-hourly plan of one day for it (billing.staffing) with the textbook settings: 80% in 20 s,
 * occupancy cap 85%, shrinkage 30%, AHT 180 s, and 100 calls in each half hour from 08:00 to 10:00 (10 Erlangs:
 * 14 agents, 20 heads required).
 */
final class PlanData {

    static final LocalDate DAY = LocalDate.of(2027, 3, 3);
    static final List<LocalTime> BUSY = List.of(LocalTime.of(8, 0), LocalTime.of(8, 30), LocalTime.of(9, 0),
            LocalTime.of(9, 30));

    final ResourceSet set = PlanDocuments.createResourceSet();
    final Queue billing = CoreFactory.eINSTANCE.createQueue();
    final StaffingPlan plan;

    PlanData() {
        ContactCenter center = CoreFactory.eINSTANCE.createContactCenter();
        center.setName("Acme");
        billing.setName("Billing");
        billing.setChannel(Channel.PHONE);
        center.getQueues().add(billing);
        set.createResource(URI.createFileURI("/plans/acme.center")).getContents().add(center);
        Ids.assignMissing(center.eResource());

        plan = StaffingPlans.create("Billing 2027", billing, 30, DAY, DAY);
        plan.setServiceLevelShare(0.8);
        plan.setAnswerWithinSeconds(20);
        plan.setOccupancyCap(0.85);
        plan.setShrinkage(0.3);
        plan.setAhtSeconds(180);
        for (LocalTime time : BUSY) {
            row(time).setBaseline(100);
        }
        schedule(20, 20, 20, 20);
        Ids.assignIfMissing(plan);
        set.createResource(URI.createFileURI("/plans/billing.staffing")).getContents().add(plan);
    }

    StaffingInterval row(LocalTime time) {
        return plan.getIntervals().get(StaffingPlans.firstIndexAtOrAfter(plan, DAY.atTime(time)));
    }

    /** Heads for the half hours from 08:00 to 10:00. */
    void schedule(int... heads) {
        for (int i = 0; i < heads.length; i++) {
            row(BUSY.get(i)).setScheduled(heads[i]);
        }
    }

    /** The plan as it would be saved, to compare it before a fix and after its Undo. */
    String saved() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            plan.eResource().save(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
