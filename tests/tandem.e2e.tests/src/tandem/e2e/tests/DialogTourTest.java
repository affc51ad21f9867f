package tandem.e2e.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IResource;
import org.eclipse.jface.preference.IPreferencePage;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.Test;

import tandem.samples.SamplePlans;
import tandem.test.support.ui.Layouts;
import tandem.test.support.ui.Ui;

/**
 * The screenshot tour's second half: every dialog and wizard a planner meets, opened as the planner opens it (menu
 * command, File &gt; New, the Problems view's Quick Fix), photographed at 1920x1080 and at 1280x800 (the window
 * standing for the screen) as {@code screenshot-tour/<width>x<height>/dialog-<nn>-<what>.png}, and closed again
 * with Cancel. It fails on a dialog that does not fit the screen, a button outside its dialog or narrower than its
 * label, and a label or column heading narrower than its text.
 */
class DialogTourTest {

    private static final int[][] SIZES = { { 1920, 1080 }, { 1280, 800 } };
    private static final List<String> PREFERENCE_PAGES = List.of("Tandem", "Checks", "New Plans");
    private static final List<String> NEW_WIZARDS = List.of("tandem.core.ui.newContactCenter",
            "tandem.staffing.ui.newStaffingPlan", "tandem.campaign.ui.newCampaignCalendar",
            "tandem.training.ui.newTrainingPlan", "tandem.ivr.ui.newIvrScript", "tandem.goals.ui.newGoalSet",
            "tandem.roster.ui.newRoster", "tandem.samples.ui.newExamplePlans");

    private final List<String> clipped = new ArrayList<>();
    private Rectangle screen;
    private Path folder;
    private int shot;

    @Test
    void everyDialogAndWizardOfAPlannerFitsAtTwoWindowSizes() throws Exception {
        Ui.waitUntil("the example project is there", 120, () -> ExampleWorkbench.project().isAccessible());
        ExampleWorkbench.project().refreshLocal(IResource.DEPTH_INFINITE, null);
        IWorkbenchPage page = Ui.page();
        Shell window = page.getWorkbenchWindow().getShell();
        for (int[] size : SIZES) {
            window.setMaximized(false);
            window.setBounds(0, 0, size[0], size[1]);
            Ui.pump();
            screen = window.getBounds();
            folder = ExampleWorkbench.output().resolve("screenshot-tour").resolve(size[0] + "x" + size[1]);
            shot = 0;

            Ui.inDialog("Preferences", () -> Ui.executeCommand("org.eclipse.ui.window.preferences"), shell -> {
                for (String name : PREFERENCE_PAGES) {
                    showPreferencePage(shell, name);
                    look(shell, "preferences-" + name);
                }
                Ui.click(Ui.button(shell, "Cancel"));
            });

            for (String wizard : NEW_WIZARDS) {
                selectTheExampleProject();
                Ui.inNewDialog(() -> Ui.executeCommand("org.eclipse.ui.newWizard", Map.of("newWizardId", wizard)),
                        shell -> wizardPages(shell, "new-" + wizard.replaceFirst(".*\\.new", "")));
            }

            ExampleWorkbench.openFromProjectExplorer(ExampleWorkbench.STAFFING_FILE);
            for (String kind : List.of("Import", "Export")) {
                String command = "org.eclipse.ui.file." + kind.toLowerCase();
                List<String> tandemWizards = new ArrayList<>();
                Ui.inDialog(kind, () -> Ui.executeCommand(command), shell -> {
                    Tree wizards = Ui.findOne(shell, Tree.class, Tree::isVisible, "tree of wizards");
                    for (TreeItem item : Ui.expandAll(wizards)) {
                        if (item.getParentItem() != null && "Tandem".equals(item.getParentItem().getText())) {
                            tandemWizards.add(item.getText());
                        }
                    }
                    look(shell, kind.toLowerCase() + "-wizards");
                    Ui.click(Ui.button(shell, "Cancel"));
                });
                assertTrue(!tandemWizards.isEmpty(), kind + " offers Tandem's wizards: " + tandemWizards);
                for (String name : tandemWizards) {
                    Ui.inDialog(kind, () -> Ui.executeCommand(command), shell -> {
                        Tree wizards = Ui.findOne(shell, Tree.class, Tree::isVisible, "tree of wizards");
                        Ui.select(ExampleWorkbench.wizardItem(wizards, "Tandem", name));
                        Ui.click(Ui.button(shell, "Next >"));
                        wizardPages(shell, kind.toLowerCase() + "-" + name);
                    });
                }
            }

            Ui.inDialog("Forecast Baseline", () -> Ui.executeCommand("tandem.staffing.ui.forecastBaseline"),
                    shell -> {
                        look(shell, "forecast-baseline");
                        Ui.click(Ui.button(shell, "Cancel"));
                    });

            ExampleWorkbench.openFromProjectExplorer(SamplePlans.ROSTER_FILE);
            Ui.inDialog("Generate Schedule", () -> Ui.executeCommand("tandem.roster.ui.generateSchedule"), shell -> {
                look(shell, "generate-schedule");
                Ui.click(Ui.button(shell, "Cancel"));
            });

            IViewPart problems = ExampleWorkbench.problemsView();
            Ui.waitUntil("the Problems view lists the IVR finding", 90,
                    () -> ExampleWorkbench.problemTexts(problems).contains(ExampleWorkbench.IVR_FINDING));
            Ui.page().activate(problems);
            Ui.select(ExampleWorkbench.problemItem(problems, ExampleWorkbench.IVR_FINDING));
            Ui.inDialog("Quick Fix", () -> Ui.executeCommand(ExampleWorkbench.QUICK_FIX), shell -> {
                look(shell, "quick-fix");
                Ui.click(Ui.button(shell, "Cancel"));
            });

            Ui.inDialog("About Tandem", () -> Ui.executeCommand("org.eclipse.ui.help.aboutAction"), shell -> {
                look(shell, "about");
                Ui.click(Ui.button(shell, "Close"));
            });

            page.closeAllEditors(false);
            Ui.pump();
            assertTrue(Files.list(folder).filter(file -> file.getFileName().toString().startsWith("dialog-"))
                    .count() >= 20, "a picture of each dialog in " + folder);
        }
        assertEquals(List.of(), clipped, "what the dialogs show clipped");
    }

    /** Photographs every page of a wizard that Next reaches, then cancels it. */
    private void wizardPages(Shell shell, String name) {
        look(shell, name);
        for (int page = 2; page <= 4; page++) {
            Button next = Ui.findAll(shell, Button.class, b -> "Next >".equals(b.getText().replace("&", ""))).stream()
                    .findFirst().orElse(null);
            if (next == null || !next.isEnabled()) {
                break;
            }
            Ui.click(next);
            look(shell, name + "-page" + page);
        }
        Ui.click(Ui.button(shell, "Cancel"));
    }

    /** Shows a page of the Preferences dialog as a click on its name in the tree does. */
    private static void showPreferencePage(Shell shell, String name) {
        Tree tree = Ui.findOne(shell, Tree.class, Tree::isVisible, "the tree of preference pages");
        Ui.expandAll(tree);
        TreeItem item = Ui.treeItem(tree, name);
        Ui.select(item);
        PreferenceDialog dialog = (PreferenceDialog) shell.getData();
        Ui.waitUntil("the preference page '" + name + "' shows",
                () -> dialog.getSelectedPage() instanceof IPreferencePage selected
                        && name.equals(selected.getTitle()));
    }

    private static void selectTheExampleProject() {
        try {
            IViewPart explorer = Ui.page().showView(org.eclipse.ui.IPageLayout.ID_PROJECT_EXPLORER);
            ((CommonNavigator) explorer).selectReveal(
                    new org.eclipse.jface.viewers.StructuredSelection(ExampleWorkbench.project()));
            Ui.page().activate(explorer);
            Ui.pump();
        } catch (org.eclipse.ui.PartInitException e) {
            throw new AssertionError("The Project Explorer does not open: " + e.getMessage(), e);
        }
    }

    /** Photographs the dialog over the window and notes what it shows clipped. */
    private void look(Shell shell, String what) {
        String name = String.format("dialog-%02d-%s", ++shot, slug(what));
        // A dialog remembers where it stood on the larger screen; on a screen of the window's size the platform
        // would move it onto the screen, and so does the tour (the size is the dialog's own, and checked).
        Rectangle bounds = shell.getBounds();
        if (!screen.contains(bounds.x, bounds.y) || !screen.contains(bounds.x + bounds.width - 1,
                bounds.y + bounds.height - 1)) {
            shell.setLocation(screen.x + Math.max(0, (screen.width - bounds.width) / 2),
                    screen.y + Math.max(0, (screen.height - bounds.height) / 2));
            Ui.pump();
        }
        Ui.screenshot(folder.resolve(name + ".png"), screen);
        Layouts.clipped(shell, screen).forEach(problem -> clipped.add(screen.width + "x" + screen.height + " "
                + name + ": " + problem));
    }

    private static String slug(String text) {
        return text.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
