package tandem.core.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tandem.test.support.ui.PlanProjects;
import tandem.test.support.ui.Ui;

/** The File menu a planner expects, and a New wizard that says why it cannot go on. */
class MenusAndWizardsTest {

    private static final String WIZARD = "tandem.core.ui.newContactCenter";

    private IProject project;

    @BeforeEach
    void createProject() throws CoreException {
        project = PlanProjects.open("plans");
    }

    @AfterEach
    void cleanUp() throws CoreException {
        PlanProjects.delete(project);
    }

    /** The texts of a menu's items, without mnemonics and accelerators, after it was filled as on opening. */
    private static List<String> items(Menu menu) {
        menu.notifyListeners(SWT.Show, new Event());
        Ui.pump();
        List<String> texts = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            if ((item.getStyle() & SWT.SEPARATOR) == 0) {
                texts.add(item.getText().replace("&", "").replaceAll("\t.*", ""));
            }
        }
        menu.notifyListeners(SWT.Hide, new Event());
        return texts;
    }

    private static Menu fileMenu() {
        return menu("File");
    }

    private static Menu menu(String name) {
        Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        for (MenuItem item : window.getMenuBar().getItems()) {
            if (item.getText().replace("&", "").equals(name)) {
                return item.getMenu();
            }
        }
        throw new AssertionError("no " + name + " menu");
    }

    /** The item of a menu with this text (mnemonics and accelerators ignored), after the menu was filled. */
    private static MenuItem item(Menu menu, String text) {
        menu.notifyListeners(SWT.Show, new Event());
        Ui.pump();
        for (MenuItem item : menu.getItems()) {
            if (item.getText().replace("&", "").replaceAll("\t.*", "").equals(text)) {
                return item;
            }
        }
        throw new AssertionError("no item '" + text + "' in " + items(menu));
    }

    @Test
    void helpAboutShowsTheProductVersionWithNothingClipped() {
        org.osgi.framework.Version version = org.eclipse.core.runtime.Platform.getProduct().getDefiningBundle()
                .getVersion();
        String expected = "Version " + version.getMajor() + "." + version.getMinor() + "." + version.getMicro();
        MenuItem about = item(menu("Help"), "About Tandem");
        String[] shown = { null };
        Ui.inDialog("About Tandem", () -> about.notifyListeners(SWT.Selection, new Event()), shell -> {
            List<org.eclipse.swt.widgets.Label> labels = Ui.findAll(shell, org.eclipse.swt.widgets.Label.class,
                    label -> !label.getText().isEmpty());
            for (org.eclipse.swt.widgets.Label label : labels) {
                if (label.getText().startsWith("Version ")) {
                    shown[0] = label.getText();
                }
                org.eclipse.swt.graphics.Point wanted = label.computeSize(SWT.DEFAULT, SWT.DEFAULT);
                org.eclipse.swt.graphics.Rectangle inShell = shell.getDisplay().map(label.getParent(), shell,
                        label.getBounds());
                assertTrue(inShell.width >= wanted.x && inShell.height >= wanted.y,
                        "'" + label.getText() + "' is shown whole: " + inShell + " for " + wanted);
                assertTrue(shell.getClientArea().contains(inShell.x + inShell.width - 1,
                        inShell.y + inShell.height - 1), "'" + label.getText() + "' lies inside the dialog");
            }
            assertTrue(labels.stream().anyMatch(label -> label.getText().contains("Contact-center planning")),
                    "the about text is shown");
            Ui.screenshot(java.nio.file.Path.of("target", "screenshots", "about.png"));
            Ui.click(Ui.button(shell, "Close"));
        });
        assertTrue(shown[0] != null && shown[0].startsWith(expected), "About shows " + expected + ": " + shown[0]);
    }

    @Test
    void theFileMenuEndsWithExitAndHasNoTextEditorCommands() {
        List<String> file = items(fileMenu());
        assertEquals("Exit", file.get(file.size() - 1), file.toString());
        assertFalse(file.stream().anyMatch(text -> text.contains("Line Delimiters")), file.toString());
        assertTrue(file.contains("Save") && file.contains("Import...") && file.contains("Export..."),
                file.toString());
    }

    @Test
    void theNewWizardSaysAtOnceThatItsFileExists() throws Exception {
        project.getFile("contact-center-setup.center").create(new ByteArrayInputStream(new byte[0]), true, null);
        Shell shell = PlanProjects.openNewWizard(WIZARD, project);
        assertEquals("contact-center-setup-2.center", Ui.text(shell, "File name:").getText(),
                "the name proposed is free");
        assertTrue(Ui.button(shell, "Finish").isEnabled());

        Ui.type(Ui.text(shell, "File name:"), "contact-center-setup.center");
        WizardDialog dialog = (WizardDialog) shell.getData();
        assertFalse(Ui.button(shell, "Finish").isEnabled());
        String message = dialog.getCurrentPage().getErrorMessage();
        assertTrue(message != null && message.contains("exists"), String.valueOf(message));
        shell.close();
        Ui.pump();
    }

    @Test
    void thePreferencesShowTheTandemPagesWithTheirButtonsInside() {
        org.eclipse.jface.preference.PreferenceDialog dialog = org.eclipse.ui.dialogs.PreferencesUtil
                .createPreferenceDialogOn(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
                        "tandem.core.ui.preferences", null, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        Ui.pump();
        try {
            Shell shell = dialog.getShell();
            assertTrue(tandem.core.ui.preferences.TandemPreferences.percentDisplay(), "percentages by default");
            for (String label : List.of("Restore Defaults", "Apply")) {
                org.eclipse.swt.widgets.Button button = Ui.button(shell, label);
                org.eclipse.swt.graphics.Rectangle inShell = shell.getDisplay().map(button.getParent(), shell,
                        button.getBounds());
                org.eclipse.swt.graphics.Rectangle client = shell.getClientArea();
                assertTrue(client.contains(inShell.x + inShell.width - 1, inShell.y + inShell.height - 1),
                        label + " " + inShell + " lies inside the dialog " + client);
            }
            assertTrue(dialog.getPreferenceManager()
                    .find("tandem.core.ui.preferences/tandem.core.ui.preferences.newPlans") != null,
                    "Tandem > New Plans");
        } finally {
            dialog.close();
            Ui.pump();
        }
    }

    @SuppressWarnings("restriction")
    @Test
    void problemsWithAQuickFixAndTheQuickFixDialogHaveTheirImages() {
        for (String key : List.of("IMG_OBJS_FIXABLE_ERROR", "IMG_OBJS_FIXABLE_WARNING", "IMG_OBJS_FIXABLE_INFO",
                "IMG_DLGBAN_QUICKFIX_DLG", "IMG_OBJS_ERROR_PATH")) {
            org.eclipse.jface.resource.ImageDescriptor image = org.eclipse.ui.internal.WorkbenchImages
                    .getImageDescriptor(key);
            assertTrue(image != null && image.getImageData(100) != null, key + " is declared and can be read");
        }
    }

    @Test
    void theWelcomeViewIsShownOnTheFirstStartOnlyAndNotPartOfThePerspective() {
        assertTrue(org.eclipse.core.runtime.preferences.InstanceScope.INSTANCE.getNode("tandem.application")
                .getBoolean("welcomeShown", false), "the first start of this workspace showed it");
        Ui.page().resetPerspective();
        Ui.pump();
        assertEquals(null, Ui.page().findView("tandem.application.welcome"), "a reset perspective has no Welcome");
        assertTrue(Ui.page().findView(org.eclipse.ui.IPageLayout.ID_PROBLEM_VIEW) != null);
    }
}
