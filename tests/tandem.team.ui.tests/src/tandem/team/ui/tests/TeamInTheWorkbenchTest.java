package tandem.team.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.eclipse.jgit.api.Git;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.CampaignCalendar;
import tandem.campaign.model.CampaignPackage;
import tandem.core.documents.PlanDocuments;
import tandem.core.ui.editors.PlanEditor;
import tandem.samples.SamplePlans;
import tandem.team.git.PublishResult;
import tandem.team.git.TeamException;
import tandem.team.git.UpdateResult;
import tandem.team.merge.PlanDiff;
import tandem.team.ui.internal.ConflictView;
import tandem.team.ui.internal.TeamActions;
import tandem.team.ui.internal.TeamActions.TeamJob;
import tandem.team.ui.internal.TeamCredentials;
import tandem.test.support.ui.PlanProjects;
import tandem.test.support.ui.Ui;

/**
 * Two planners in one workbench: Anna's project is shared into a bare repository (a folder path), Ben's project is
 * opened from it. They edit the same campaign calendar through the Team menu's actions, Ben's editor stays open, and
 * conflicts are resolved in the Team Conflicts view.
 */
class TeamInTheWorkbenchTest {

    private static final String CALENDAR = """
            <?xml version="1.0" encoding="UTF-8"?>
            <campaign:CampaignCalendar xmlns:campaign="http://tandem.dev/campaign/1.0" id="calendar-1" name="Spring">
              <campaigns id="campaign-a" name="Alpha" owner="Marketing" startDate="2027-03-15" endDate="2027-04-30" serviceNotifiedOn="2027-01-10"/>
              <campaigns id="campaign-b" name="Bravo" startDate="2027-03-01" endDate="2027-03-31" serviceNotifiedOn="2027-01-10"/>
            </campaign:CampaignCalendar>
            """;

    @TempDir
    Path folder;

    private TeamActions actions;
    private IProject anna;
    private IProject ben;
    private String repository;

    @BeforeEach
    void twoPlanners() throws Exception {
        Map<Object, Object> options = new HashMap<>();
        options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("test".toCharArray()));
        options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
        ISecurePreferences storage = SecurePreferencesFactory.open(
                folder.resolve("secure_storage").toUri().toURL(), options);
        actions = new TeamActions(new TeamCredentials(storage));
        Path bare = folder.resolve("shared/spring.git");
        Git.init().setBare(true).setInitialBranch("main").setDirectory(bare.toFile()).call().close();
        repository = bare.toString();
        anna = PlanProjects.open("anna");
        anna.getFile("spring.campaigns").create(new ByteArrayInputStream(CALENDAR.getBytes(StandardCharsets.UTF_8)),
                true, null);
        assertOk(actions.share(anna, repository, "", ""));
        ben = finished(actions.openShared(repository, "ben", "", ""));
    }

    @AfterEach
    void cleanUp() throws CoreException {
        Ui.page().closeAllEditors(false);
        for (IProject project : List.of(anna, ben)) {
            if (project != null && project.exists()) {
                PlanProjects.delete(project);
            }
        }
        Ui.waitForJobs();
    }

    private static <R> R finished(TeamJob<R> job) {
        assertOk(job);
        return job.result();
    }

    private static void assertOk(Job job) {
        Ui.waitUntil(job.getName() + " has finished", 60, () -> job.getResult() != null);
        Ui.pump();
        assertTrue(job.getResult().isOK(), job.getName() + ": " + job.getResult().getMessage());
    }

    private static void edit(IProject project, Consumer<CampaignCalendar> change) throws Exception {
        Path file = project.getLocation().toFile().toPath().resolve("spring.campaigns");
        Resource resource = PlanDocuments.load(PlanDocuments.createResourceSet(),
                URI.createFileURI(file.toString()));
        change.accept((CampaignCalendar) resource.getContents().get(0));
        PlanDocuments.save(resource);
        project.refreshLocal(1, null);
    }

    private static Campaign campaign(CampaignCalendar calendar, String id) {
        return calendar.getCampaigns().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }

    private static CampaignCalendar onDisk(IProject project) throws Exception {
        Path file = project.getLocation().toFile().toPath().resolve("spring.campaigns");
        return (CampaignCalendar) PlanDocuments.load(PlanDocuments.createResourceSet(),
                URI.createFileURI(file.toString())).getContents().get(0);
    }

    private UpdateResult update(IProject project) throws TeamException {
        UpdateResult[] handed = { null };
        UpdateResult result = finished(actions.update(project, r -> handed[0] = r));
        Ui.waitUntil("the update's result reached the workbench", () -> handed[0] != null);
        return result;
    }

    private PublishResult publish(IProject project, String message) throws TeamException {
        PublishResult[] handed = { null };
        PublishResult result = finished(actions.publish(project, message, r -> handed[0] = r));
        Ui.waitUntil("the publish result reached the workbench", () -> handed[0] != null);
        return result;
    }

    @Test
    void disjointEditsMergeThroughUpdateAndTheOpenEditorReloads() throws Exception {
        assertTrue(ben.getFile("spring.campaigns").exists(), "Ben's project holds the shared calendar");
        assertTrue(ben.getFile(".gitattributes").exists());
        edit(anna, c -> campaign(c, "campaign-a").setStartDate(LocalDate.of(2027, 3, 22)));
        assertTrue(publish(anna, "Alpha a week later").published());
        edit(ben, c -> campaign(c, "campaign-b").setName("Bravo Deluxe"));
        PlanEditor editor = (PlanEditor) IDE.openEditor(Ui.page(), ben.getFile("spring.campaigns"));

        UpdateResult result = update(ben);

        assertTrue(result.clean(), () -> result.toString());
        CampaignCalendar shown = (CampaignCalendar) editor.getRoot();
        assertEquals(LocalDate.of(2027, 3, 22), campaign(shown, "campaign-a").getStartDate(),
                "the open editor shows the merged plan");
        assertEquals("Bravo Deluxe", campaign(shown, "campaign-b").getName());
        assertTrue(publish(ben, "Bravo is deluxe").published());
        update(anna);
        assertEquals("Bravo Deluxe", campaign(onDisk(anna), "campaign-b").getName());
        List<String> history = actions.history(anna.getFile("spring.campaigns")).stream().map(r -> r.message())
                .collect(Collectors.toList());
        // Ben's edit was committed locally by the update (nothing is lost), and published with the merge under the
        // message he gave at Publish.
        assertTrue(history.containsAll(List.of("Update: merge the published changes", "Bravo is deluxe",
                "Alpha a week later", "Share the project")), history.toString());
        assertFalse(history.contains("Local changes before update"), history.toString());
    }

    @Test
    void theSameAttributeChangedOnBothSidesIsOneConflictPickedInTheConflictView() throws Exception {
        edit(anna, c -> campaign(c, "campaign-a").setStartDate(LocalDate.of(2027, 3, 22)));
        publish(anna, "Alpha a week later");
        edit(ben, c -> campaign(c, "campaign-a").setStartDate(LocalDate.of(2027, 3, 29)));

        PublishResult rejected = publish(ben, "Alpha two weeks later");

        assertFalse(rejected.published(), "the remote moved and the update left a conflict");
        ConflictView view = (ConflictView) Ui.page().findView(ConflictView.ID);
        assertNotNull(view, "the Team Conflicts view opened");
        assertEquals(ben, view.getProject());
        Composite root = Ui.page().getWorkbenchWindow().getShell();
        Table table = Ui.table(root, "conflicts");
        assertEquals(List.of("Campaign calendar 'Spring' / Campaign 'Alpha' Start date 2027-03-15 2027-03-29 2027-03-22 "
                + "spring.campaigns"), Ui.rows(table));
        screenshot("team-conflicts.png");
        assertFalse(Ui.button(root, "Complete Update").isEnabled(), "a conflict is still open");
        assertThrows(TeamException.class, () -> actions.publish(ben, "again", null),
                "no publishing while conflicts are open");

        Ui.selectRow(table, 0);
        Ui.click(Ui.button(root, "Take Theirs"));

        assertEquals(List.of(), Ui.rows(table));
        assertEquals(LocalDate.of(2027, 3, 22), campaign(onDisk(ben), "campaign-a").getStartDate());
        assertTrue(Ui.button(root, "Complete Update").isEnabled());
        Ui.click(Ui.button(root, "Complete Update"));
        assertFalse(actions.merging(ben));
        assertTrue(publish(ben, "Alpha as Anna planned").published());
    }

    @Test
    void unsavedPlansBlockAnUpdateAndNothingIsLost() throws Exception {
        PlanEditor editor = (PlanEditor) IDE.openEditor(Ui.page(), ben.getFile("spring.campaigns"));
        Campaign alpha = campaign((CampaignCalendar) editor.getRoot(), "campaign-a");
        editor.execute(SetCommand.create(editor.getEditingDomain(), alpha, CampaignPackage.Literals.CAMPAIGN__OWNER,
                "Sales"));
        assertTrue(editor.isDirty());

        TeamException unsaved = assertThrows(TeamException.class, () -> actions.update(ben, null));
        assertEquals("ben has unsaved plans: save them before updating", unsaved.getMessage());
        boolean[] answered = Ui.answerDialog("Update", "No");
        Ui.page().activate(editor);
        Ui.executeCommand("tandem.team.ui.update");
        assertTrue(answered[0], "Update asked about the unsaved plan");
        assertTrue(editor.isDirty(), "declining keeps the unsaved change in the editor");

        edit(anna, c -> campaign(c, "campaign-b").setName("Bravo Deluxe"));
        publish(anna, "Bravo is deluxe");
        assertTrue(TeamActions.save(TeamActions.dirtyEditors(ben)));
        update(ben);
        CampaignCalendar merged = onDisk(ben);
        assertEquals("Sales", campaign(merged, "campaign-a").getOwner(), "the saved change is kept");
        assertEquals("Bravo Deluxe", campaign(merged, "campaign-b").getName());
        assertEquals("Bravo Deluxe", campaign((CampaignCalendar) editor.getRoot(), "campaign-b").getName());
    }

    @Test
    void anUpdateWhileAnotherJobWorksOnTheProjectIsRefusedWithAMessage() throws Exception {
        boolean[] release = { false };
        Job importing = new Job("Import staffing") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                while (!release[0]) {
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return Status.CANCEL_STATUS;
                    }
                }
                return Status.OK_STATUS;
            }
        };
        importing.setRule(ben);
        importing.schedule();
        Ui.waitUntil("the import runs", () -> importing.getState() == Job.RUNNING);
        try {
            TeamException busy = assertThrows(TeamException.class, () -> actions.update(ben, null));
            assertEquals("'Import staffing' is running on ben: try again when it has finished", busy.getMessage());
        } finally {
            release[0] = true;
        }
        Ui.waitUntil("the import has finished", () -> importing.getResult() != null);
        assertNull(update(ben).checks(), "nothing was published since, nothing to check");
    }

    @Test
    void compareWithPublishedListsTheChangesByElement() throws Exception {
        edit(ben, c -> {
            campaign(c, "campaign-a").setStartDate(LocalDate.of(2027, 3, 22));
            campaign(c, "campaign-b").setOwner("Sales");
        });
        IFile plan = ben.getFile("spring.campaigns");

        List<String> changes = actions.compareWithPublished(plan).stream().map(PlanDiff.Change::summary)
                .collect(Collectors.toList());

        assertEquals(List.of("Campaign calendar 'Spring' / Campaign 'Alpha': Start date 2027-03-15 -> 2027-03-22",
                "Campaign calendar 'Spring' / Campaign 'Bravo': Owner (none) -> Sales"), changes);
    }

    @Test
    void credentialsGoToSecureStorageNotIntoTheProject() throws Exception {
        String url = "https://git.example.com/team/spring.git";
        actions.credentials().store(url, "ben", "s3cret-token");

        assertEquals("ben", actions.credentials().user(url));
        assertNotNull(actions.credentials().provider(url));
        for (IProject project : List.of(anna, ben)) {
            try (var files = Files.walk(project.getLocation().toFile().toPath())) {
                for (Path file : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
                    assertFalse(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)
                            .contains("s3cret-token"), file + " holds the token");
                }
            }
        }
        TeamException notPlans = assertThrows(TeamException.class,
                () -> actions.share(PlanProjects.open("notes"), repository, "", ""));
        assertEquals("notes holds no plans: it is not a Tandem project to share", notPlans.getMessage());
        PlanProjects.delete(ResourcesPlugin.getWorkspace().getRoot().getProject("notes"));
    }

    @Test
    void anSshRepositoryNeedsAKeyFileWhosePassphraseStaysInSecureStorage() throws Exception {
        String url = "ssh://git@127.0.0.1:1/team/spring.git";
        Job withoutKey = actions.openShared(url, "ssh-spring", "", "", null);
        Ui.waitUntil("the open has finished", 60, () -> withoutKey.getResult() != null);
        assertEquals(url + ": an ssh repository needs a private key file (Share Project or Open Shared Project asks "
                + "for it)", withoutKey.getResult().getMessage());

        Path keyFile = Files.writeString(Files.createDirectories(folder.resolve("keys")).resolve("id_ed25519"),
                "not really a key");
        actions.credentials().storeKey(url, keyFile.toString(), "key-passphrase-42");
        assertEquals(keyFile.toString(), actions.credentials().keyFile(url));
        assertEquals(keyFile, actions.credentials().sshKey(url).keyFile());
        assertNull(actions.credentials().user(url));
        Job unreachable = actions.openShared(url, "ssh-spring", "", "key-passphrase-42", keyFile.toString());
        Ui.waitUntil("the open has finished", 60, () -> unreachable.getResult() != null);
        assertFalse(unreachable.getResult().isOK());
        assertFalse(ResourcesPlugin.getWorkspace().getRoot().getProject("ssh-spring").exists());
        for (IProject project : List.of(anna, ben)) {
            try (var files = Files.walk(project.getLocation().toFile().toPath())) {
                for (Path file : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
                    assertFalse(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)
                            .contains("key-passphrase-42"), file + " holds the passphrase");
                }
            }
        }
    }

    @Test
    void theExampleProjectIsSharedIntoABareRepositoryAndPublishes() throws Exception {
        IProject example = PlanProjects.open("Shared Example");
        try {
            SamplePlans.writeTo(example.getLocation().toFile().toPath());
            example.refreshLocal(IResource.DEPTH_INFINITE, null);
            Path bare = folder.resolve("shared/example.git");
            Git.init().setBare(true).setInitialBranch("main").setDirectory(bare.toFile()).call().close();
            assertOk(actions.share(example, bare.toString(), "", ""));
            assertTrue(TeamActions.isShared(example));
            PlanEditor editor = (PlanEditor) IDE.openEditor(Ui.page(), example.getFile(SamplePlans.CALENDAR_FILE));
            Campaign first = ((CampaignCalendar) editor.getRoot()).getCampaigns().get(0);
            editor.execute(SetCommand.create(editor.getEditingDomain(), first,
                    CampaignPackage.Literals.CAMPAIGN__OWNER, "Brand team"));
            editor.doSave(null);

            assertTrue(publish(example, "The brand team owns the first campaign").published());

            Path clone = folder.resolve("plain-clone");
            Git.cloneRepository().setURI(bare.toUri().toString()).setDirectory(clone.toFile()).call().close();
            for (String name : SamplePlans.fileNames()) {
                assertTrue(Files.exists(clone.resolve(name)), name + " was published");
            }
            assertTrue(Files.readString(clone.resolve(".gitattributes")).contains("*.staffing merge=tandem"));
            CampaignCalendar published = (CampaignCalendar) PlanDocuments.load(PlanDocuments.createResourceSet(),
                    URI.createFileURI(clone.resolve(SamplePlans.CALENDAR_FILE).toString())).getContents().get(0);
            assertEquals("Brand team", published.getCampaigns().get(0).getOwner());
            assertEquals("The brand team owns the first campaign",
                    actions.history(example.getFile(SamplePlans.CALENDAR_FILE)).get(0).message());
        } finally {
            PlanProjects.delete(example);
        }
    }

    private static void screenshot(String name) {
        String target = System.getProperty("tandem.screenshots");
        Path file = target == null || target.isBlank() ? Path.of("target", "screenshots", name)
                : Path.of(target, name);
        Ui.screenshot(file);
    }
}
