package tandem.samples.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import tandem.core.ui.editors.PlanEditor;
import tandem.samples.SamplePlans;
import tandem.samples.ui.internal.ExampleProjects;
import tandem.samples.ui.internal.FirstRun;
import tandem.samples.ui.internal.NewExamplePlansWizard;
import tandem.samples.ui.internal.Showcase;
import tandem.test.support.ui.Ui;

/**
 * Not a test: takes the screenshots of {@code docs/USER-GUIDE.md} from the running workbench with the example plans,
 * with ImageMagick's {@code import -window root} (cropped to the workbench window). Runs only when asked:
 * <pre>
 * xvfb-run -a -s "-screen 0 1400x900x24" ./mvnw -f &lt;aggregator with this module&gt; install \
 *     -Dtest=UserGuideScreenshots -Dtandem.screenshots=$PWD/docs/images
 * </pre>
 */
@EnabledIfSystemProperty(named = "tandem.screenshots", matches = ".+")
class UserGuideScreenshots {

    private Path folder;
    private Shell window;

    @Test
    void takeTheUserGuideScreenshots() throws Exception {
        folder = Files.createDirectories(Path.of(System.getProperty("tandem.screenshots")));
        window = Ui.page().getWorkbenchWindow().getShell();
        window.setBounds(0, 0, 1400, 900);
        Job.getJobManager().join(FirstRun.class, null);
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(SamplePlans.DEFAULT_PROJECT_NAME);
        if (!project.exists()) {
            project = ExampleProjects.create(SamplePlans.DEFAULT_PROJECT_NAME, null);
        }
        Ui.page().closeAllEditors(false);
        Showcase.present(Ui.page().getWorkbenchWindow(), project);
        shot("first-run.png");

        newWizardDialog("new-wizard.png");
        NewExamplePlansWizard wizard = new NewExamplePlansWizard();
        wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
        WizardDialog dialog = new WizardDialog(window, wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        shot("new-example-wizard.png");
        dialog.close();

        IViewPart problems = Ui.page().showView(IPageLayout.ID_PROBLEM_VIEW);
        maximized(problems, part -> {
            for (Tree tree : Ui.findAll(problems.getSite().getShell(), Tree.class, Tree::isVisible)) {
                Ui.expandAll(tree);
            }
            shot("problems.png");
        });
        quickFixDialog(problems, "Easter Flash Sale", "quick-fix.png");

        IViewPart checklist = Ui.page().showView("tandem.checks.ui.checklistView");
        maximized(checklist, part -> {
            Ui.expandAll(Ui.findOne(checklist.getSite().getShell(), Tree.class,
                    t -> "Checklists".equals(t.getData("name")), "checklist tree"));
            shot("checklist.png");
        });

        maximized(open(project.getFile(SamplePlans.SETUP_FILE)), editor -> shot("setup.png"));

        maximized(open(project.getFile(SamplePlans.CALENDAR_FILE)), editor -> {
            shot("campaign-overview.png");
            ((FormEditor) editor).setActivePage("drops");
            shot("campaign-drops.png");
            ((FormEditor) editor).setActivePage("timeline");
            shot("campaign-timeline.png");
        });

        maximized(open(project.getFile(SamplePlans.STAFFING_FILES.get(0))), editor -> {
            goTo((PlanEditor) editor, "2027-04-05");
            org.eclipse.swt.widgets.Table intervals = Ui.table(((PlanEditor) editor).getPageContainer(), "Intervals");
            int monday = (int) java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.of(2027, 1, 1),
                    java.time.LocalDate.of(2027, 4, 5)) * 48; // the plan's half hours from 1 January
            Ui.selectRow(intervals, monday + 20); // 10:00, in the morning peak
            intervals.setTopIndex(monday + 16); // from 08:00, when the center opens
            shot("staffing-plan.png");
            ((FormEditor) editor).setActivePage("chart");
            goTo((PlanEditor) editor, "2027-04-05");
            shot("staffing-chart.png");
        });

        maximized(open(project.getFile(SamplePlans.TRAINING_FILE)), editor -> {
            shot("training-courses.png");
            ((FormEditor) editor).setActivePage("calendar");
            shot("training-calendar.png");
        });

        maximized(open(project.getFile(SamplePlans.IVR_FILE)), editor -> {
            shot("ivr-flow.png");
            ((FormEditor) editor).setActivePage("diagram");
            Ui.click(Ui.button(((PlanEditor) editor).getPageContainer(), "Fit to Window")); // the whole flow
            shot("ivr-diagram.png");
            ((FormEditor) editor).setActivePage("simulator");
            walkACallThatIsNotUnderstood((PlanEditor) editor);
            shot("ivr-simulator.png");
        });

        maximized(open(project.getFile(SamplePlans.GOALS_FILE)), editor -> {
            Ui.selectRow(Ui.table(((PlanEditor) editor).getPageContainer(), "Goals"), 2);
            shot("goals.png");
        });

        Ui.page().closeAllEditors(false);
        Showcase.present(Ui.page().getWorkbenchWindow(), project); // as the first run left it, for other tests
        settle();
    }

    private static IEditorPart open(IFile file) throws Exception {
        IEditorPart editor = IDE.openEditor(Ui.page(), file, true);
        settle();
        return editor;
    }

    /** Runs the shots with the part filling the window, then restores the layout. */
    private static void maximized(IWorkbenchPart part, Consumer<IWorkbenchPart> shots) {
        IWorkbenchPage page = Ui.page();
        page.activate(part);
        page.setPartState(page.getReference(part), IWorkbenchPage.STATE_MAXIMIZED);
        settle();
        try {
            shots.accept(part);
        } finally {
            page.setPartState(page.getReference(part), IWorkbenchPage.STATE_RESTORED);
            settle();
        }
    }

    private static void goTo(PlanEditor editor, String date) {
        List<Text> fields = Ui.findAll(editor.getPageContainer(), Text.class,
                t -> t.isVisible() && "Go to date".equals(t.getData("name")));
        assertEquals(1, fields.size(), "one visible date field");
        Ui.type(fields.get(0), date);
        settle();
    }

    /** On a weekday morning, a caller presses 2 for billing and is not understood three times. */
    private static void walkACallThatIsNotUnderstood(PlanEditor editor) {
        Text when = Ui.text(editor.getPageContainer(), "Date and time");
        when.setText("2027-03-16 10:30");
        Ui.pump();
        Ui.text(editor.getPageContainer(), "Key or phrase").setText("2");
        Ui.click(Ui.button(editor.getPageContainer(), "Press"));
        for (int attempt = 0; attempt < 3; attempt++) {
            Ui.click(Ui.button(editor.getPageContainer(), "Mumble"));
        }
    }

    /** File > New > Other... with the list filtered to the example, photographed and cancelled. */
    private void newWizardDialog(String name) {
        photographDialog("New", name, shell -> {
            for (Tree tree : Ui.findAll(shell, Tree.class, Tree::isVisible)) {
                for (TreeItem item : Ui.expandAll(tree)) {
                    if (item.getText().startsWith("Example Plans")) {
                        tree.setSelection(item);
                    }
                }
            }
        }, () -> Ui.executeCommand("org.eclipse.ui.newWizard"));
    }

    /** Opens the Quick Fix dialog on the finding whose message contains the text, photographs it, cancels. */
    private void quickFixDialog(IViewPart problems, String text, String name) {
        TreeItem finding = null;
        for (Tree tree : Ui.findAll(problems.getSite().getShell(), Tree.class, Tree::isVisible)) {
            for (TreeItem item : Ui.expandAll(tree)) {
                if (item.getText(0).contains(text)) {
                    finding = item;
                }
            }
        }
        assertTrue(finding != null, "the Problems view lists a finding about " + text);
        Ui.page().activate(problems);
        Ui.select(finding);
        photographDialog("Quick Fix", name, shell -> {
        }, () -> Ui.executeCommand("org.eclipse.jdt.ui.edit.text.java.correction.assist.proposals"));
    }

    /** Runs something that opens a modal dialog, photographs the dialog once it shows and closes it. */
    private void photographDialog(String title, String name, Consumer<Shell> prepare, Runnable open) {
        Display display = Ui.display();
        boolean[] taken = { false };
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            for (Shell shell : display.getShells()) {
                if (shell.isVisible() && title.equals(shell.getText())) {
                    prepare.accept(shell);
                    display.timerExec(1_500, () -> {
                        redraw();
                        capture(name);
                        taken[0] = true;
                        shell.close();
                    });
                    return;
                }
            }
            display.timerExec(100, poll[0]);
        };
        display.timerExec(100, poll[0]);
        open.run();
        Ui.waitUntil("the dialog '" + title + "' was photographed", () -> taken[0]);
        settle();
    }

    private void shot(String name) {
        settle();
        redraw();
        capture(name);
    }

    private void capture(String name) {
        String file = folder.resolve(name).toString();
        Rectangle bounds = window.getBounds();
        String crop = bounds.width + "x" + bounds.height + "+" + Math.max(0, bounds.x) + "+" + Math.max(0, bounds.y);
        run("import", "-window", "root", "-crop", crop, "+repage", file);
        // The window may not fill its bounds under Xvfb: cut the black screen below it.
        run("convert", file, "-bordercolor", "black", "-border", "1", "-fuzz", "2%", "-trim", "+repage", file);
    }

    private static void run(String... command) {
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            assertEquals(0, process.waitFor(), String.join(" ", command));
        } catch (IOException e) {
            throw new AssertionError("ImageMagick (" + command[0] + ") is needed for screenshots", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Repaints every window, so that no leftovers of earlier pages show (there is no compositor under Xvfb). */
    private static void redraw() {
        for (Shell shell : Ui.display().getShells()) {
            if (shell.isVisible()) {
                Rectangle area = shell.getClientArea();
                shell.redraw(area.x, area.y, area.width, area.height, true);
                shell.update();
            }
        }
        Ui.pump();
    }

    /** Lets background work (checks, layout) finish and the screen repaint. */
    private static void settle() {
        Ui.waitForJobs();
        long until = System.currentTimeMillis() + 800;
        while (System.currentTimeMillis() < until) {
            if (!Ui.display().readAndDispatch()) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
