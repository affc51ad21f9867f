package tandem.staffing.model.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.core.documents.PlanDocuments;
import tandem.staffing.model.StaffingPlan;

/** Issue 14 item 8: a plan can state 0% shrinkage, which is not the same as giving none. */
class ShrinkageStatedTest {

    @TempDir
    Path folder;

    private StaffingPlan saveAndLoad(StaffingPlan plan, String name) throws IOException {
        URI uri = URI.createFileURI(folder.resolve(name).toString());
        Resource resource = PlanDocuments.createResourceSet().createResource(uri);
        resource.getContents().add(plan);
        PlanDocuments.save(resource);
        return (StaffingPlan) PlanDocuments.load(PlanDocuments.createResourceSet(), uri).getContents().get(0);
    }

    @Test
    void notSetAndZeroAreDifferentAndSurviveSaving() throws IOException {
        StaffingPlan missing = StaffingPlans.create("No shrinkage", null, 60, LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 3, 1));
        assertFalse(missing.isSetShrinkage(), "a new plan has no shrinkage yet");
        StaffingPlan reloaded = saveAndLoad(missing, "missing.staffing");
        assertFalse(reloaded.isSetShrinkage());
        assertEquals(0, reloaded.getShrinkage(), "staffing still plans with none");
        assertFalse(Files.readString(folder.resolve("missing.staffing")).contains("shrinkage="));

        StaffingPlan zero = StaffingPlans.create("Zero shrinkage", null, 60, LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 3, 1));
        zero.setShrinkage(0);
        assertTrue(zero.isSetShrinkage());
        StaffingPlan reloadedZero = saveAndLoad(zero, "zero.staffing");
        assertTrue(reloadedZero.isSetShrinkage(), "a stated 0% is kept");
        assertEquals(0, reloadedZero.getShrinkage());
        assertTrue(Files.readString(folder.resolve("zero.staffing")).contains("shrinkage=\"0"));
    }

    @Test
    void aPlanFileWrittenBeforeLoadsWithTheSameMeaning() throws IOException {
        // Written before shrinkage could be unset: 0 was the default and left out, a value was written.
        String header = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<staffing:StaffingPlan xmi:version=\"2.0\""
                + " xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:staffing=\"http://tandem.dev/staffing/1.0\""
                + " id=\"p1\" name=\"Old\" intervalMinutes=\"60\" startDate=\"2027-03-01\" endDate=\"2027-03-01\"";
        Files.writeString(folder.resolve("old.staffing"), header + "/>\n");
        Files.writeString(folder.resolve("old30.staffing"), header + " shrinkage=\"0.3\"/>\n");
        StaffingPlan old = (StaffingPlan) PlanDocuments.load(PlanDocuments.createResourceSet(),
                URI.createFileURI(folder.resolve("old.staffing").toString())).getContents().get(0);
        assertFalse(old.isSetShrinkage(), "missing, as it always meant");
        StaffingPlan old30 = (StaffingPlan) PlanDocuments.load(PlanDocuments.createResourceSet(),
                URI.createFileURI(folder.resolve("old30.staffing").toString())).getContents().get(0);
        assertTrue(old30.isSetShrinkage());
        assertEquals(0.3, old30.getShrinkage());
    }
}
