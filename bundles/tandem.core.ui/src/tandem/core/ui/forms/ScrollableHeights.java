package tandem.core.ui.forms;

import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.swt.widgets.Scrollable;

/**
 * Height hints for scrolling controls (lists, multi-line texts, small tables) that GTK can lay out: never lower than
 * the control's vertical scroll bar needs. A list or text given less (two lines of text are about 34 pixels, the bar
 * needs 46) makes GTK print "Gtk-CRITICAL gtk_box_gadget_distribute: assertion 'size >= 0' failed in GtkScrollbar"
 * each time it is laid out.
 */
public final class ScrollableHeights {

    private ScrollableHeights() {
    }

    /** The height hint for a control that shows {@code contentHeight} pixels of content, with its trim. */
    public static int hint(Scrollable control, int contentHeight) {
        int height = control.computeTrim(0, 0, 0, contentHeight).height;
        ScrollBar bar = control.getVerticalBar();
        return bar == null ? height : Math.max(height, bar.getSize().y);
    }
}
