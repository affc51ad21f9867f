package tandem.e2e.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;

import tandem.core.ui.editors.LoadProblemsPage;
import tandem.core.ui.editors.PlanEditor;
import tandem.test.support.ui.Layouts;
import tandem.test.support.ui.Ui;

/**
 * The screenshot tour: every editor (each of its pages) and every view of the example project, at 1920x1080 and at
 * 1280x800, saved as {@code screenshot-tour/<width>x<height>/<nn>-<what>.png} under the module's target folder for
 * a person to look at. It fails when an editor cannot show its plan, and when a page lays out a list, text or table
 * smaller than its scroll bar (what made GTK print "Gtk-CRITICAL gtk_box_gadget_distribute" when plans opened).
 */
class ScreenshotTourTest {

    private static final int[][] SIZES = { { 1920, 1080 }, { 1280, 800 } };
    private static final List<String> VIEWS = List.of(IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.ID_PROBLEM_VIEW,
            "tandem.checks.ui.checklistView", IPageLayout.ID_OUTLINE, IPageLayout.ID_PROP_SHEET,
            "tandem.application.welcome");

    @Test
    void everyEditorAndViewOfTheExampleAtTwoWindowSizes() throws Exception {
        Ui.waitUntil("the example project is there", 120, () -> ExampleWorkbench.project().isAccessible());
        ExampleWorkbench.project().refreshLocal(IResource.DEPTH_INFINITE, null);
        List<IFile> plans = new ArrayList<>();
        for (IResource member : ExampleWorkbench.project().members()) {
            // Plans with an editor of Tandem's (a plan type whose editor is not installed, such as a roster on a
            // branch without the roster editor, would open in the platform's error editor)
            if (member instanceof IFile file && !file.getName().startsWith(".")
                    && IDE.getDefaultEditor(file) != null && IDE.getDefaultEditor(file).getId().startsWith("tandem.")
                    && !"md".equals(file.getFileExtension()) && !"properties".equals(file.getFileExtension())) {
                plans.add(file);
            }
        }
        assertFalse(plans.isEmpty(), "the example has plans");
        IWorkbenchPage page = Ui.page();
        List<String> squeezed = new ArrayList<>();
        for (int[] size : SIZES) {
            Shell window = page.getWorkbenchWindow().getShell();
            window.setMaximized(false);
            window.setBounds(0, 0, size[0], size[1]);
            Ui.pump();
            Path folder = ExampleWorkbench.output().resolve("screenshot-tour").resolve(size[0] + "x" + size[1]);
            int shot = 0;
            for (IFile file : plans) {
                IEditorPart part = IDE.openEditor(page, file, true);
                Ui.pump();
                PlanEditor editor = assertInstanceOf(PlanEditor.class, part, file.getName());
                assertFalse(editor.getActivePageInstance() instanceof LoadProblemsPage, file.getName() + " reads");
                int pages = (Integer) invoke(editor, "getPageCount");
                for (int index = 0; index < pages; index++) {
                    invoke(editor, "setActivePage", index);
                    Ui.pump();
                    String title = editor.getActivePageInstance() == null ? "page" + index
                            : editor.getActivePageInstance().getTitle();
                    String name = String.format("%02d-%s-%s", ++shot, file.getName(), slug(title));
                    capture(window, folder.resolve(name + ".png"));
                    Layouts.squeezedScrollBars(window).forEach(control -> squeezed.add(size[0] + "x" + size[1]
                            + " " + name + ": " + control));
                }
            }
            for (String view : VIEWS) {
                org.eclipse.ui.IViewPart part = page.showView(view);
                Ui.pump();
                if (IPageLayout.ID_PROBLEM_VIEW.equals(view)) { // it fills its tree in a job of its own
                    Ui.waitUntil("the Problems view lists the example's problems", 30,
                            () -> ExampleWorkbench.problemsTree(part).getItemCount() > 0);
                    Ui.expandAll(ExampleWorkbench.problemsTree(part));
                }
                String name = String.format("%02d-view-%s", ++shot, slug(view));
                capture(window, folder.resolve(name + ".png"));
                Layouts.squeezedScrollBars(window).forEach(control -> squeezed.add(size[0] + "x" + size[1]
                        + " " + name + ": " + control));
            }
            // The Welcome view shows on a workspace's first start only: the next size's pictures are without it.
            page.hideView(page.findView("tandem.application.welcome"));
            page.closeAllEditors(false);
            Ui.pump();
            assertTrue(Files.list(folder).count() >= plans.size() + VIEWS.size(), "a picture of each");
        }
        assertEquals(List.of(), squeezed, "controls smaller than their scroll bars");
    }

    /** Calls a protected method of Eclipse's multi-page editor (page count, page by index). */
    private static Object invoke(PlanEditor editor, String name, Object... arguments) throws Exception {
        Class<?>[] types = arguments.length == 0 ? new Class<?>[0] : new Class<?>[] { int.class };
        java.lang.reflect.Method method = org.eclipse.ui.part.MultiPageEditorPart.class.getDeclaredMethod(name, types);
        method.setAccessible(true);
        return method.invoke(editor, arguments);
    }

    private static String slug(String text) {
        return text.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** Saves what the window shows (and the dialogs over it), cut to the window's bounds. */
    private static void capture(Shell window, Path file) throws Exception {
        window.redraw();
        window.update();
        Ui.pump();
        Rectangle bounds = window.getBounds().intersection(window.getDisplay().getBounds());
        Image image = new Image(window.getDisplay(), bounds.width, bounds.height);
        try {
            GC gc = new GC(window.getDisplay());
            try {
                gc.copyArea(image, bounds.x, bounds.y);
            } finally {
                gc.dispose();
            }
            Files.createDirectories(file.getParent());
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            image.dispose();
        }
    }
}
