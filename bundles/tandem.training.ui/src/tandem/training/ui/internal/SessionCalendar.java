package tandem.training.ui.internal;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import tandem.training.model.Course;
import tandem.training.model.Session;
import tandem.training.ui.internal.SessionWeeks.Week;

/** Draws sessions on a week-by-week calendar: one row per week, one column per day, a box per session. */
final class SessionCalendar {

    private static final int WEEK_LABEL_WIDTH = 110;
    private static final int PADDING = 4;

    private final Canvas canvas;
    private final Color sessionFill;
    private final Color keptFill;
    private final Color grid;
    private List<Week> weeks = List.of();

    SessionCalendar(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.setData("name", "Session calendar");
        sessionFill = new Color(canvas.getDisplay(), 210, 228, 250);
        keptFill = new Color(canvas.getDisplay(), 220, 240, 215);
        grid = new Color(canvas.getDisplay(), 190, 190, 190);
        canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        canvas.addPaintListener(e -> paint(e.gc));
    }

    Canvas getControl() {
        return canvas;
    }

    List<Week> weeks() {
        return weeks;
    }

    void setWeeks(List<Week> newWeeks) {
        weeks = newWeeks;
        if (!canvas.isDisposed()) {
            canvas.redraw();
        }
    }

    /** The height the calendar needs for its weeks at the canvas's font. */
    int preferredHeight() {
        GC gc = new GC(canvas);
        try {
            int line = gc.getFontMetrics().getHeight();
            int height = line + 2 * PADDING;
            for (Week week : weeks) {
                height += rowHeight(week, line);
            }
            return height + 1;
        } finally {
            gc.dispose();
        }
    }

    private static int rowHeight(Week week, int line) {
        int most = 1;
        for (DayOfWeek day : DayOfWeek.values()) {
            most = Math.max(most, week.on(day).size());
        }
        return most * (2 * line + 2 * PADDING) + 2 * PADDING;
    }

    private void paint(GC gc) {
        Rectangle area = canvas.getClientArea();
        int line = gc.getFontMetrics().getHeight();
        int dayWidth = Math.max(60, (area.width - WEEK_LABEL_WIDTH) / 7);
        if (weeks.isEmpty()) {
            gc.drawText("No session has a date yet. Add sessions to a course on the Courses page.", PADDING,
                    PADDING, true);
            return;
        }
        int y = PADDING;
        for (DayOfWeek day : DayOfWeek.values()) {
            gc.drawText(day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH), WEEK_LABEL_WIDTH
                    + (day.getValue() - 1) * dayWidth + PADDING, y, true);
        }
        y += line + PADDING;
        for (Week week : weeks) {
            int height = rowHeight(week, line);
            gc.setForeground(grid);
            gc.drawLine(0, y, WEEK_LABEL_WIDTH + 7 * dayWidth, y);
            for (int d = 0; d <= 7; d++) {
                gc.drawLine(WEEK_LABEL_WIDTH + d * dayWidth, y, WEEK_LABEL_WIDTH + d * dayWidth, y + height);
            }
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
            gc.drawText("Week of " + week.monday(), PADDING, y + PADDING, true);
            for (DayOfWeek day : DayOfWeek.values()) {
                int x = WEEK_LABEL_WIDTH + (day.getValue() - 1) * dayWidth + PADDING;
                int boxY = y + PADDING;
                for (Session session : week.on(day)) {
                    drawSession(gc, session, x, boxY, dayWidth - 2 * PADDING, 2 * line + PADDING, line);
                    boxY += 2 * line + 2 * PADDING;
                }
            }
            y += height;
        }
        gc.setForeground(grid);
        gc.drawLine(0, y, WEEK_LABEL_WIDTH + 7 * dayWidth, y);
    }

    private void drawSession(GC gc, Session session, int x, int y, int width, int height, int line) {
        gc.setBackground(session.getAudience() == null ? sessionFill : keptFill);
        gc.fillRoundRectangle(x, y, width, height, 6, 6);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
        String course = session.eContainer() instanceof Course c && c.getName() != null ? c.getName() : "";
        String time = session.getStartTime() == null ? "" : session.getStartTime() + " ";
        gc.drawText(clip(gc, time + course, width - 4), x + 2, y + 1, true);
        gc.drawText(clip(gc, session.getCapacity() + " seats"
                + (session.getTrainer() == null ? "" : ", " + session.getTrainer()), width - 4), x + 2, y + line, true);
    }

    private static String clip(GC gc, String text, int width) {
        if (gc.textExtent(text).x <= width) {
            return text;
        }
        String clipped = text;
        while (clipped.length() > 1 && gc.textExtent(clipped + "…").x > width) {
            clipped = clipped.substring(0, clipped.length() - 1);
        }
        return clipped + "…";
    }
}
