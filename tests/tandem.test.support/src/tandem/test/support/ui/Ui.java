package tandem.test.support.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swt.widgets.Widget;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.forms.widgets.Section;

/**
 * A small helper for driving the real workbench from tests that run in the UI thread (Tycho's UI harness): find
 * widgets, type, click, run commands, answer dialogs and wait for the display and for jobs. SWTBot is not on
 * Maven Central; this covers what Tandem's tests need and nothing more.
 */
public final class Ui {

    private static final long TIMEOUT_MILLIS = 20_000;

    private Ui() {
    }

    public static Display display() {
        return PlatformUI.getWorkbench().getDisplay();
    }

    public static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** Processes pending events until the display is idle. */
    public static void pump() {
        Display display = display();
        while (display.readAndDispatch()) {
            // keep dispatching
        }
    }

    /** Pumps events until the condition holds; fails naming what was awaited after 20 seconds. */
    public static void waitUntil(String what, BooleanSupplier condition) {
        waitUntil(what, TIMEOUT_MILLIS / 1000, condition);
    }

    /** Pumps events until the condition holds; fails naming what was awaited after the given seconds. */
    public static void waitUntil(String what, long seconds, BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + seconds * 1000;
        Display display = display();
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("Timed out waiting until " + what);
            }
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("Interrupted waiting until " + what, e);
                }
            }
        }
        pump();
    }

    /** Waits until no job is running or waiting, pumping events meanwhile. */
    public static void waitForJobs() {
        waitUntil("background jobs have finished", () -> Job.getJobManager().isIdle());
    }

    /** All widgets of a type below a composite (depth first, in layout order) that match. */
    public static <T extends Widget> List<T> findAll(Composite root, Class<T> type, Predicate<T> matching) {
        List<T> found = new ArrayList<>();
        collect(root, type, matching, found);
        return found;
    }

    private static <T extends Widget> void collect(Control control, Class<T> type, Predicate<T> matching,
            List<T> found) {
        if (control.isDisposed()) {
            return;
        }
        if (type.isInstance(control) && matching.test(type.cast(control))) {
            found.add(type.cast(control));
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, type, matching, found);
            }
        }
    }

    /** The single widget of a type that matches; fails when there is none or several. */
    public static <T extends Widget> T findOne(Composite root, Class<T> type, Predicate<T> matching, String what) {
        List<T> found = findAll(root, type, matching);
        if (found.size() != 1) {
            throw new AssertionError("Expected one " + what + " but found " + found.size());
        }
        return found.get(0);
    }

    /** The button with this label (mnemonic ampersands ignored). */
    public static Button button(Composite root, String label) {
        return findOne(root, Button.class, b -> strip(b.getText()).equals(label), "button '" + label + "'");
    }

    /** The text field named by {@code setData("name", ...)} or by the label just before it. */
    public static Text text(Composite root, String name) {
        return findOne(root, Text.class, t -> name.equals(t.getData("name")) || name.equals(labelBefore(t)),
                "text field '" + name + "'");
    }

    /** The rows of a table as text, each row its cells joined by single spaces. */
    public static List<String> rows(Table table) {
        List<String> rows = new ArrayList<>();
        for (TableItem item : table.getItems()) {
            StringBuilder row = new StringBuilder(item.getText(0));
            for (int i = 1; i < table.getColumnCount(); i++) {
                row.append(' ').append(item.getText(i));
            }
            rows.add(row.toString());
        }
        return rows;
    }

    /** The table named by {@code setData("name", ...)}. */
    public static Table table(Composite root, String name) {
        return findOne(root, Table.class, t -> name.equals(t.getData("name")), "table '" + name + "'");
    }

    /** The form section with this title. */
    public static Section section(Composite root, String title) {
        return findOne(root, Section.class, s -> title.equals(s.getText()), "section '" + title + "'");
    }

    private static String labelBefore(Control control) {
        Control[] siblings = control.getParent().getChildren();
        for (int i = 1; i < siblings.length; i++) {
            if (siblings[i] == control && siblings[i - 1] instanceof Label label) {
                return strip(label.getText());
            }
        }
        return null;
    }

    private static String strip(String label) {
        return label == null ? "" : label.replace("&", "").trim();
    }

    /** The tree named by {@code setData("name", ...)}. */
    public static Tree tree(Composite root, String name) {
        return findOne(root, Tree.class, t -> name.equals(t.getData("name")), "tree '" + name + "'");
    }

    /** The one item of the tree (expanded or not) whose text is exactly this. */
    public static TreeItem treeItem(Tree tree, String text) {
        List<TreeItem> found = new ArrayList<>();
        for (TreeItem item : tree.getItems()) {
            collectItems(item, text, found);
        }
        if (found.size() != 1) {
            List<String> all = new ArrayList<>();
            for (TreeItem item : tree.getItems()) {
                collectItems(item, null, all);
            }
            throw new AssertionError("Expected one tree item '" + text + "' but found " + found.size() + " in "
                    + all);
        }
        return found.get(0);
    }

    @SuppressWarnings("unchecked")
    private static <T> void collectItems(TreeItem item, String text, List<T> found) {
        if (text == null) {
            ((List<String>) found).add(item.getText());
        } else if (text.equals(item.getText())) {
            ((List<TreeItem>) found).add(item);
        }
        for (TreeItem child : item.getItems()) {
            if (child.getData() != null) {
                collectItems(child, text, found);
            }
        }
    }

    /** Selects a tree item as a click would, then pumps events. */
    public static void select(TreeItem item) {
        Tree tree = item.getParent();
        tree.setFocus();
        tree.setSelection(item);
        Event event = new Event();
        event.item = item;
        tree.notifyListeners(SWT.Selection, event);
        pump();
    }

    /** Clicks a push button (or toggles a check box) as a user would, then pumps events. */
    public static void click(Button button) {
        if (!button.isEnabled()) {
            throw new AssertionError("Button '" + strip(button.getText()) + "' is disabled");
        }
        if ((button.getStyle() & (SWT.CHECK | SWT.RADIO | SWT.TOGGLE)) != 0) {
            button.setSelection(!button.getSelection());
        }
        button.notifyListeners(SWT.Selection, new Event());
        pump();
    }

    /** Replaces the text of a field as a user typing would, and presses Enter. */
    public static void type(Text text, String value) {
        text.setFocus();
        text.setText(value);
        text.notifyListeners(SWT.Modify, new Event());
        pressEnter(text);
    }

    /** Sends Enter (default selection and the Return traversal) to a control. */
    public static void pressEnter(Control control) {
        Event enter = new Event();
        enter.character = SWT.CR;
        enter.keyCode = SWT.CR;
        control.notifyListeners(SWT.DefaultSelection, new Event());
        Event traverse = new Event();
        traverse.detail = SWT.TRAVERSE_RETURN;
        traverse.keyCode = SWT.CR;
        traverse.character = SWT.CR;
        traverse.doit = true;
        control.notifyListeners(SWT.Traverse, traverse);
        pump();
    }

    /** The text field an in-place cell editor opened in a table, once it is there. */
    public static Text cellEditor(Table table) {
        waitUntil("a cell editor is open in " + table.getData("name"),
                () -> !findAll(table, Text.class, t -> t.isVisible()).isEmpty());
        return findAll(table, Text.class, Text::isVisible).get(0);
    }

    /** Starts in-place editing of a table cell as a mouse click on it would; answers the table for chaining. */
    public static Table editCell(Table table, int row, int column) {
        waitUntil("row " + row + " is shown in " + table.getData("name"), () -> table.getItemCount() > row);
        Rectangle bounds = table.getItem(row).getBounds(column);
        Event click = new Event();
        click.x = bounds.x + bounds.width / 2;
        click.y = bounds.y + bounds.height / 2;
        click.button = 1;
        click.count = 1;
        table.notifyListeners(SWT.MouseDown, click);
        table.notifyListeners(SWT.MouseUp, click);
        pump();
        return table;
    }

    /** Selects one row of a table as a click on it would, so that viewers and detail forms follow. */
    public static void selectRow(Table table, int row) {
        waitUntil("row " + row + " is shown in " + table.getData("name"), () -> table.getItemCount() > row);
        table.setSelection(row);
        Event event = new Event();
        event.item = table.getItem(row);
        table.notifyListeners(SWT.Selection, event);
        pump();
    }

    /** The drop-down an in-place cell editor opened in a table, once it is there. */
    public static CCombo cellCombo(Table table) {
        waitUntil("a drop-down is open in " + table.getData("name"),
                () -> !findAll(table, CCombo.class, CCombo::isVisible).isEmpty());
        return findAll(table, CCombo.class, CCombo::isVisible).get(0);
    }

    /** Picks the item with this text in a cell editor's drop-down and confirms it as Enter would. */
    public static void choose(CCombo combo, String item) {
        int index = java.util.Arrays.asList(combo.getItems()).indexOf(item);
        if (index < 0) {
            throw new AssertionError("No item '" + item + "' among " + java.util.Arrays.toString(combo.getItems()));
        }
        combo.select(index);
        combo.notifyListeners(SWT.Selection, new Event());
        combo.notifyListeners(SWT.DefaultSelection, new Event());
        pump();
    }

    /** The drop-down (read-only combo) named by {@code setData("name", ...)} or by the label just before it. */
    public static Combo combo(Composite root, String name) {
        return findOne(root, Combo.class, c -> name.equals(c.getData("name")) || name.equals(labelBefore(c)),
                "drop-down '" + name + "'");
    }

    /** Picks the item with this text in a drop-down as a user would. */
    public static void choose(Combo combo, String item) {
        int index = java.util.Arrays.asList(combo.getItems()).indexOf(item);
        if (index < 0) {
            throw new AssertionError("No item '" + item + "' among " + java.util.Arrays.toString(combo.getItems()));
        }
        combo.select(index);
        combo.notifyListeners(SWT.Selection, new Event());
        pump();
    }

    /** Checks or unchecks the row with this text in a check-box table (a check list) as a click on its box would. */
    public static void check(Table table, String itemText, boolean checked) {
        for (TableItem item : table.getItems()) {
            if (itemText.equals(item.getText())) {
                if (item.getChecked() != checked) {
                    item.setChecked(checked);
                    Event event = new Event();
                    event.detail = SWT.CHECK;
                    event.item = item;
                    table.notifyListeners(SWT.Selection, event);
                    pump();
                }
                return;
            }
        }
        List<String> texts = new ArrayList<>();
        for (TableItem item : table.getItems()) {
            texts.add(item.getText());
        }
        throw new AssertionError("No row '" + itemText + "' in " + table.getData("name") + " among " + texts);
    }

    /** Expands every item of a tree as a user clicking the twisties would, and answers all items. */
    public static List<TreeItem> expandAll(Tree tree) {
        List<TreeItem> all = new ArrayList<>();
        expand(tree, tree.getItems(), all);
        pump();
        return all;
    }

    private static void expand(Tree tree, TreeItem[] items, List<TreeItem> all) {
        for (TreeItem item : items) {
            all.add(item);
            if (item.getItemCount() > 0) {
                Event expand = new Event();
                expand.item = item;
                tree.notifyListeners(SWT.Expand, expand);
                item.setExpanded(true);
                expand(tree, item.getItems(), all);
            }
        }
    }

    /** Executes a workbench command (for example {@code org.eclipse.ui.edit.undo}) as its key binding would. */
    public static void executeCommand(String commandId) {
        IHandlerService handlers = PlatformUI.getWorkbench().getActiveWorkbenchWindow()
                .getService(IHandlerService.class);
        try {
            handlers.executeCommand(commandId, null);
        } catch (ExecutionException | NotDefinedException | NotEnabledException | NotHandledException e) {
            throw new AssertionError("Command " + commandId + " could not run: " + e, e);
        }
        pump();
    }

    /** Executes a workbench command with parameters, such as File &gt; New's {@code newWizardId}. */
    public static void executeCommand(String commandId, java.util.Map<String, String> parameters) {
        org.eclipse.ui.commands.ICommandService commands = PlatformUI.getWorkbench()
                .getService(org.eclipse.ui.commands.ICommandService.class);
        IHandlerService handlers = PlatformUI.getWorkbench().getActiveWorkbenchWindow()
                .getService(IHandlerService.class);
        try {
            handlers.executeCommand(org.eclipse.core.commands.ParameterizedCommand
                    .generateCommand(commands.getCommand(commandId), parameters), null);
        } catch (ExecutionException | NotDefinedException | NotEnabledException | NotHandledException e) {
            throw new AssertionError("Command " + commandId + " " + parameters + " could not run: " + e, e);
        }
        pump();
    }

    /** The visible shell with this title, once it has opened. */
    public static Shell shell(String title) {
        waitUntil("a window titled '" + title + "' is open", () -> findShell(title) != null);
        return findShell(title);
    }

    private static Shell findShell(String title) {
        for (Shell shell : display().getShells()) {
            if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
                return shell;
            }
        }
        return null;
    }

    /**
     * Arranges for the next dialog with this title to be answered with the given button, for code that opens a
     * modal dialog and only returns once it is closed. Returns a flag that tells whether it was answered.
     */
    public static boolean[] answerDialog(String title, String buttonLabel) {
        boolean[] answered = { false };
        Display display = display();
        long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            Shell shell = findShell(title);
            if (shell != null) {
                answered[0] = true;
                click(button(shell, buttonLabel));
            } else if (System.currentTimeMillis() < deadline) {
                display.timerExec(50, poll[0]);
            }
        };
        display.timerExec(50, poll[0]);
        return answered;
    }

    /** Double-clicks a tree item (selects it, then opens it as a double-click would), then pumps events. */
    public static void doubleClick(TreeItem item) {
        select(item);
        Event event = new Event();
        event.item = item;
        item.getParent().notifyListeners(SWT.DefaultSelection, event);
        pump();
    }

    /**
     * Runs code that opens a modal dialog and returns only once the dialog is closed (a command such as File &gt;
     * Export... or Quick Fix), and drives the dialog meanwhile: once a window with this title shows, the actions run
     * in the dialog's event loop and end by closing it (Finish, OK, Cancel). If the actions fail, the dialog is
     * closed and the failure is thrown here; so is a failure when no such window shows within the time limit.
     */
    public static void inDialog(String title, Runnable open, Consumer<Shell> actions) {
        inDialog("a window titled '" + title + "'", () -> findShell(title), open, actions);
    }

    /**
     * Like {@link #inDialog(String, Runnable, Consumer)} for a dialog whose title the test does not know in advance
     * (a wizard's title is its own): drives the first window that opens over the shells open before.
     */
    public static void inNewDialog(Runnable open, Consumer<Shell> actions) {
        java.util.Set<Shell> before = new java.util.HashSet<>(java.util.Arrays.asList(display().getShells()));
        inDialog("a new window", () -> {
            for (Shell shell : display().getShells()) {
                if (!before.contains(shell) && !shell.isDisposed() && shell.isVisible()) {
                    return shell;
                }
            }
            return null;
        }, open, actions);
    }

    private static void inDialog(String what, java.util.function.Supplier<Shell> finder, Runnable open,
            Consumer<Shell> actions) {
        Display display = display();
        Throwable[] failure = { null };
        boolean[] driven = { false };
        boolean[] returned = { false };
        long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            if (returned[0]) {
                return;
            }
            Shell shell = finder.get();
            if (shell == null) {
                if (System.currentTimeMillis() < deadline) {
                    display.timerExec(50, poll[0]);
                } else {
                    failure[0] = new AssertionError("Timed out waiting for " + what);
                    closeDialogs();
                }
                return;
            }
            driven[0] = true;
            try {
                actions.accept(shell);
            } catch (Throwable t) {
                failure[0] = t;
                if (!shell.isDisposed()) {
                    shell.close();
                }
            }
        };
        display.timerExec(50, poll[0]);
        try {
            open.run();
            pump();
        } finally {
            returned[0] = true;
        }
        if (failure[0] instanceof Error error) {
            throw error;
        }
        if (failure[0] != null) {
            throw new AssertionError("Driving " + what + " failed: " + failure[0], failure[0]);
        }
        if (!driven[0]) {
            throw new AssertionError("No " + what.replaceFirst("^an? ", "") + " opened");
        }
    }

    private static void closeDialogs() {
        for (Shell shell : display().getShells()) {
            if (!shell.isDisposed() && shell.isVisible() && shell.getParent() != null) {
                shell.close();
            }
        }
    }

    /** Dispatches events until none has come for a moment (GTK paints on its frame clock), at most 2 seconds. */
    private static void settle(Display display) {
        long start = System.currentTimeMillis();
        long quietSince = start;
        while (System.currentTimeMillis() - quietSince < 150 && System.currentTimeMillis() - start < 2_000) {
            if (display.readAndDispatch()) {
                quietSince = System.currentTimeMillis();
            } else {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /**
     * Saves a picture of the whole screen, dialogs included, as a PNG file (folders are created). Every window is
     * repainted first, so the picture shows the current state (there is no compositor under Xvfb).
     */
    public static void screenshot(Path file) {
        screenshot(file, display().getBounds());
    }

    /**
     * Saves a picture of part of the screen (a window's bounds, say, when the window stands for a smaller screen),
     * dialogs over it included, as a PNG file; as {@link #screenshot(Path)}.
     */
    public static void screenshot(Path file, Rectangle part) {
        Display display = display();
        for (Shell shell : display.getShells()) {
            if (!shell.isDisposed() && shell.isVisible()) {
                Rectangle area = shell.getClientArea();
                shell.redraw(area.x, area.y, area.width, area.height, true);
                shell.update();
            }
        }
        settle(display);
        Rectangle screen = part.intersection(display.getBounds());
        Image image = new Image(display, screen.width, screen.height);
        try {
            GC gc = new GC(display);
            try {
                gc.copyArea(image, screen.x, screen.y);
            } finally {
                gc.dispose();
            }
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } catch (IOException e) {
            throw new AssertionError("Could not save the screenshot " + file + ": " + e.getMessage(), e);
        } finally {
            image.dispose();
        }
    }
}
