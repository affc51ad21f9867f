package tandem.staffing.ui.internal;

import org.eclipse.swt.graphics.Color;

/** The staffing editor's colours; SWT colours without a device hold no system resources. */
final class Colors {

    /** Background of under-staffed intervals in the table and the chart. */
    static final Color UNDERSTAFFED = new Color(255, 214, 214);
    /** Text of a negative gap. */
    static final Color SHORT = new Color(170, 20, 20);
    /** Heads the baseline forecast needs. */
    static final Color BASELINE = new Color(90, 135, 190);
    /** Heads the campaign lift adds. */
    static final Color LIFT = new Color(240, 160, 50);
    /** The schedule. */
    static final Color SCHEDULED = new Color(30, 140, 60);
    /** Text of intervals in which the queue is closed. */
    static final Color CLOSED = new Color(160, 160, 160);
    static final Color AXIS = new Color(110, 110, 110);
    static final Color GRID = new Color(225, 225, 225);

    private Colors() {
    }
}
