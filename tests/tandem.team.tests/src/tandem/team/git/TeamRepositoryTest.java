package tandem.team.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.CampaignCalendar;
import tandem.checks.CheckReport;
import tandem.checks.Finding;
import tandem.core.documents.PlanDocuments;
import tandem.team.merge.Conflict;
import tandem.team.merge.ConflictResolution;

/**
 * Two planners share a project through a real Git server ({@code git daemon} on localhost): Anna shares it, Ben
 * clones it, and both edit the same campaign calendar.
 */
class TeamRepositoryTest {

    private static final String CALENDAR = """
            <?xml version="1.0" encoding="UTF-8"?>
            <campaign:CampaignCalendar xmlns:campaign="http://tandem.dev/campaign/1.0" id="calendar-1" name="Spring">
              <campaigns id="campaign-a" name="Alpha" owner="Marketing" startDate="2027-03-15" endDate="2027-04-30" serviceNotifiedOn="2027-01-10"/>
              <campaigns id="campaign-b" name="Bravo" startDate="2027-03-01" endDate="2027-03-31" serviceNotifiedOn="2027-01-10"/>
            </campaign:CampaignCalendar>
            """;

    @TempDir
    Path folder;

    private GitServer server;
    private TeamRepository anna;
    private TeamRepository ben;

    @BeforeEach
    void twoPlanners() throws Exception {
        server = new GitServer(folder.resolve("server"));
        String url = server.create("spring.git");
        Path annaProject = Files.createDirectories(folder.resolve("anna/spring"));
        Files.writeString(annaProject.resolve("spring.campaigns"), CALENDAR);
        anna = TeamRepository.share(annaProject, url, null, "Anna");
        ben = TeamRepository.cloneProject(url, folder.resolve("ben/spring"), null);
    }

    @AfterEach
    void stop() throws Exception {
        anna.close();
        ben.close();
        server.close();
    }

    private static void edit(TeamRepository planner, Consumer<CampaignCalendar> change) throws Exception {
        Resource resource = PlanDocuments.load(PlanDocuments.createResourceSet(),
                URI.createFileURI(planner.folder().resolve("spring.campaigns").toString()));
        change.accept((CampaignCalendar) resource.getContents().get(0));
        PlanDocuments.save(resource);
    }

    private static CampaignCalendar calendar(TeamRepository planner) throws Exception {
        return (CampaignCalendar) PlanDocuments.load(PlanDocuments.createResourceSet(),
                URI.createFileURI(planner.folder().resolve("spring.campaigns").toString())).getContents().get(0);
    }

    private static Campaign campaign(CampaignCalendar calendar, String id) {
        return calendar.getCampaigns().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }

    @Test
    void sharingWritesTheMergeAttributesAndTheCloneHoldsThePlans() throws Exception {
        assertTrue(Files.readString(anna.folder().resolve(".gitattributes")).contains("*.campaigns merge=tandem"));
        assertEquals("Alpha", campaign(calendar(ben), "campaign-a").getName());
    }

    @Test
    void disjointEditsMergeAndAPushRejectedBecauseTheRemoteMovedIsResolvedByUpdateThenPublish() throws Exception {
        edit(anna, c -> campaign(c, "campaign-a").setStartDate(LocalDate.of(2027, 3, 22)));
        assertTrue(anna.publish("Alpha a week later", "Anna").published());
        edit(ben, c -> campaign(c, "campaign-b").setName("Bravo Deluxe"));

        PublishResult published = ben.publish("Bravo is deluxe now", "Ben");

        assertTrue(published.published());
        assertNotNull(published.update(), "the push was rejected and an update ran first");
        assertTrue(published.update().clean());
        assertEquals(List.of("spring.campaigns"),
                published.update().merges().stream().map(m -> m.document()).collect(Collectors.toList()));
        UpdateResult update = anna.update("Anna");
        assertTrue(update.clean());
        for (TeamRepository planner : List.of(anna, ben)) {
            CampaignCalendar merged = calendar(planner);
            assertEquals(LocalDate.of(2027, 3, 22), campaign(merged, "campaign-a").getStartDate());
            assertEquals("Bravo Deluxe", campaign(merged, "campaign-b").getName());
        }
        List<String> history = anna.history("spring.campaigns").stream().map(Revision::message)
                .collect(Collectors.toList());
        assertTrue(history.containsAll(List.of("Bravo is deluxe now", "Alpha a week later", "Share the project")),
                history.toString());
        assertFalse(anna.hasLocalChanges());
    }

    @Test
    void publishingAfterAnUpdateNamesTheLocalChangesWithThePlannersMessage() throws Exception {
        edit(anna, c -> campaign(c, "campaign-a").setStartDate(LocalDate.of(2027, 3, 22)));
        assertTrue(anna.update("Anna").clean(), "nothing published meanwhile");

        assertTrue(anna.publish("Alpha a week later", "Anna").published());

        ben.update("Ben");
        List<String> history = ben.history("spring.campaigns").stream().map(Revision::message)
                .collect(Collectors.toList());
        assertEquals(List.of("Alpha a week later", "Share the project"), history);
        assertEquals(LocalDate.of(2027, 3, 22), campaign(calendar(ben), "campaign-a").getStartDate());
    }

    @Test
    void publishingAfterAnUpdateThatMergedNamesTheLocalChangesBelowTheMerge() throws Exception {
        edit(ben, c -> campaign(c, "campaign-b").setName("Bravo Deluxe"));
        assertTrue(ben.publish("Bravo is deluxe now", "Ben").published());
        edit(anna, c -> campaign(c, "campaign-a").setStartDate(LocalDate.of(2027, 3, 22)));
        assertTrue(anna.update("Anna").clean());

        assertTrue(anna.publish("Alpha a week later", "Anna").published());

        ben.update("Ben");
        List<String> history = ben.history("spring.campaigns").stream().map(Revision::message)
                .collect(Collectors.toList());
        assertTrue(history.contains("Alpha a week later"), history.toString());
        assertFalse(history.contains("Local changes before update"), history.toString());
        CampaignCalendar merged = calendar(ben);
        assertEquals(LocalDate.of(2027, 3, 22), campaign(merged, "campaign-a").getStartDate());
        assertEquals("Bravo Deluxe", campaign(merged, "campaign-b").getName());
        assertFalse(anna.hasLocalChanges());
    }

    @Test
    void theSameAttributeChangedByBothIsOneConflictLeavingAValidPlanUntilResolved() throws Exception {
        edit(anna, c -> campaign(c, "campaign-a").setStartDate(LocalDate.of(2027, 3, 22)));
        anna.publish("Alpha a week later", "Anna");
        edit(ben, c -> {
            campaign(c, "campaign-a").setStartDate(LocalDate.of(2027, 3, 29));
            campaign(c, "campaign-b").setOwner("Sales");
        });

        PublishResult published = ben.publish("Alpha two weeks later", "Ben");

        assertFalse(published.published());
        assertEquals(1, published.update().conflictCount());
        Conflict conflict = published.update().merges().get(0).conflicts().get(0);
        assertEquals("startDate", conflict.feature());
        assertEquals("2027-03-29", conflict.ours());
        assertEquals("2027-03-22", conflict.theirs());
        CampaignCalendar during = calendar(ben);
        assertEquals(LocalDate.of(2027, 3, 29), campaign(during, "campaign-a").getStartDate(), "a valid plan, ours");
        assertTrue(ben.merging());
        assertThrows(TeamException.class, () -> ben.publish("again", "Ben"));

        edit(ben, c -> campaign(c, "campaign-a").setStartDate(LocalDate.of(2027, 3, 22)));
        ben.completeMerge("Ben");
        assertTrue(ben.publish("Alpha as Anna planned", "Ben").published());
        anna.update("Anna");
        assertEquals("Sales", campaign(calendar(anna), "campaign-b").getOwner());
        assertEquals(LocalDate.of(2027, 3, 22), campaign(calendar(anna), "campaign-a").getStartDate());
    }

    @Test
    void pickingASidePerConflictSurvivesReopeningAndCompletesTheUpdate() throws Exception {
        edit(anna, c -> {
            campaign(c, "campaign-a").setStartDate(LocalDate.of(2027, 3, 22));
            campaign(c, "campaign-b").setOwner("Brand team");
        });
        anna.publish("Alpha a week later", "Anna");
        edit(ben, c -> {
            campaign(c, "campaign-a").setStartDate(LocalDate.of(2027, 3, 29));
            campaign(c, "campaign-b").setOwner("Sales");
        });
        assertFalse(ben.publish("Alpha two weeks later", "Ben").published());

        List<PlanConflict> open = ben.conflicts();
        assertEquals(List.of("startDate", "owner"),
                open.stream().map(c -> c.conflict().feature()).collect(Collectors.toList()));
        assertEquals("spring.campaigns", open.get(0).path());
        ben.resolve(open.get(0), ConflictResolution.Side.THEIRS);
        assertEquals(LocalDate.of(2027, 3, 22), campaign(calendar(ben), "campaign-a").getStartDate());
        assertEquals("Sales", campaign(calendar(ben), "campaign-b").getOwner(), "the other conflict is untouched");

        ben.close();
        ben = TeamRepository.open(folder.resolve("ben/spring"), null);
        List<PlanConflict> left = ben.conflicts();
        assertEquals(1, left.size(), "a picked conflict stays picked: " + left);
        assertEquals("owner", left.get(0).conflict().feature());
        ben.resolve(left.get(0), ConflictResolution.Side.MINE);
        assertTrue(ben.conflicts().isEmpty());
        ben.completeMerge("Ben");
        assertFalse(ben.merging());
        assertTrue(ben.conflicts().isEmpty());
        assertTrue(ben.publish("Alpha as Anna planned", "Ben").published());

        anna.update("Anna");
        assertEquals(LocalDate.of(2027, 3, 22), campaign(calendar(anna), "campaign-a").getStartDate());
        assertEquals("Sales", campaign(calendar(anna), "campaign-b").getOwner());
        TeamException nothing = assertThrows(TeamException.class,
                () -> anna.resolve(left.get(0), ConflictResolution.Side.THEIRS));
        assertTrue(nothing.getMessage().startsWith("no update is in progress"), nothing.getMessage());
    }

    @Test
    void aSidePickedInAMergeAbortedOutsideTandemDoesNotHideTheNextMergesConflict() throws Exception {
        edit(anna, c -> campaign(c, "campaign-a").setStartDate(LocalDate.of(2027, 3, 22)));
        anna.publish("Alpha a week later", "Anna");
        edit(ben, c -> campaign(c, "campaign-a").setStartDate(LocalDate.of(2027, 3, 29)));
        assertFalse(ben.publish("Alpha two weeks later", "Ben").published());
        ben.resolve(ben.conflicts().get(0), ConflictResolution.Side.MINE);
        assertTrue(ben.conflicts().isEmpty());
        try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.open(ben.folder().toFile())) {
            // git merge --abort
            git.getRepository().writeMergeHeads(null);
            git.getRepository().writeMergeCommitMsg(null);
            git.reset().setMode(org.eclipse.jgit.api.ResetCommand.ResetType.HARD).call();
        }
        assertFalse(ben.merging());

        UpdateResult again = ben.update("Ben");

        assertEquals(1, again.conflictCount());
        assertEquals(1, ben.conflicts().size(), "the conflict is open again");
    }

    @Test
    void compareWithPublishedListsTheOwnChangesByElement() throws Exception {
        edit(ben, c -> campaign(c, "campaign-a").setStartDate(LocalDate.of(2027, 3, 22)));

        List<String> changes = ben.compareWithPublished("spring.campaigns").stream()
                .map(tandem.team.merge.PlanDiff.Change::summary).collect(Collectors.toList());

        assertEquals(List.of("Campaign calendar 'Spring' / Campaign 'Alpha': Start date 2027-03-15 -> 2027-03-22"),
                changes);
        TeamException never = assertThrows(TeamException.class, () -> ben.compareWithPublished("new.campaigns"));
        assertTrue(never.getMessage().contains("was never published"), never.getMessage());
    }

    @Test
    void afterAnUpdateTheChecksRunOnTheMergedPlans() throws Exception {
        edit(anna, c -> campaign(c, "campaign-a").setStartDate(LocalDate.of(2027, 1, 15)));
        anna.publish("Alpha already in January", "Anna");
        edit(ben, c -> campaign(c, "campaign-b").setName("Bravo Deluxe"));

        PublishResult published = ben.publish("Bravo is deluxe now", "Ben");

        CheckReport checks = published.update().checks();
        assertNotNull(checks, "the checks ran after the update");
        List<String> late = checks.findings().stream().filter(f -> f.ruleId().equals("alignment.notice"))
                .map(Finding::message).collect(Collectors.toList());
        assertEquals(1, late.size(), late.toString());
        assertTrue(late.get(0).contains("'Alpha' 5 days before its first drop on 2027-01-15"), late.get(0));
        assertNull(ben.update("Ben").checks(), "nothing came in, nothing to check");
    }

    @Test
    void aNetworkFailureDuringPublishLosesNoLocalCommit() throws Exception {
        edit(ben, c -> campaign(c, "campaign-b").setName("Bravo Deluxe"));
        server.stop();

        TeamException failure = assertThrows(TeamException.class, () -> ben.publish("Bravo is deluxe now", "Ben"));

        assertTrue(failure.getMessage().startsWith("cannot reach git://127.0.0.1:"), failure.getMessage());
        assertFalse(ben.hasLocalChanges(), "the change is committed locally");
        assertEquals("Bravo is deluxe now", ben.history("spring.campaigns").get(0).message());
        server.start();
        assertTrue(ben.publish("Nothing new", "Ben").published());
        anna.update("Anna");
        assertEquals("Bravo Deluxe", campaign(calendar(anna), "campaign-b").getName());
    }

    @Test
    void aRepositoryThatIsNoTandemProjectOrCannotBeReachedGetsAClearMessage() throws Exception {
        String empty = server.create("empty.git");
        TeamException notProject = assertThrows(TeamException.class,
                () -> TeamRepository.cloneProject(empty, folder.resolve("carla/empty"), null));
        assertTrue(notProject.getMessage().contains("holds no Tandem project") || notProject.getMessage()
                .contains("cannot clone"), notProject.getMessage());
        TeamException unreachable = assertThrows(TeamException.class,
                () -> TeamRepository.cloneProject("git://127.0.0.1:1/none.git", folder.resolve("carla/x"), null));
        assertTrue(unreachable.getMessage().startsWith("cannot reach git://127.0.0.1:1/none.git"),
                unreachable.getMessage());
        TeamException taken = assertThrows(TeamException.class,
                () -> TeamRepository.share(Files.createDirectories(folder.resolve("dora/p")),
                        server.url("spring.git"), null, "Dora"));
        assertTrue(taken.getMessage().contains("already holds a project"), taken.getMessage());
    }
}
