package tandem.campaign.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.text.NumberFormat;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.CampaignCalendar;
import tandem.campaign.model.Drop;
import tandem.campaign.model.DropKind;
import tandem.campaign.ui.internal.editor.CampaignEditor;
import tandem.campaign.ui.internal.editor.DropsPage;
import tandem.campaign.ui.internal.editor.TimelinePage;
import tandem.campaign.ui.internal.timeline.Timeline;
import tandem.campaign.ui.internal.timeline.TimelineCanvas;
import tandem.core.documents.PlanDocuments;
import tandem.core.model.Channel;
import tandem.core.model.ContactCenter;
import tandem.core.model.CoreFactory;
import tandem.core.model.Queue;
import tandem.core.ui.editors.LoadProblemsPage;
import tandem.test.support.ui.PlanProjects;
import tandem.test.support.ui.Layouts;
import tandem.test.support.ui.Ui;

/**
 * A planner creates a campaign calendar, adds a campaign and its drop, undoes and redoes, looks at the timeline,
 * saves, closes and reopens it, in the running workbench.
 */
class CampaignEditorTest {

    private static final String UNDO = "org.eclipse.ui.edit.undo";
    private static final String REDO = "org.eclipse.ui.edit.redo";
    /** Columns of the drop table. */
    private static final int AUDIENCE = 4;
    private static final int RESPONSE_RATE = 5;
    private static final int DAILY_SHARES = 6;
    private static final int CHANNEL_SPLIT = 7;
    private static final String LONG_NAME = "Email blast to 5G-ready customers, second wave";

    private IProject project;

    @BeforeEach
    void createProject() throws CoreException {
        project = PlanProjects.open("plans");
    }

    @AfterEach
    void cleanUp() throws CoreException {
        PlanProjects.delete(project);
    }

    @Test
    void createACalendarAddACampaignAndADropUndoRedoSaveAndReopen() throws Exception {
        CampaignEditor editor = createWithWizard("marketing.campaigns");
        CampaignCalendar calendar = editor.getCalendar();
        Composite pages = editor.getPageContainer();
        assertEquals("marketing", calendar.getName());
        assertTrue(calendar.getCampaigns().isEmpty());

        Table campaignTable = Ui.table(pages, "Campaigns");
        Ui.click(Ui.button(Ui.section(pages, "Campaigns"), "Add"));
        assertEquals(1, calendar.getCampaigns().size());
        Campaign spring = calendar.getCampaigns().get(0);
        assertEquals("New campaign", spring.getName());
        assertNotNull(spring.getId(), "a new campaign gets its stable id at once");
        assertNotNull(spring.getStartDate(), "a new campaign has dates to show on the timeline");
        Ui.type(Ui.cellEditor(campaignTable), "Spring offer");
        Ui.waitUntil("the campaign is renamed", () -> "Spring offer".equals(spring.getName()));
        Ui.waitUntil("the details show the selected campaign",
                () -> "Spring offer".equals(Ui.text(pages, "Campaign name:").getText()));
        Ui.type(Ui.text(pages, "Campaign code:"), "SPRING26");
        assertEquals("SPRING26", spring.getCampaignCode());
        Ui.type(Ui.text(pages, "End:"), "2020-01-31");
        Ui.waitUntil("the heading names the broken invariant", () -> String.valueOf(heading(editor))
                .contains("Campaign 'Spring offer': ends on 2020-01-31, before it starts"));
        Ui.executeCommand(UNDO);
        Ui.waitUntil("the heading clears after Undo", () -> heading(editor) == null);
        Ui.click(Ui.button(pages, "Add an offer"));
        assertNotNull(spring.getOffer());
        Ui.waitUntil("the offer can be described", () -> Ui.text(pages, "Offer:").isEnabled());
        Ui.type(Ui.text(pages, "Offer:"), "Half price for three months");
        assertEquals("Half price for three months", spring.getOffer().getDescription());

        editor.setActivePage(DropsPage.ID);
        Ui.pump();
        DropsPage dropsPage = editor.getDropsPage();
        assertSame(spring, dropsPage.getDropTable().getOwner(), "the Drops page shows the campaign chosen");
        Table dropTable = Ui.table(pages, "Drops");
        Ui.click(Ui.button(Ui.section(pages, "Drops"), "Add"));
        Drop mail = spring.getDrops().get(0);
        assertEquals(spring.getStartDate(), mail.getDate(), "a new drop is dated on the campaign's first day");
        assertEquals(DropKind.MAIL, mail.getKind());
        Ui.type(Ui.cellEditor(dropTable), "First mailing");
        Ui.waitUntil("the drop is renamed", () -> "First mailing".equals(mail.getName()));
        editCell(dropsPage, mail, AUDIENCE, "100000");
        assertEquals(100_000, mail.getAudienceSize());
        editCell(dropsPage, mail, RESPONSE_RATE, "2%");
        assertEquals(0.02, mail.getResponseRate());
        Ui.waitUntil("the rate shows as a percentage", () -> "2%".equals(cell(dropTable, RESPONSE_RATE)));
        editCell(dropsPage, mail, RESPONSE_RATE, "1.5 %");
        assertEquals(0.015, mail.getResponseRate());
        editCell(dropsPage, mail, RESPONSE_RATE, "lots");
        assertEquals(0.015, mail.getResponseRate(), "text that is no percentage is not applied");
        editCell(dropsPage, mail, RESPONSE_RATE, "0.02");
        assertEquals(0.02, mail.getResponseRate(), "a plain number below 1 is a share, as in a spreadsheet");
        editCell(dropsPage, mail, DAILY_SHARES, "50/30/20");
        assertEquals(List.of(0.5, 0.3, 0.2), mail.getDailyShares());
        editCell(dropsPage, mail, DAILY_SHARES, "half, then the rest");
        assertEquals(List.of(0.5, 0.3, 0.2), mail.getDailyShares(), "text that is no profile is not applied");
        editCell(dropsPage, mail, CHANNEL_SPLIT, "phone 70% / chat 30%");
        assertEquals(2, mail.getChannelShares().size());
        assertEquals(Channel.CHAT, mail.getChannelShares().get(1).getChannel());
        Ui.waitUntil("the table shows the profile and split", () -> "50/30/20".equals(cell(dropTable, DAILY_SHARES))
                && "phone 70% / chat 30%".equals(cell(dropTable, CHANNEL_SPLIT)));
        dropsPage.getDropTable().getViewer().setSelection(new StructuredSelection(mail));
        String thousand = NumberFormat.getIntegerInstance().format(1000);
        Ui.waitUntil("the expected contacts are spelled out",
                () -> dropsPage.getExpectedContacts().contains(thousand + " on "));
        assertTrue(editor.isDirty());

        Ui.executeCommand(UNDO);
        assertTrue(mail.getChannelShares().isEmpty(), "Undo removes the channel split");
        Ui.executeCommand(UNDO);
        assertTrue(mail.getDailyShares().isEmpty(), "Undo removes the daily profile");
        Ui.waitUntil("the table follows Undo", () -> "".equals(cell(dropTable, DAILY_SHARES))
                && "".equals(cell(dropTable, CHANNEL_SPLIT)));
        Ui.executeCommand(REDO);
        Ui.executeCommand(REDO);
        assertEquals(List.of(0.5, 0.3, 0.2), mail.getDailyShares(), "Redo brings the profile back");
        assertEquals(0.3, mail.getChannelShares().get(1).getShare());
        Ui.waitUntil("the table follows Redo", () -> "50/30/20".equals(cell(dropTable, DAILY_SHARES)));

        editor.setActivePage(TimelinePage.ID);
        TimelineCanvas canvas = editor.getTimelinePage().getCanvas();
        Ui.waitUntil("the timeline is painted", () -> canvas.getPaintCount() > 0);
        Timeline timeline = canvas.getTimeline();
        assertEquals(List.of(spring), timeline.bars().stream().map(Timeline.Bar::campaign).toList());
        assertEquals(List.of(mail), timeline.markers().stream().map(Timeline.Marker::drop).toList());
        int dropDay = timeline.indexOf(mail.getDate());
        assertEquals(1000, timeline.contacts(dropDay), 1e-6, "100,000 × 2% × 50% on the drop day");
        assertEquals(600, timeline.contacts(dropDay + 1), 1e-6);
        int painted = canvas.getPaintCount();
        Ui.executeCommand(UNDO);
        Ui.executeCommand(UNDO);
        Ui.waitUntil("the timeline follows Undo", () -> canvas.getTimeline() != timeline
                && canvas.getPaintCount() > painted);
        assertEquals(2000, canvas.getTimeline().contacts(dropDay), 1e-6, "without a profile all on the drop day");
        assertEquals(0, canvas.getTimeline().contacts(dropDay + 1), 1e-6);
        Ui.executeCommand(REDO);
        Ui.executeCommand(REDO);
        Ui.waitUntil("the timeline follows Redo", () -> canvas.getTimeline().contacts(dropDay + 1) > 0);

        Ui.executeCommand("org.eclipse.ui.file.save");
        assertFalse(editor.isDirty());
        IFile file = project.getFile("marketing.campaigns");
        String saved = Files.readString(file.getLocation().toFile().toPath());
        assertTrue(saved.contains("name=\"Spring offer\""), saved);
        assertTrue(saved.contains("id=\"" + mail.getId() + "\""), "the drop's id is saved: " + saved);

        Ui.page().closeEditor(editor, false);
        Ui.pump();
        CampaignEditor reopened = (CampaignEditor) IDE.openEditor(Ui.page(), file);
        Ui.pump();
        Campaign reread = reopened.getCalendar().getCampaigns().get(0);
        assertEquals("Spring offer", reread.getName());
        assertEquals("SPRING26", reread.getCampaignCode());
        assertEquals("Half price for three months", reread.getOffer().getDescription());
        assertEquals(spring.getId(), reread.getId());
        Drop rereadMail = reread.getDrops().get(0);
        assertEquals("First mailing", rereadMail.getName());
        assertEquals(100_000, rereadMail.getAudienceSize());
        assertEquals(List.of(0.5, 0.3, 0.2), rereadMail.getDailyShares());
        assertEquals("phone 70% / chat 30%", tandem.campaign.model.shares.ShareText
                .formatChannels(rereadMail.getChannelShares()));
        assertEquals("Spring offer", Ui.table(reopened.getPageContainer(), "Campaigns").getItem(0).getText(0));
    }

    @Test
    void theCampaignsQueuesComeFromTheProjectsSetupAndTakeItsContacts() throws Exception {
        ContactCenter acme = CoreFactory.eINSTANCE.createContactCenter();
        acme.setName("Acme");
        Queue billing = queue(acme, "Billing", Channel.PHONE);
        queue(acme, "Web chat", Channel.CHAT);
        Resource setup = PlanDocuments.createResourceSet()
                .createResource(URI.createPlatformResourceURI("/plans/acme.center", true));
        setup.getContents().add(acme);
        PlanDocuments.save(setup);
        project.getFile("acme.center").refreshLocal(IResource.DEPTH_ZERO, null);

        CampaignEditor editor = createWithWizard("marketing.campaigns");
        Composite pages = editor.getPageContainer();
        Ui.click(Ui.button(Ui.section(pages, "Campaigns"), "Add"));
        Ui.pressEnter(Ui.cellEditor(Ui.table(pages, "Campaigns")));
        Campaign campaign = editor.getCalendar().getCampaigns().get(0);
        Ui.waitUntil("the campaign is shown", () -> editor.getOverviewPage().getShownCampaign() == campaign);

        boolean[] chosen = chooseFirstQueueInDialog("Queues of New campaign");
        Ui.click(Ui.button(pages, "Choose..."));
        assertTrue(chosen[0], "the queue dialog was answered");
        assertEquals(List.of("Billing"), campaign.getQueues().stream().map(Queue::getName).toList());
        assertEquals(billing.getId(), campaign.getQueues().get(0).getId());
        Ui.waitUntil("the details list the queue", () -> "Billing (phone)".equals(Ui.text(pages, "Queues:").getText()));
        Ui.executeCommand(UNDO);
        assertTrue(campaign.getQueues().isEmpty(), "choosing queues is undoable");
        Ui.executeCommand(REDO);

        Ui.executeCommand("org.eclipse.ui.file.save");
        String saved = Files.readString(project.getFile("marketing.campaigns").getLocation().toFile().toPath());
        assertTrue(saved.contains("acme.center#" + billing.getId()), "the queue is referenced by id: " + saved);
        Ui.page().closeEditor(editor, false);
        Ui.pump();
        CampaignEditor reopened = (CampaignEditor) IDE.openEditor(Ui.page(), project.getFile("marketing.campaigns"));
        Ui.pump();
        Queue reread = reopened.getCalendar().getCampaigns().get(0).getQueues().get(0);
        assertFalse(reread.eIsProxy(), "the reference resolves to the setup's queue");
        assertEquals("Billing", reread.getName());
    }

    @Test
    void aDamagedCalendarOpensOnTheProblemPageWithFileAndLine() throws Exception {
        IFile file = project.getFile("broken.campaigns");
        String damaged = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<campaign:CampaignCalendar xmlns:campaign=\"http://tandem.dev/campaign/1.0\" name=\"Marketing\">\n"
                + "  <campaigns name=\"Spring\" startDate=\"next spring\"/>\n"
                + "</campaign:CampaignCalendar>\n";
        file.create(new ByteArrayInputStream(damaged.getBytes(StandardCharsets.UTF_8)), true, null);

        IEditorPart part = IDE.openEditor(Ui.page(), file);
        Ui.pump();
        CampaignEditor editor = assertInstanceOf(CampaignEditor.class, part);
        assertFalse(editor.isReadable());
        assertInstanceOf(LoadProblemsPage.class, editor.getActivePageInstance());
        org.eclipse.swt.widgets.List problems = Ui.findOne(editor.getPageContainer(),
                org.eclipse.swt.widgets.List.class, l -> true, "problem list");
        String problem = problems.getItem(0);
        assertTrue(problem.startsWith("plans/broken.campaigns:3:"), problem);
        assertTrue(problem.contains("next spring"), problem);
        assertFalse(editor.isDirty());
        Ui.page().closeEditor(editor, false);
        Ui.pump();
        assertEquals(damaged, Files.readString(file.getLocation().toFile().toPath()), "the file is left as it was");

        Files.writeString(file.getLocation().toFile().toPath(), damaged.replace("next spring", "2026-03-01"));
        file.refreshLocal(IResource.DEPTH_ZERO, null);
        CampaignEditor repaired = (CampaignEditor) IDE.openEditor(Ui.page(), file);
        Ui.pump();
        assertTrue(repaired.isReadable(), "once repaired it opens on its pages");
        assertNotSame(editor, repaired);
        assertEquals("Spring", repaired.getCalendar().getCampaigns().get(0).getName());
    }

    private static Queue queue(ContactCenter center, String name, Channel channel) {
        Queue queue = CoreFactory.eINSTANCE.createQueue();
        queue.setName(name);
        queue.setChannel(channel);
        center.getQueues().add(queue);
        return queue;
    }

    /** Opens the in-place editor of a drop's cell, types the text and presses Enter. */
    @Test
    void theOverviewShowsWholeNamesAndDatesAtTheDefaultWindowSize() throws Exception {
        Shell window = Ui.page().getWorkbenchWindow().getShell();
        org.eclipse.swt.graphics.Point size = window.getSize();
        window.setSize(1274, 771);
        try {
            CampaignEditor editor = createWithWizard("spring.campaigns");
            Composite pages = editor.getPageContainer();
            Ui.click(Ui.button(Ui.section(pages, "Campaigns"), "Add"));
            Table campaigns = Ui.table(pages, "Campaigns");
            Ui.type(Ui.cellEditor(campaigns), "Spring Upgrade");
            Ui.pump();
            assertEquals("Spring Upgrade", editor.getCalendar().getCampaigns().get(0).getName());
            assertEquals(List.of(), Layouts.narrowColumns(campaigns, column -> campaigns.getItem(0).getText(column)));
            Ui.screenshot(java.nio.file.Path.of("target", "screenshots", "campaign-overview-1274.png"));
        } finally {
            window.setSize(size);
        }
    }

    @Test
    void theDropsPageKeepsItsButtonsAndLastColumnInViewAtTheDefaultWindowSize() throws Exception {
        Shell window = Ui.page().getWorkbenchWindow().getShell();
        org.eclipse.swt.graphics.Point size = window.getSize();
        window.setSize(1274, 771);
        try {
            CampaignEditor editor = createWithWizard("spring.campaigns");
            Composite pages = editor.getPageContainer();
            Ui.click(Ui.button(Ui.section(pages, "Campaigns"), "Add"));
            Campaign spring = editor.getCalendar().getCampaigns().get(0);
            Ui.pressEnter(Ui.cellEditor(Ui.table(pages, "Campaigns")));
            editor.setActivePage(DropsPage.ID);
            Ui.pump();
            DropsPage dropsPage = editor.getDropsPage();
            Table dropTable = Ui.table(pages, "Drops");
            Ui.click(Ui.button(Ui.section(pages, "Drops"), "Add"));
            Drop spot = spring.getDrops().get(0);
            Ui.pressEnter(Ui.cellEditor(dropTable));
            editCell(dropsPage, spot, AUDIENCE, "2,000,000");
            assertEquals(2_000_000, spot.getAudienceSize(), "thousands separators are understood");
            editCell(dropsPage, spot, RESPONSE_RATE, "0.18%");
            editCell(dropsPage, spot, DAILY_SHARES, "40/25/15/10/6/4");
            editCell(dropsPage, spot, CHANNEL_SPLIT, "phone 60% / chat 25% / email 15%");
            editCell(dropsPage, spot, 0, LONG_NAME);
            spot.setKind(DropKind.EMAIL_BLAST);
            dropsPage.getDropTable().getViewer().refresh();
            dropsPage.getDropTable().getViewer().setSelection(new StructuredSelection(spot));
            Ui.pump();

            assertEquals(NumberFormat.getIntegerInstance().format(2_000_000), cell(dropTable, AUDIENCE));
            assertEquals("0.18%", cell(dropTable, RESPONSE_RATE));
            assertEquals("Email blast", cell(dropTable, 1), "kinds by their display name");
            org.eclipse.swt.graphics.Rectangle visible = pages.getDisplay().map(pages, null, pages.getClientArea());
            for (String button : List.of("Add", "Remove")) {
                org.eclipse.swt.widgets.Button control = Ui.button(Ui.section(pages, "Drops"), button);
                org.eclipse.swt.graphics.Rectangle bounds = control.getDisplay().map(control.getParent(), null,
                        control.getBounds());
                assertTrue(visible.contains(bounds.x + bounds.width - 1, bounds.y), button + " at " + bounds
                        + " is outside the editor " + visible);
            }
            // The split may lie beyond the table's right edge in the default window: scrolling brings it into the
            // editor (its column is not cut off).
            dropTable.showColumn(dropTable.getColumn(CHANNEL_SPLIT));
            Ui.pump();
            org.eclipse.swt.widgets.ScrollBar sideways = dropTable.getHorizontalBar();
            if (sideways != null) { // GTK's showColumn does not always scroll: move the bar as a planner would
                int left = 0;
                for (int column = 0; column < CHANNEL_SPLIT; column++) {
                    left += dropTable.getColumn(column).getWidth();
                }
                sideways.setSelection(Math.min(left, sideways.getMaximum() - sideways.getThumb()));
                Ui.pump();
            }
            org.eclipse.swt.graphics.Rectangle split = dropTable.getDisplay().map(dropTable, null,
                    dropTable.getItem(0).getBounds(CHANNEL_SPLIT));
            org.eclipse.swt.graphics.Rectangle tableArea = dropTable.getDisplay().map(dropTable, null,
                    dropTable.getClientArea());
            assertTrue(visible.contains(split.x + split.width / 2, split.y)
                    && tableArea.contains(split.x + split.width / 2, split.y), "the channel split column at " + split
                            + " is outside the editor " + visible + " or the table " + tableArea);
            assertEquals(List.of(), Layouts.narrowColumns(dropTable,
                    column -> column == 2 || column == AUDIENCE ? cell(dropTable, column) : null));
            // A long name and a three-way split are wider than their columns can be in the default window: the
            // split's cell shows it whole in its tooltip, and the selected drop's contacts begin with its whole name
            // and list the split line by line, all of it shown (the text wraps to the page).
            assertEquals(LONG_NAME, cell(dropTable, 0));
            assertEquals(LONG_NAME, ((org.eclipse.jface.viewers.CellLabelProvider) dropsPage.getDropTable()
                    .getViewer().getLabelProvider(0)).getToolTipText(spot));
            assertEquals("phone 60% / chat 25% / email 15%",
                    ((org.eclipse.jface.viewers.CellLabelProvider) dropsPage.getDropTable().getViewer()
                            .getLabelProvider(CHANNEL_SPLIT)).getToolTipText(spot));
            assertTrue(dropsPage.getExpectedContacts().startsWith(LONG_NAME + ":\n"
                    + NumberFormat.getIntegerInstance().format(2_000_000) + " reached"), dropsPage.getExpectedContacts());
            assertTrue(dropsPage.getExpectedContacts().contains("\nemail 15%"), dropsPage.getExpectedContacts());
            org.eclipse.swt.widgets.Label expected = Ui.findOne(pages, org.eclipse.swt.widgets.Label.class,
                    l -> "Expected contacts".equals(l.getData("name")), "the expected contacts");
            assertTrue(expected.getSize().y >= expected.computeSize(expected.getSize().x, org.eclipse.swt.SWT.DEFAULT).y,
                    "the expected contacts show whole: " + expected.getSize() + " for "
                            + expected.computeSize(expected.getSize().x, org.eclipse.swt.SWT.DEFAULT));
            org.eclipse.swt.graphics.Rectangle text = expected.getDisplay().map(expected.getParent(), null,
                    expected.getBounds());
            assertTrue(text.x >= visible.x && text.x + text.width <= visible.x + visible.width,
                    "the expected contacts at " + text + " wrap inside the editor " + visible);
            // Every column keeps its heading and its text whole (the table scrolls sideways where the window is
            // too narrow for all of them); the name column holds the example's longest name, the split column a
            // two-way split.
            assertEquals(List.of(), Layouts.narrowColumns(dropTable, column -> column == 0
                    ? "Email blast to 5G-ready customers"
                    : column == CHANNEL_SPLIT ? "phone 80% / chat 20%" : cell(dropTable, column)));
            Ui.screenshot(java.nio.file.Path.of("target", "screenshots", "campaign-drops-1274.png"));
        } finally {
            window.setSize(size);
        }
    }

    private static void editCell(DropsPage page, Drop drop, int column, String text) {
        page.getDropTable().getViewer().editElement(drop, column);
        Ui.type(Ui.cellEditor(page.getDropTable().getViewer().getTable()), text);
        Ui.pump();
    }

    private static String heading(CampaignEditor editor) {
        return editor.getOverviewPage().getManagedForm().getForm().getMessage();
    }

    private static String cell(Table table, int column) {
        return table.getItemCount() == 0 ? null : table.getItem(0).getText(column);
    }

    /** Answers the next queue dialog by ticking its first queue and pressing OK. */
    private static boolean[] chooseFirstQueueInDialog(String title) {
        boolean[] answered = { false };
        long deadline = System.currentTimeMillis() + 20_000;
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            Shell dialog = null;
            for (Shell shell : Ui.display().getShells()) {
                if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
                    dialog = shell;
                }
            }
            if (dialog != null) {
                Table queues = Ui.findOne(dialog, Table.class, t -> true, "queue list");
                queues.getItem(0).setChecked(true);
                answered[0] = true;
                Ui.click(Ui.button(dialog, "OK"));
            } else if (System.currentTimeMillis() < deadline) {
                Ui.display().timerExec(50, poll[0]);
            }
        };
        Ui.display().timerExec(50, poll[0]);
        return answered;
    }

    private CampaignEditor createWithWizard(String fileName) {
        return PlanProjects.createWithWizard("tandem.campaign.ui.newCampaignCalendar", project, fileName,
                CampaignEditor.class);
    }
}
