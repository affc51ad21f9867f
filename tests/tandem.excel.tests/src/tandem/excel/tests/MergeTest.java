package tandem.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.Drop;
import tandem.excel.ImportResult;
import tandem.excel.MergePlan;
import tandem.excel.ReferenceScope;
import tandem.excel.SheetCounts;
import tandem.excel.WorkbookExport;
import tandem.excel.WorkbookImport;
import tandem.excel.WorkbookLayout;
import tandem.excel.WorkbookLayouts;
import tandem.excel.WorkbookProblem;
import tandem.staffing.model.StaffingInterval;

/** Importing into an existing document: matched by id, key or position; one command; only what the workbook says. */
class MergeTest {

    @TempDir
    Path folder;

    @Test
    void importIntoAnExistingDocumentIsOneUndoableCommand() throws IOException {
        SamplePlans plans = new SamplePlans(folder);
        Path workbook = export(plans, plans.calendar, "campaigns");
        Workbooks.edit(workbook, wb -> {
            Sheet campaigns = wb.getSheet("Campaigns");
            campaigns.getRow(0).removeCell(campaigns.getRow(0).getCell(Workbooks.column(campaigns, "owner")));
            campaigns.getRow(2).getCell(Workbooks.column(campaigns, "start_date")).setCellValue("2026-05-04");
            Sheet drops = wb.getSheet("Drops");
            drops.getRow(1).getCell(Workbooks.column(drops, "audience_size")).setCellValue(300_000);
            Row added = drops.createRow(3);
            added.createCell(Workbooks.column(drops, "campaign")).setCellValue("Loyalty");
            added.createCell(Workbooks.column(drops, "name")).setCellValue("Loyalty letter");
            added.createCell(Workbooks.column(drops, "date")).setCellValue("2026-05-04");
        });
        EObject before = EcoreUtil.copy(plans.calendar);
        Campaign switchSave = plans.calendar.getCampaigns().get(0);
        Campaign loyalty = plans.calendar.getCampaigns().get(1);
        Drop letter = switchSave.getDrops().get(0);

        MergePlan merge = WorkbookImport.merge(read(plans, workbook, "campaigns"), plans.calendar);

        assertEquals(List.of(), merge.problems());
        assertEquals(new SheetCounts("Campaigns", 0, 1, 1), count(merge, "Campaigns"));
        assertEquals(new SheetCounts("Drops", 1, 1, 1), count(merge, "Drops"));
        assertEquals(new SheetCounts("Channel shares", 0, 0, 2), count(merge, "Channel shares"));
        assertTrue(EcoreUtil.equals(before, plans.calendar), "planning changes nothing");

        BasicCommandStack stack = new BasicCommandStack();
        stack.execute(merge.command("Import spring.xlsx"));
        assertEquals(LocalDate.of(2026, 5, 4), loyalty.getStartDate());
        assertEquals(300_000L, letter.getAudienceSize(), "the existing drop is changed, not replaced");
        assertSame(letter, switchSave.getDrops().get(0));
        assertEquals("Loyalty letter", loyalty.getDrops().get(0).getName());
        assertEquals("Marketing", switchSave.getOwner(), "a column left out of the workbook changes nothing");
        EObject after = EcoreUtil.copy(plans.calendar);

        stack.undo();
        assertTrue(EcoreUtil.equals(before, plans.calendar), () -> Differences.between(before, plans.calendar));
        assertFalse(stack.canUndo(), "the whole import was one command");
        stack.redo();
        assertTrue(EcoreUtil.equals(after, plans.calendar), () -> Differences.between(after, plans.calendar));
    }

    @Test
    void rowsWithoutIdAreMatchedByTheirKey() throws IOException {
        SamplePlans plans = new SamplePlans(folder);
        Path workbook = export(plans, plans.staffing, "staffing");
        Workbooks.edit(workbook, wb -> {
            Sheet intervals = wb.getSheet("Intervals");
            int start = Workbooks.column(intervals, "start");
            int baseline = Workbooks.column(intervals, "baseline");
            // The 08:00 row moves to the end, leaving a blank row; 08:30 gets a new forecast; 09:00 is new.
            Row first = intervals.getRow(1);
            Row moved = intervals.createRow(5);
            for (org.apache.poi.ss.usermodel.Cell cell : first) {
                org.apache.poi.ss.usermodel.Cell copy = moved.createCell(cell.getColumnIndex());
                copy.setCellStyle(cell.getCellStyle());
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                    copy.setCellValue(cell.getNumericCellValue());
                } else {
                    copy.setCellValue(cell.getStringCellValue());
                }
            }
            intervals.removeRow(first);
            intervals.getRow(3).getCell(baseline).setCellValue(142.5);
            Row added = intervals.createRow(6);
            added.createCell(start).setCellValue("2026-03-02 09:00");
            added.createCell(baseline).setCellValue(7);
        });
        List<StaffingInterval> existing = List.copyOf(plans.staffing.getIntervals());

        MergePlan merge = WorkbookImport.merge(read(plans, workbook, "staffing"), plans.staffing);
        merge.command("Import").execute();

        assertEquals(new SheetCounts("Intervals", 1, 1, 3), count(merge, "Intervals"));
        assertEquals(5, plans.staffing.getIntervals().size());
        assertEquals(existing, plans.staffing.getIntervals().subList(0, 4), "the same intervals, in their order");
        assertEquals(142.5, existing.get(2).getBaseline(), 1e-9, "matched by start, not by row");
        assertEquals(LocalDateTime.of(2026, 3, 2, 9, 0), plans.staffing.getIntervals().get(4).getStart());
    }

    @Test
    void aRowNamingAnotherParentMovesTheElementAndUndoMovesItBack() throws IOException {
        SamplePlans plans = new SamplePlans(folder);
        Path workbook = export(plans, plans.calendar, "campaigns");
        Workbooks.edit(workbook, wb -> {
            Sheet drops = wb.getSheet("Drops");
            drops.getRow(2).getCell(Workbooks.column(drops, "campaign")).setCellValue("Loyalty");
            // Within the Loyalty campaign, which starts in May: a drop before its campaign starts is invalid.
            drops.getRow(2).getCell(Workbooks.column(drops, "date")).setCellValue(LocalDate.of(2026, 5, 4));
        });
        Campaign switchSave = plans.calendar.getCampaigns().get(0);
        Campaign loyalty = plans.calendar.getCampaigns().get(1);
        Drop newsletter = switchSave.getDrops().get(1);
        BasicCommandStack stack = new BasicCommandStack();

        MergePlan merge = WorkbookImport.merge(read(plans, workbook, "campaigns"), plans.calendar);
        stack.execute(merge.command("Import"));

        assertEquals(new SheetCounts("Drops", 0, 1, 1), count(merge, "Drops"));
        assertEquals(List.of(newsletter), loyalty.getDrops());
        stack.undo();
        assertEquals(List.of(), loyalty.getDrops());
        assertSame(newsletter, switchSave.getDrops().get(1));
    }

    @Test
    void aRowWithABlankIdIsANewElementNeverAnExistingOne() throws IOException {
        SamplePlans plans = new SamplePlans(folder);
        Path workbook = export(plans, plans.calendar, "campaigns");
        Workbooks.edit(workbook, wb -> {
            Sheet campaigns = wb.getSheet("Campaigns");
            Row added = campaigns.createRow(3);
            added.createCell(Workbooks.column(campaigns, "id")).setCellValue("");
            added.createCell(Workbooks.column(campaigns, "name")).setCellValue("Autumn");
        });
        Campaign switchSave = plans.calendar.getCampaigns().get(0);

        MergePlan merge = WorkbookImport.merge(read(plans, workbook, "campaigns"), plans.calendar);
        merge.command("Import").execute();

        assertEquals(new SheetCounts("Campaigns", 1, 0, 2), count(merge, "Campaigns"));
        assertEquals("Switch & Save", switchSave.getName());
        assertEquals("Autumn", plans.calendar.getCampaigns().get(2).getName());
    }

    @Test
    void aWorkbookThatChangesTheTypeOfAnElementCannotBeMerged() throws IOException {
        SamplePlans plans = new SamplePlans(folder);
        Path workbook = export(plans, plans.ivr, "ivr");
        Workbooks.edit(workbook, wb -> {
            Sheet nodes = wb.getSheet("Nodes");
            for (Row row : nodes) {
                if ("welcome".equals(row.getCell(Workbooks.column(nodes, "id")).getStringCellValue())) {
                    row.getCell(Workbooks.column(nodes, "type")).setCellValue("Message");
                }
            }
        });

        MergePlan merge = WorkbookImport.merge(read(plans, workbook, "ivr"), plans.ivr);

        assertEquals(List.of("Nodes: 'welcome' is a prompt in the document but a message in the workbook; give the "
                + "row a new id, or change the type in Tandem"),
                merge.problems().stream().map(WorkbookProblem::toString).toList());
    }

    @Test
    void anEmptyShrinkageAndAStatedZeroStayApart() throws IOException {
        SamplePlans plans = new SamplePlans(folder);
        // Merges are validated: give the plan a share per interval of the day (the sample has only two).
        plans.staffing.getIntradayProfile().clear();
        for (int i = 0; i < 96; i++) {
            plans.staffing.getIntradayProfile().add(1.0 / 96);
        }
        plans.staffing.setShrinkage(0);
        Path stated = export(plans, plans.staffing, "staffing");
        assertFalse(WorkbookImport.merge(read(plans, stated, "staffing"), plans.staffing).changesAnything(),
                "a stated 0% comes back as a stated 0%");

        plans.staffing.unsetShrinkage();
        MergePlan merge = WorkbookImport.merge(read(plans, stated, "staffing"), plans.staffing);
        assertTrue(merge.changesAnything(), "0% where the plan has none is a change");
        BasicCommandStack stack = new BasicCommandStack();
        stack.execute(merge.command("Import"));
        assertTrue(plans.staffing.isSetShrinkage());
        assertEquals(0, plans.staffing.getShrinkage());
        stack.undo();
        assertFalse(plans.staffing.isSetShrinkage(), "Undo leaves the shrinkage missing again");

        Path empty = folder.resolve("empty.xlsx");
        Files.move(export(plans, plans.staffing, "staffing"), empty);
        assertFalse(WorkbookImport.merge(read(plans, empty, "staffing"), plans.staffing).changesAnything(),
                "an empty cell comes back as no shrinkage, not as 0%");
        plans.staffing.setShrinkage(0);
        MergePlan clear = WorkbookImport.merge(read(plans, empty, "staffing"), plans.staffing);
        assertTrue(clear.changesAnything(), "an emptied cell is a change");
        stack.execute(clear.command("Import"));
        assertFalse(plans.staffing.isSetShrinkage());
        stack.undo();
        assertTrue(plans.staffing.isSetShrinkage());
    }

    @Test
    void theSameWorkbookAgainChangesNothing() throws IOException {
        SamplePlans plans = new SamplePlans(folder);
        Path workbook = export(plans, plans.ivr, "ivr");

        MergePlan merge = WorkbookImport.merge(read(plans, workbook, "ivr"), plans.ivr);

        assertFalse(merge.changesAnything());
        assertTrue(merge.counts().stream().allMatch(c -> c.added() == 0 && c.changed() == 0), merge
                .counts()::toString);
        assertEquals(new SheetCounts("Nodes", 0, 0, 5), count(merge, "Nodes"));
    }

    private Path export(SamplePlans plans, EObject root, String fileExtension) throws IOException {
        Path workbook = folder.resolve(fileExtension + ".xlsx");
        WorkbookExport.write(root, layout(fileExtension), ReferenceScope.of(plans.set), workbook);
        return workbook;
    }

    private static ImportResult read(SamplePlans plans, Path workbook, String fileExtension) {
        ImportResult result = WorkbookImport.read(workbook, layout(fileExtension), ReferenceScope.of(plans.set));
        assertEquals(List.of(), result.problems());
        return result;
    }

    private static WorkbookLayout layout(String fileExtension) {
        return WorkbookLayouts.forFileExtension(fileExtension).orElseThrow();
    }

    private static SheetCounts count(MergePlan merge, String sheet) {
        return merge.counts().stream().filter(c -> c.sheet().equals(sheet)).findFirst().orElseThrow();
    }
}
