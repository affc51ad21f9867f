package tandem.test.support.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.swt.widgets.Scrollable;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;

/**
 * Layout faults SWT can see that GTK complains about on standard error. A list, text or table laid out smaller than
 * its own scroll bar makes GTK print "Gtk-CRITICAL gtk_box_gadget_distribute: assertion 'size >= 0' failed in
 * GtkScrollbar" (the bar is given a negative size); a test cannot read GTK's messages (GTK 3 logs through GLib's
 * structured writer), but it can find the controls that cause them.
 */
public final class Layouts {

    private Layouts() {
    }

    /** The showing controls under the root whose scroll bar does not fit in them, described for a message. */
    public static List<String> squeezedScrollBars(Composite root) {
        List<String> squeezed = new ArrayList<>();
        for (Scrollable control : Ui.findAll(root, Scrollable.class, Control::isVisible)) {
            squeezed.addAll(squeezed(control, true));
        }
        return squeezed;
    }

    /** @param thumbShown only bars that show a thumb (a bar laid out before its control has a size has none) */
    private static List<String> squeezed(Scrollable control, boolean thumbShown) {
        List<String> squeezed = new ArrayList<>();
        Rectangle client = control.getClientArea();
        ScrollBar vertical = control.getVerticalBar();
        if (vertical != null && vertical.isVisible() && (!thumbShown || vertical.getThumbBounds().height > 0)
                && client.height < vertical.getSize().y) {
            squeezed.add(describe(control) + ": " + client.height + " pixels high, its scroll bar needs "
                    + vertical.getSize().y);
        }
        ScrollBar horizontal = control.getHorizontalBar();
        if (horizontal != null && horizontal.isVisible() && (!thumbShown || horizontal.getThumbBounds().width > 0)
                && client.width < horizontal.getSize().x) {
            squeezed.add(describe(control) + ": " + client.width + " pixels wide, its scroll bar needs "
                    + horizontal.getSize().x);
        }
        return squeezed;
    }

    /**
     * Watches every resize on the display until closed and notes each list, text or table that was, even for a
     * moment, smaller than its scroll bar when its parent was laid out. Not every squeeze it notes makes GTK complain
     * (a whole workbench tour notes many), but the one that does is among them: watch one editor's opening to find
     * it. The first layout of a page before it has its size is where GTK
     * prints its "Gtk-CRITICAL gtk_box_gadget_distribute", and a check after the page is shown sees nothing wrong.
     */
    public static SqueezeWatch watchSqueezedScrollBars(org.eclipse.swt.widgets.Display display) {
        return new SqueezeWatch(display);
    }

    /** What {@link Layouts#watchSqueezedScrollBars} saw, in the order it saw it. */
    public static final class SqueezeWatch implements AutoCloseable {
        private final org.eclipse.swt.widgets.Display display;
        private final List<String> squeezed = new ArrayList<>();
        // GTK allocates a composite's children when the composite gets its size: a child still squeezed then (not
        // yet laid out, say, with its rows already wanting a scroll bar) is what GTK complains about.
        private final org.eclipse.swt.widgets.Listener listener = event -> {
            if (event.widget instanceof Composite parent && !parent.isDisposed() && parent.isVisible()
                    && parent.getSize().x > 0 && parent.getSize().y > 0) {
                for (Control child : parent.getChildren()) {
                    if (child instanceof Scrollable control && control.isVisible()) {
                        Layouts.squeezed(control, false).forEach(problem -> {
                            if (!squeezed.contains(problem)) {
                                squeezed.add(problem);
                            }
                        });
                    }
                }
            }
        };

        private SqueezeWatch(org.eclipse.swt.widgets.Display display) {
            this.display = display;
            display.addFilter(SWT.Resize, listener);
        }

        /** Each squeeze seen so far, described for a message. */
        public List<String> squeezed() {
            return List.copyOf(squeezed);
        }

        @Override
        public void close() {
            display.removeFilter(SWT.Resize, listener);
        }
    }

    /**
     * What a dialog (or any window) shows clipped, described for a message: the window larger than the screen it
     * must fit on; a button not wholly inside the window, or narrower than its label; a label narrower (or, when it
     * wraps, lower) than its text; a table or tree column narrower than its heading. Controls inside a scrolled
     * composite are measured against their own size only, since scrolling brings them into view. Empty when nothing
     * is clipped.
     *
     * @param screen the screen the window must fit on, for example a 1280x800 window's bounds
     */
    public static List<String> clipped(Shell shell, Rectangle screen) {
        List<String> clipped = new ArrayList<>();
        String window = "'" + shell.getText() + "'";
        Rectangle bounds = shell.getBounds();
        if (bounds.width > screen.width || bounds.height > screen.height) {
            clipped.add(window + " is " + bounds.width + "x" + bounds.height + ", larger than the screen's "
                    + screen.width + "x" + screen.height);
        }
        for (Control control : Ui.findAll(shell, Control.class, Layouts::showing)) {
            String problem = clipping(control);
            if (problem != null) {
                clipped.add(window + ": " + problem);
            }
        }
        return clipped;
    }

    /** Whether the control and all its parents are visible (a page of a wizard not shown is not). */
    private static boolean showing(Control control) {
        return control.isVisible() && control.getSize().x > 0 && control.getSize().y > 0;
    }

    private static String clipping(Control control) {
        if (control instanceof Button button && (button.getStyle() & SWT.ARROW) == 0) {
            return clippedButton(button);
        }
        if (control instanceof Label label && (label.getStyle() & SWT.SEPARATOR) == 0 && !label.getText().isEmpty()) {
            return clippedText(label, "Label '" + label.getText() + "'", (label.getStyle() & SWT.WRAP) != 0);
        }
        if (control instanceof CLabel label && label.getText() != null && !label.getText().isEmpty()) {
            return clippedText(label, "Label '" + label.getText() + "'", false);
        }
        if (control instanceof Table table && table.getHeaderVisible()) {
            for (TableColumn column : table.getColumns()) {
                String problem = clippedHeading(table, column.getText(), column.getWidth(), column.getImage() != null);
                if (problem != null) {
                    return problem;
                }
            }
        }
        if (control instanceof Tree tree && tree.getHeaderVisible()) {
            for (TreeColumn column : tree.getColumns()) {
                String problem = clippedHeading(tree, column.getText(), column.getWidth(), column.getImage() != null);
                if (problem != null) {
                    return problem;
                }
            }
        }
        return null;
    }

    private static String clippedButton(Button button) {
        String name = "Button '" + button.getText().replace("&", "") + "'";
        Point wanted = button.computeSize(SWT.DEFAULT, SWT.DEFAULT);
        if ((button.getStyle() & (SWT.CHECK | SWT.RADIO)) == 0 && button.getSize().x < wanted.x) {
            return name + " is " + button.getSize().x + " pixels wide, its label needs " + wanted.x;
        }
        if (scrolled(button)) {
            return null;
        }
        Shell shell = button.getShell();
        Rectangle inShell = button.getDisplay().map(button.getParent(), shell, button.getBounds());
        Rectangle visible = inShell;
        for (Composite parent = button.getParent(); parent != shell.getParent() && parent != null; parent = parent
                .getParent()) {
            Rectangle area = parent.getClientArea();
            visible = visible.intersection(button.getDisplay().map(parent, shell, area));
        }
        if (visible.width < inShell.width || visible.height < inShell.height) {
            return name + " lies partly outside the window: " + inShell + ", of which " + visible.width + "x"
                    + visible.height + " show";
        }
        return null;
    }

    private static String clippedText(Control label, String name, boolean wraps) {
        Point size = label.getSize();
        if (wraps) {
            Point wanted = label.computeSize(size.x, SWT.DEFAULT);
            return size.y < wanted.y ? name + " is " + size.y + " pixels high, its text needs " + wanted.y : null;
        }
        Point wanted = label.computeSize(SWT.DEFAULT, SWT.DEFAULT);
        if (size.x < wanted.x || size.y < wanted.y) {
            return name + " is " + size.x + "x" + size.y + ", its text needs " + wanted.x + "x" + wanted.y;
        }
        return null;
    }

    /**
     * The columns of a table narrower than their heading or than the text given for them (a row's cell, a typical
     * long value), described for a message; empty when every column shows its heading and its text whole.
     *
     * @param texts the text each column must show whole, by column index; {@code null} for its heading alone
     */
    public static List<String> narrowColumns(Table table, IntFunction<String> texts) {
        List<String> narrow = new ArrayList<>();
        GC gc = new GC(table);
        try {
            for (int i = 0; i < table.getColumnCount(); i++) {
                TableColumn column = table.getColumn(i);
                String text = texts.apply(i);
                int needed = Math.max(gc.textExtent(column.getText()).x, text == null ? 0 : gc.textExtent(text).x);
                if (column.getWidth() <= needed) {
                    narrow.add("column '" + column.getText() + "' is " + column.getWidth() + " pixels wide for '"
                            + (text == null ? column.getText() : text) + "' (" + needed + ")");
                }
            }
        } finally {
            gc.dispose();
        }
        return narrow;
    }

    private static String clippedHeading(Control table, String heading, int width, boolean image) {
        if (heading == null || heading.isEmpty() || width == 0) {
            return null; // a column without heading, or hidden on purpose
        }
        GC gc = new GC(table);
        try {
            int wanted = gc.textExtent(heading).x + (image ? 16 : 0);
            return width < wanted ? table.getClass().getSimpleName() + " column '" + heading + "' is " + width
                    + " pixels wide, its heading needs " + wanted : null;
        } finally {
            gc.dispose();
        }
    }

    private static boolean scrolled(Control control) {
        for (Composite parent = control.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ScrolledComposite) {
                return true;
            }
        }
        return false;
    }

    /** The control's class and name, then its named ancestors: {@code List 'Campaign calendars' in ...}. */
    private static String describe(Control control) {
        StringBuilder text = new StringBuilder(control.getClass().getSimpleName());
        if (control.getData("name") != null) {
            text.append(" '").append(control.getData("name")).append('\'');
        } else if (control instanceof org.eclipse.ui.forms.widgets.ScrolledForm form && form.getText() != null) {
            text.append(" '").append(form.getText()).append('\'');
        }
        for (Composite parent = control.getParent(); parent != null; parent = parent.getParent()) {
            if (parent.getData("name") != null) {
                text.append(" in '").append(parent.getData("name")).append('\'');
            }
        }
        return text.toString();
    }
}
