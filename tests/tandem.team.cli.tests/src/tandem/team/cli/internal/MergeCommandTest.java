package tandem.team.cli.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.campaign.model.CampaignCalendar;
import tandem.core.documents.PlanDocuments;

/** {@code tandem-cli merge} as Git calls it: temporary files without plan extensions, and the work-tree path. */
class MergeCommandTest {

    @TempDir
    Path folder;

    static String calendar(String alphaStart, String alphaOwner, String bravoName) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <campaign:CampaignCalendar xmlns:campaign="http://tandem.dev/campaign/1.0" id="calendar-1" name="Spring">
                  <campaigns id="campaign-a" name="Alpha" owner="%s" startDate="%s" endDate="2027-04-30"/>
                  <campaigns id="campaign-b" name="%s" startDate="2027-03-01" endDate="2027-03-31"/>
                </campaign:CampaignCalendar>
                """.formatted(alphaOwner, alphaStart, bravoName);
    }

    private Path write(String name, String content) throws Exception {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private int merge(String... args) {
        return new Cli(folder).run(new MergeCommand(), args);
    }

    private CampaignCalendar load(Path file, String asName) throws Exception {
        Path copy = folder.resolve("check").resolve(asName);
        Files.createDirectories(copy.getParent());
        Files.copy(file, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Resource resource = PlanDocuments.load(PlanDocuments.createResourceSet(), URI.createFileURI(copy.toString()));
        return (CampaignCalendar) resource.getContents().get(0);
    }

    @Test
    void disjointEditsMergeIntoOursAndExitZero() throws Exception {
        write(".merge_file_O", calendar("2027-03-15", "Marketing", "Bravo"));
        Path ours = write(".merge_file_A", calendar("2027-03-22", "Marketing", "Bravo"));
        write(".merge_file_B", calendar("2027-03-15", "Brand team", "Bravo Deluxe"));

        Cli cli = new Cli(folder);
        int exit = cli.run(new MergeCommand(), ".merge_file_O", ".merge_file_A", ".merge_file_B",
                "plans/spring.campaigns");

        assertEquals(0, exit, cli.err());
        assertTrue(cli.out().contains("spring.campaigns: merged by element"), cli.out());
        CampaignCalendar merged = load(ours, "spring.campaigns");
        assertEquals(LocalDate.of(2027, 3, 22), merged.getCampaigns().get(0).getStartDate());
        assertEquals("Brand team", merged.getCampaigns().get(0).getOwner());
        assertEquals("Bravo Deluxe", merged.getCampaigns().get(1).getName());
        assertFalse(Files.exists(folder.resolve("plans/spring.campaigns.conflicts")));
    }

    @Test
    void conflictsExitOneLeaveAValidPlanWithOurSideAndAReportBesideThePlan() throws Exception {
        write(".merge_file_O", calendar("2027-03-15", "Marketing", "Bravo"));
        Path ours = write(".merge_file_A", calendar("2027-03-22", "Marketing", "Bravo"));
        write(".merge_file_B", calendar("2027-03-29", "Brand team", "Bravo"));

        Cli cli = new Cli(folder);
        int exit = cli.run(new MergeCommand(), ".merge_file_O", ".merge_file_A", ".merge_file_B",
                "plans/spring.campaigns");

        assertEquals(1, exit);
        CampaignCalendar merged = load(ours, "spring.campaigns");
        assertEquals(LocalDate.of(2027, 3, 22), merged.getCampaigns().get(0).getStartDate());
        assertEquals("Brand team", merged.getCampaigns().get(0).getOwner());
        String report = Files.readString(folder.resolve("plans/spring.campaigns.conflicts"));
        assertTrue(report.contains("1 conflict."), report);
        assertTrue(report.contains("Campaign calendar 'Spring' / Campaign 'Alpha': Start date (changed on both sides)"),
                report);
        assertTrue(report.contains("common: 2027-03-15") && report.contains("ours:   2027-03-22")
                && report.contains("theirs: 2027-03-29"), report);
        assertTrue(cli.out().contains("spring.campaigns: 1 conflict, see "), cli.out());
    }

    @Test
    void withoutAPathTheReportGoesBesideOurs() throws Exception {
        write("base.campaigns", calendar("2027-03-15", "Marketing", "Bravo"));
        write("ours.campaigns", calendar("2027-03-22", "Marketing", "Bravo"));
        write("theirs.campaigns", calendar("2027-03-29", "Marketing", "Bravo"));

        assertEquals(1, merge("base.campaigns", "ours.campaigns", "theirs.campaigns"));
        assertTrue(Files.exists(folder.resolve("ours.campaigns.conflicts")));
    }

    @Test
    void aPlanThatDoesNotLoadOnOneSideIsNotMergedAndTheConflictNamesFileAndReason() throws Exception {
        write(".merge_file_O", calendar("2027-03-15", "Marketing", "Bravo"));
        Path ours = write(".merge_file_A", calendar("2027-03-22", "Marketing", "Bravo"));
        write(".merge_file_B", "<?xml version=\"1.0\"?>\n<campaign:CampaignCalendar xmlns:campaign=\"x\"\n");
        byte[] before = Files.readAllBytes(ours);

        Cli cli = new Cli(folder);
        int exit = cli.run(new MergeCommand(), ".merge_file_O", ".merge_file_A", ".merge_file_B",
                "spring.campaigns");

        assertEquals(1, exit);
        assertArrayEquals(before, Files.readAllBytes(ours), "our version is left as it was");
        String report = Files.readString(folder.resolve("spring.campaigns.conflicts"));
        assertTrue(report.contains("their version of spring.campaigns"), report);
        assertTrue(report.contains("could not be read"), report);
        assertTrue(cli.out().contains("their version of spring.campaigns"), cli.out());
    }

    @Test
    void filesThatAreNotPlansMergeAsText() throws Exception {
        write("base", "one\ntwo\nthree\nfour\nfive\n");
        Path ours = write("ours", "ONE\ntwo\nthree\nfour\nfive\n");
        write("theirs", "one\ntwo\nthree\nfour\nFIVE\n");

        assertEquals(0, merge("base", "ours", "theirs", "README.md"));
        assertEquals("ONE\ntwo\nthree\nfour\nFIVE\n", Files.readString(ours));
    }

    @Test
    void conflictingTextGetsGitsMarkersAndExitOne() throws Exception {
        write("base", "one\ntwo\nthree\n");
        Path ours = write("ours", "one\nTWO\nthree\n");
        write("theirs", "one\nzwei\nthree\n");

        assertEquals(1, merge("base", "ours", "theirs", "notes.txt"));
        String merged = Files.readString(ours);
        assertTrue(merged.contains("<<<<<<< ours\nTWO\n=======\nzwei\n>>>>>>> theirs\n"), merged);
        assertTrue(Files.exists(folder.resolve("notes.txt.conflicts")));
    }

    @Test
    void wrongArgumentsAreBadUsage() throws Exception {
        write("base", "x\n");
        Cli cli = new Cli(folder);
        assertEquals(2, cli.run(new MergeCommand(), "base", "base"));
        assertTrue(cli.err().contains("merge needs <base> <ours> <theirs>"), cli.err());
        assertEquals(2, cli.run(new MergeCommand(), "base", "missing", "base"));
        assertTrue(cli.err().contains("ours file 'missing' does not exist"), cli.err());
    }
}
