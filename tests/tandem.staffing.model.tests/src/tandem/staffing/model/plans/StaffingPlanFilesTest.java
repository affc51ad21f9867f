package tandem.staffing.model.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.core.documents.PlanDocuments;
import tandem.core.rows.RowTableResource;
import tandem.staffing.model.StaffingInterval;
import tandem.staffing.model.StaffingPlan;

/** Issue 17: long staffing plans are saved without one XML element per interval and load back the same. */
class StaffingPlanFilesTest {

    @TempDir
    Path folder;

    private URI uri(String name) {
        return URI.createFileURI(folder.resolve(name).toString());
    }

    private ResourceSet resourceSet() {
        ResourceSet set = PlanDocuments.createResourceSet();
        PlanDocuments.confineToFolders(set, List.of(folder));
        return set;
    }

    private static StaffingPlan plan(int days) {
        StaffingPlan plan = StaffingPlans.create("Billing", null, 15, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 1).plusDays(days - 1L));
        plan.setShrinkage(0.3);
        plan.setAhtSeconds(240);
        int i = 0;
        for (StaffingInterval row : plan.getIntervals()) {
            row.setBaseline(i % 96 < 32 ? 0 : 10 + (i % 17) * 0.5);
            row.setScheduled(i % 96 < 32 ? 0 : 12 + i % 5);
            if (i % 9 == 0) {
                row.setAhtSeconds(200.0 + i % 50);
            }
            i++;
        }
        return plan;
    }

    private void save(StaffingPlan plan, String name, Map<?, ?> options) throws IOException {
        Resource resource = resourceSet().createResource(uri(name));
        resource.getContents().add(plan);
        resource.save(options);
    }

    private StaffingPlan load(String name) throws IOException {
        return (StaffingPlan) PlanDocuments.load(resourceSet(), uri(name)).getContents().get(0);
    }

    private List<String> entries(String name) throws IOException {
        List<String> entries = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(folder.resolve(name)))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.add(entry.getName());
                if (entry.getName().equals(RowTableResource.DOCUMENT_ENTRY)) {
                    String xmi = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                    assertFalse(xmi.contains("<intervals"), "no XML element per interval");
                    assertTrue(xmi.contains("name=\"Billing\""), xmi);
                }
            }
        }
        return entries;
    }

    private static void assertSamePlan(StaffingPlan expected, StaffingPlan actual) {
        assertEquals(expected.getName(), actual.getName());
        assertEquals(expected.getShrinkage(), actual.getShrinkage());
        assertEquals(expected.getStartDate(), actual.getStartDate());
        assertEquals(expected.getIntervals().size(), actual.getIntervals().size());
        for (int i = 0; i < expected.getIntervals().size(); i++) {
            StaffingInterval want = expected.getIntervals().get(i);
            StaffingInterval got = actual.getIntervals().get(i);
            assertEquals(want.getStart(), got.getStart(), "row " + i);
            assertEquals(want.getBaseline(), got.getBaseline(), "row " + i);
            assertEquals(want.getAhtSeconds(), got.getAhtSeconds(), "row " + i);
            assertEquals(want.getScheduled(), got.getScheduled(), "row " + i);
        }
    }

    @Test
    void aYearLongPlanIsOneIntervalTableBesideTheXmi() throws IOException {
        save(plan(365), "year.staffing", Map.of());
        List<String> entries = entries("year.staffing");
        assertEquals(3, entries.size(), entries.toString());
        assertTrue(entries.get(1).startsWith("elements/") && entries.get(1).endsWith("/intervals"),
                entries.toString());
        StaffingPlan loaded = load("year.staffing");
        assertEquals(35_040, loaded.getIntervals().size());
        assertSamePlan(plan(365), loaded);
    }

    @Test
    void aWeekStaysReadableXmiAndAnOldLongXmiFileIsCompactedOnItsNextSave() throws IOException {
        save(plan(7), "week.staffing", Map.of());
        assertTrue(Files.readString(folder.resolve("week.staffing")).contains("<intervals "),
                "a week (672 rows) stays XMI");
        assertSamePlan(plan(7), load("week.staffing"));

        // a month written as XMI, as every plan was before
        save(plan(31), "month.staffing", Map.of(RowTableResource.OPTION_ROW_LIST_MIN, Integer.MAX_VALUE));
        assertTrue(Files.readString(folder.resolve("month.staffing")).startsWith("<?xml"));
        Resource old = PlanDocuments.load(resourceSet(), uri("month.staffing"));
        assertSamePlan(plan(31), (StaffingPlan) old.getContents().get(0));
        PlanDocuments.save(old);
        assertEquals(3, entries("month.staffing").size(), "compacted on save");
        assertSamePlan(plan(31), load("month.staffing"));
    }
}
