package tandem.staffing.model.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.core.documents.PlanDocuments;
import tandem.core.model.ContactCenter;
import tandem.core.model.CoreFactory;
import tandem.core.model.Queue;
import tandem.staffing.model.StaffingInterval;
import tandem.staffing.model.StaffingPlan;

/** Creating plans, finding intervals, and plans as files: rows, dates and the queue in another file. */
class StaffingPlansTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @TempDir
    Path folder;

    @Test
    void aNewPlanHasOneRowPerIntervalOfEveryDay() {
        StaffingPlan plan = StaffingPlans.create("Billing", null, 30, DAY, DAY.plusDays(6));
        assertEquals(7 * 48, plan.getIntervals().size());
        assertEquals(DAY.atStartOfDay(), plan.getIntervals().get(0).getStart());
        assertEquals(DAY.plusDays(6).atTime(23, 30), plan.getIntervals().get(7 * 48 - 1).getStart());
        assertEquals(0, plan.getIntervals().get(10).getBaseline());
        assertEquals(0.8, plan.getServiceLevelShare());
        assertEquals(35_040, StaffingPlans.create("Year", null, 15, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31)).getIntervals().size(), "a year of 15-minute intervals");
    }

    @Test
    void onlyValidIntervalLengthsAndRangesAreAccepted() {
        assertEquals("the interval length must be 15, 30 or 60 minutes, was 20", assertThrows(
                IllegalArgumentException.class, () -> StaffingPlans.create("x", null, 20, DAY, DAY)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> StaffingPlans.create("x", null, 15, DAY, DAY.minusDays(1)));
    }

    @Test
    void intervalsAreFoundByTime() {
        StaffingPlan plan = StaffingPlans.create("Billing", null, 15, DAY, DAY.plusDays(1));
        assertEquals(0, StaffingPlans.firstIndexAtOrAfter(plan, DAY.atStartOfDay().minusHours(3)));
        assertEquals(33, StaffingPlans.firstIndexAtOrAfter(plan, DAY.atTime(8, 15)));
        assertEquals(34, StaffingPlans.firstIndexAtOrAfter(plan, DAY.atTime(8, 20)));
        assertEquals(96, StaffingPlans.firstIndexAtOrAfter(plan, DAY.plusDays(1).atStartOfDay()));
        assertEquals(192, StaffingPlans.firstIndexAtOrAfter(plan, DAY.plusDays(5).atStartOfDay()));
        assertTrue(StaffingPlans.isAligned(DAY.atTime(8, 45), 15));
        assertFalse(StaffingPlans.isAligned(DAY.atTime(8, 45), 30));
        assertEquals(35, StaffingPlans.slotOfDay(DAY.atTime(8, 45), 15));
    }

    @Test
    void intervalsOutOfOrderAreStillFound() {
        StaffingPlan plan = StaffingPlans.create("Billing", null, 60, DAY, DAY);
        plan.getIntervals().move(0, 20); // 20:00 now comes first
        assertEquals(21, StaffingPlans.firstIndexAtOrAfter(plan, DAY.atTime(21, 0)));
        plan.getIntervals().get(12).setStart(null); // where the binary search looks first
        assertEquals(21, StaffingPlans.firstIndexAtOrAfter(plan, DAY.atTime(21, 0)), "rows without start are skipped");
        assertEquals(0, StaffingPlans.firstIndexAtOrAfter(plan, DAY.atTime(19, 30)), "searched in list order");
    }

    @Test
    void aPlanIsSavedAndReadBackWithItsQueueInTheSetupFile() throws Exception {
        ResourceSet set = PlanDocuments.createResourceSet();
        Resource centerFile = set.createResource(URI.createFileURI(folder.resolve("acme.center").toString()));
        ContactCenter center = CoreFactory.eINSTANCE.createContactCenter();
        Queue billing = CoreFactory.eINSTANCE.createQueue();
        billing.setName("Billing");
        center.getQueues().add(billing);
        centerFile.getContents().add(center);
        PlanDocuments.save(centerFile);

        StaffingPlan plan = StaffingPlans.create("Billing March", billing, 60, DAY, DAY);
        plan.setShrinkage(0.3);
        plan.setAveragePatienceSeconds(90.0);
        StaffingInterval nine = plan.getIntervals().get(9);
        nine.setBaseline(120.5);
        nine.setAhtSeconds(240.0);
        nine.setScheduled(17);
        Resource planFile = set.createResource(URI.createFileURI(folder.resolve("march.staffing").toString()));
        planFile.getContents().add(plan);
        PlanDocuments.save(planFile);
        String text = Files.readString(folder.resolve("march.staffing"));
        assertTrue(text.contains("start=\"2026-03-02T09:00\" baseline=\"120.5\" ahtSeconds=\"240.0\" scheduled=\"17\""),
                text);
        assertTrue(text.contains("acme.center#" + billing.getId()), "the queue is referenced by id: " + text);
        assertFalse(text.contains("start=\"2026-03-02T10:00\" baseline"), "defaults are not written: " + text);

        ResourceSet other = PlanDocuments.createResourceSet();
        StaffingPlan read = (StaffingPlan) PlanDocuments.load(other,
                URI.createFileURI(folder.resolve("march.staffing").toString())).getContents().get(0);
        assertEquals(24, read.getIntervals().size());
        StaffingInterval readNine = read.getIntervals().get(9);
        assertEquals(LocalDateTime.of(2026, 3, 2, 9, 0), readNine.getStart());
        assertEquals(120.5, readNine.getBaseline());
        assertEquals(240.0, readNine.getAhtSeconds());
        assertEquals(17, readNine.getScheduled());
        assertNull(read.getIntervals().get(10).getAhtSeconds(), "no AHT of its own: the plan's");
        assertEquals(0.3, read.getShrinkage());
        assertEquals(90.0, read.getAveragePatienceSeconds());
        assertEquals(60, read.getIntervalMinutes());
        assertEquals(DAY, read.getStartDate());
        Queue queue = read.getQueue();
        assertNotSame(billing, queue);
        assertEquals("Billing", queue.getName(), "the queue resolves from acme.center");
        assertTrue(PlanDocuments.unresolvedReferences(read.eResource()).isEmpty());
    }
}
