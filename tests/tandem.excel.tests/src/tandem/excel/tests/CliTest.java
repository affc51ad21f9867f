package tandem.excel.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tandem.excel.tests.Workbooks.row;
import static tandem.excel.tests.Workbooks.sheet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Sheet;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.campaign.model.CampaignCalendar;
import tandem.cli.CliContext;
import tandem.core.documents.PlanDocuments;

/** {@code tandem-cli export} and {@code import}, run in-process. */
class CliTest {

    @TempDir
    Path folder;

    private Cli cli;

    @BeforeEach
    void savePlans() throws IOException {
        new SamplePlans(folder).save();
        cli = new Cli(folder);
    }

    @Test
    void exportThenImportWritesAnEqualPlanFile() throws IOException {
        assertEquals(CliContext.OK, cli.export("spring.campaigns", "spring.xlsx"), cli::err);
        assertTrue(cli.out().contains("Drops: 2 row(s)"), cli::out);
        assertEquals("", cli.err());

        assertEquals(CliContext.OK, cli.importWorkbook("spring.xlsx", "copy.campaigns"), cli::err);

        EObject original = load("spring.campaigns");
        EObject copy = load("copy.campaigns");
        assertTrue(EcoreUtil.equals(original, copy), () -> Differences.between(original, copy));
    }

    @Test
    void importIntoMergesTheWorkbookAndSavesThePlan() throws IOException {
        cli.export("spring.campaigns", "spring.xlsx");
        Workbooks.edit(folder.resolve("spring.xlsx"), wb -> {
            Sheet drops = wb.getSheet("Drops");
            drops.getRow(1).getCell(Workbooks.column(drops, "name")).setCellValue("Letter wave one");
        });

        assertEquals(CliContext.OK, cli.importWorkbook("spring.xlsx", "spring.campaigns", "--into"), cli::err);

        assertTrue(cli.out().contains("Drops: 0 added, 1 changed, 1 unchanged"), cli::out);
        CampaignCalendar calendar = (CampaignCalendar) load("spring.campaigns");
        assertEquals("Letter wave one", calendar.getCampaigns().get(0).getDrops().get(0).getName());
    }

    @Test
    void problemsArePrintedOneLineEachAndNothingIsWritten() throws IOException {
        Workbooks.write(folder.resolve("bad.xlsx"), wb -> {
            sheet(wb, "Campaigns", row("name", "start_date", "queues"), row("Spring", "2026-13-01", "Billing East"));
            sheet(wb, "Drops", row("campaign", "name", "date"), row("Spring", "Letter", "soon"));
        });
        byte[] before = Files.readAllBytes(folder.resolve("spring.campaigns"));

        assertEquals(CliContext.FAILED, cli.importWorkbook("bad.xlsx", "new.campaigns"));
        assertEquals(String.join(System.lineSeparator(),
                "Campaigns!B2: '2026-13-01' is not a date",
                "Drops!C2: 'soon' is not a date",
                "Campaigns!C2: unknown queue 'Billing East'",
                "tandem-cli import: 3 problem(s) in the workbook; nothing was written", ""), cli.err());
        assertFalse(Files.exists(folder.resolve("new.campaigns")));

        assertEquals(CliContext.FAILED, cli.importWorkbook("bad.xlsx", "spring.campaigns", "--into"));
        assertArrayEquals(before, Files.readAllBytes(folder.resolve("spring.campaigns")));
    }

    @Test
    void anExistingPlanIsOnlyChangedWithInto() throws IOException {
        cli.export("spring.campaigns", "spring.xlsx");
        byte[] before = Files.readAllBytes(folder.resolve("spring.campaigns"));

        assertEquals(CliContext.FAILED, cli.importWorkbook("spring.xlsx", "spring.campaigns"));
        assertEquals("tandem-cli import: spring.campaigns exists; use --into to merge the workbook into it",
                cli.err().strip());
        assertArrayEquals(before, Files.readAllBytes(folder.resolve("spring.campaigns")));

        assertEquals(CliContext.FAILED, cli.importWorkbook("spring.xlsx", "autumn.campaigns", "--into"));
        assertEquals("tandem-cli import: autumn.campaigns does not exist; leave out --into to create it",
                cli.err().strip());
    }

    @Test
    void badUsageExitsWithTwo() {
        assertEquals(CliContext.USAGE, cli.export("spring.campaigns"));
        assertEquals(CliContext.USAGE, cli.export("spring.campaigns", "spring.csv"));
        assertEquals("tandem-cli export: 'spring.csv' is not an .xlsx workbook", cli.err().strip());
        assertEquals(CliContext.USAGE, cli.importWorkbook("spring.xlsx", "notes.txt"));
        assertEquals("tandem-cli import: 'notes.txt' is not a plan file with an Excel layout (plan files end in "
                + ".campaigns, .center, .goals, .ivr, .roster, .staffing, .training)", cli.err().strip());
        assertEquals(CliContext.USAGE, cli.importWorkbook("spring.xlsx", "a.campaigns", "--nonsense"));
    }

    @Test
    void anUnreadablePlanIsNotExported() throws IOException {
        Files.writeString(folder.resolve("broken.campaigns"), "<not xml");

        assertEquals(CliContext.FAILED, cli.export("broken.campaigns", "broken.xlsx"));

        assertTrue(cli.err().contains("broken.campaigns could not be read; nothing was written"), cli::err);
        assertFalse(Files.exists(folder.resolve("broken.xlsx")));
    }

    /**
     * Two imports into one plan at the same moment, through the command's entry point on two threads: each round
     * either keeps both changes or refuses the later import with a message, and never reports success for a change
     * that is gone.
     */
    @Test
    void twoImportsIntoOnePlanAtOnceNeverLoseAChangeSilently() throws Exception {
        byte[] original = Files.readAllBytes(folder.resolve("spring.campaigns"));
        cli.export("spring.campaigns", "first.xlsx");
        cli.export("spring.campaigns", "second.xlsx");
        Workbooks.edit(folder.resolve("first.xlsx"), wb -> {
            Sheet drops = wb.getSheet("Drops");
            drops.getRow(1).getCell(Workbooks.column(drops, "name")).setCellValue("First import");
            drops.removeRow(drops.getRow(2)); // each workbook names only the drop it changes
            wb.removeSheetAt(wb.getSheetIndex("Channel shares"));
        });
        Workbooks.edit(folder.resolve("second.xlsx"), wb -> {
            Sheet drops = wb.getSheet("Drops");
            drops.getRow(2).getCell(Workbooks.column(drops, "name")).setCellValue("Second import");
            drops.removeRow(drops.getRow(1));
            drops.shiftRows(2, 2, -1);
            wb.removeSheetAt(wb.getSheetIndex("Channel shares"));
        });
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 6; round++) {
                Files.write(folder.resolve("spring.campaigns"), original);
                java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
                Cli first = new Cli(folder);
                Cli second = new Cli(folder);
                java.util.concurrent.Future<Integer> one = pool.submit(() -> {
                    start.await();
                    return first.importWorkbook("first.xlsx", "spring.campaigns", "--into");
                });
                java.util.concurrent.Future<Integer> two = pool.submit(() -> {
                    start.await();
                    return second.importWorkbook("second.xlsx", "spring.campaigns", "--into");
                });
                int firstCode = one.get(60, java.util.concurrent.TimeUnit.SECONDS);
                int secondCode = two.get(60, java.util.concurrent.TimeUnit.SECONDS);
                CampaignCalendar calendar = (CampaignCalendar) load("spring.campaigns");
                java.util.List<String> names = calendar.getCampaigns().stream()
                        .flatMap(c -> c.getDrops().stream()).map(d -> d.getName()).toList();
                String round_ = "round " + round + ": " + names + " / " + first.err() + " / " + second.err();
                assertTrue(firstCode == CliContext.OK || secondCode == CliContext.OK, round_);
                for (Cli refused : java.util.List.of(first, second)) {
                    if (refused == first ? firstCode != CliContext.OK : secondCode != CliContext.OK) {
                        assertTrue(refused.err().contains("spring.campaigns changed on disk since it was read"),
                                round_);
                        assertEquals(1, refused.err().strip().lines().count(), round_);
                    }
                }
                assertEquals(firstCode == CliContext.OK, names.contains("First import"), round_);
                assertEquals(secondCode == CliContext.OK, names.contains("Second import"), round_);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private EObject load(String file) throws IOException {
        ResourceSet set = PlanDocuments.createResourceSet();
        return PlanDocuments.load(set, URI.createFileURI(folder.resolve(file).toString())).getContents().get(0);
    }
}
