package tandem.test.support.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.swt.widgets.Scrollable;

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
            Rectangle client = control.getClientArea();
            ScrollBar vertical = control.getVerticalBar();
            if (vertical != null && vertical.isVisible() && vertical.getThumbBounds().height > 0
                    && client.height < vertical.getSize().y) {
                squeezed.add(describe(control) + ": " + client.height + " pixels high, its scroll bar needs "
                        + vertical.getSize().y);
            }
            ScrollBar horizontal = control.getHorizontalBar();
            if (horizontal != null && horizontal.isVisible() && horizontal.getThumbBounds().width > 0
                    && client.width < horizontal.getSize().x) {
                squeezed.add(describe(control) + ": " + client.width + " pixels wide, its scroll bar needs "
                        + horizontal.getSize().x);
            }
        }
        return squeezed;
    }

    /** The control's class and name, then its named ancestors: {@code List 'Campaign calendars' in ...}. */
    private static String describe(Control control) {
        StringBuilder text = new StringBuilder(control.getClass().getSimpleName());
        if (control.getData("name") != null) {
            text.append(" '").append(control.getData("name")).append('\'');
        }
        for (Composite parent = control.getParent(); parent != null; parent = parent.getParent()) {
            if (parent.getData("name") != null) {
                text.append(" in '").append(parent.getData("name")).append('\'');
            }
        }
        return text.toString();
    }
}
