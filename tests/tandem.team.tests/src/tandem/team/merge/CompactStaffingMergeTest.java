package tandem.team.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.core.documents.PlanDocuments;
import tandem.staffing.model.StaffingInterval;
import tandem.staffing.model.StaffingPlan;
import tandem.staffing.model.plans.StaffingPlans;

/**
 * Issue 17: long staffing plans are saved with their intervals as one compact row table; the merge driver still
 * merges them interval by interval and writes the compact form back.
 */
class CompactStaffingMergeTest {

    private static final LocalDate FIRST = LocalDate.of(2027, 3, 1);

    @TempDir
    Path folder;

    private Path version(String side, java.util.function.Consumer<StaffingPlan> edit) throws IOException {
        Path file = folder.resolve(side).resolve("sales.staffing");
        Files.createDirectories(file.getParent());
        StaffingPlan plan = StaffingPlans.create("Sales", null, 15, FIRST, FIRST.plusDays(13)); // 1,344 rows
        plan.setId("sales");
        int i = 0;
        for (StaffingInterval interval : plan.getIntervals()) {
            interval.setBaseline(i % 40);
            interval.setScheduled(i % 7);
            i++;
        }
        edit.accept(plan);
        Resource resource = PlanDocuments.createResourceSet().createResource(URI.createFileURI(file.toString()));
        resource.getContents().add(plan);
        PlanDocuments.save(resource);
        assertTrue(compact(file), side + " is written compactly");
        return file;
    }

    private static boolean compact(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(2);
            return head.length == 2 && head[0] == 'P' && head[1] == 'K';
        }
    }

    private static StaffingInterval at(StaffingPlan plan, LocalDateTime start) {
        return plan.getIntervals().stream().filter(i -> start.equals(i.getStart())).findFirst().orElse(null);
    }

    @Test
    void compactStaffingPlansMergeIntervalByInterval() throws Exception {
        LocalDateTime nine = FIRST.plusDays(2).atTime(9, 0);
        LocalDateTime ten = FIRST.plusDays(5).atTime(10, 0);
        LocalDateTime gone = FIRST.plusDays(9).atTime(3, 15);
        Path base = version("base", plan -> { });
        Path ours = version("ours", plan -> at(plan, nine).setBaseline(180));
        Path theirs = version("theirs", plan -> {
            at(plan, ten).setScheduled(14);
            at(plan, ten).setAhtSeconds(300.0);
            plan.getIntervals().remove(at(plan, gone));
        });

        FileMerge.Outcome outcome = FileMerge.merge(base, ours, theirs, folder.resolve("sales.staffing"));

        assertTrue(outcome.clean(), () -> outcome.conflicts().toString());
        assertTrue(compact(ours), "the merged plan is written compactly");
        StaffingPlan merged = (StaffingPlan) PlanDocuments
                .load(PlanDocuments.createResourceSet(), URI.createFileURI(ours.toString())).getContents().get(0);
        assertEquals(1343, merged.getIntervals().size());
        assertEquals(180, at(merged, nine).getBaseline());
        assertEquals(14, at(merged, ten).getScheduled());
        assertEquals(300.0, at(merged, ten).getAhtSeconds());
        assertNull(at(merged, gone));
        StaffingInterval untouched = at(merged, FIRST.plusDays(11).atTime(17, 30)); // row 1,126 of the base
        assertEquals(1126 % 40, untouched.getBaseline());
        assertEquals(1126 % 7, untouched.getScheduled());
        assertNull(untouched.getAhtSeconds());
    }
}
