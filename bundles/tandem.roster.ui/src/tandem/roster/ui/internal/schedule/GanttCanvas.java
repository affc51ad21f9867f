package tandem.roster.ui.internal.schedule;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;

import tandem.core.ui.emf.DisplayNames;
import tandem.roster.ScheduleRules;
import tandem.roster.model.Activity;
import tandem.roster.model.Shift;
import tandem.roster.ui.internal.schedule.GanttRows.Row;

/**
 * The schedule as a Gantt chart: one row per agent, time across, each shift a bar coloured by its activities. It
 * draws only the rows in view and keeps no widget per shift, so a week of 500 agents paints as fast as a team. A
 * shift dragged sideways moves in steps of the roster's interval; dropping it hands the move to the {@link Mover}.
 */
public final class GanttCanvas {

    /** Whether a shift may go to another start, and what happens when it is dropped there. */
    interface Mover {
        /** Whether the shift may start at the time, asked while it is dragged. */
        ScheduleRules.MoveCheck check(Shift shift, LocalDateTime to);

        void move(Shift shift, LocalDateTime to);

        /** The planner pressed on the shift: it is the selection (the Properties view shows it). */
        default void select(Shift shift) {
        }
    }

    /** What is under a point: a row, and maybe a shift and one of its activities. */
    public record Hit(Row row, Shift shift, Activity activity) {
    }

    static final int HEADER = 40;
    static final int LABEL_WIDTH = 200;
    static final int ROW = 22;
    private static final int TEAM_X = 110;
    private static final int[] HOUR_STEPS = { 1, 2, 3, 4, 6, 12, 24 };
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE d", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Canvas canvas;
    private final Palette palette;
    private final Mover mover;
    private GanttRows rows;
    private int intervalMinutes = 15;
    private Shift dragged;
    private int dragX;
    private long dragMinutes;
    /** Whether the dragged shift may be dropped where it is now. */
    private boolean dragAllowed = true;
    private long lastPaintNanos;
    private long paints;
    private String tip;
    /** Widths of the hour labels "00" to "23" in the canvas font, measured on the first paint. */
    private int[] hourLabelWidths;
    private int dayLabelWidth;
    private static final String[] HOUR_LABELS = new String[24];

    static {
        for (int h = 0; h < 24; h++) {
            HOUR_LABELS[h] = String.format("%02d", h);
        }
    }

    GanttCanvas(Composite parent, Palette palette, Mover mover) {
        this.palette = palette;
        this.mover = mover;
        canvas = new Canvas(parent, SWT.V_SCROLL | SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        canvas.setData("name", "Schedule Gantt");
        canvas.addListener(SWT.Paint, this::paint);
        canvas.addListener(SWT.Resize, e -> updateScrollBar());
        canvas.getVerticalBar().addListener(SWT.Selection, e -> canvas.redraw());
        canvas.addListener(SWT.MouseDown, this::mouseDown);
        canvas.addListener(SWT.MouseMove, this::mouseMove);
        canvas.addListener(SWT.MouseUp, this::mouseUp);
        canvas.addListener(SWT.MouseExit, e -> setTip(null));
        canvas.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.ESC && dragged != null) {
                dragged = null;
                canvas.redraw();
            }
        });
    }

    public Canvas control() {
        return canvas;
    }

    /** Shows the rows; the roster's interval is the step a dragged shift moves by. */
    void setRows(GanttRows rows, int intervalMinutes) {
        this.rows = rows;
        this.intervalMinutes = intervalMinutes > 0 ? intervalMinutes : 15;
        if (dragged != null && !contains(dragged)) {
            dragged = null;
        }
        updateScrollBar();
        canvas.redraw();
    }

    public GanttRows rows() {
        return rows;
    }

    /** Nanoseconds the last paint took. */
    public long lastPaintNanos() {
        return lastPaintNanos;
    }

    /** How many times the canvas has been painted. */
    public long paints() {
        return paints;
    }

    /** The text the canvas shows as its tooltip now. */
    public String tip() {
        return tip;
    }

    void setTip(String text) {
        if (!Objects.equals(text, tip)) {
            tip = text;
            canvas.setToolTipText(text);
        }
    }

    private boolean contains(Shift shift) {
        for (Row row : rows.rows()) {
            if (row.shifts().contains(shift)) {
                return true;
            }
        }
        return false;
    }

    /** The index of the first row in view. */
    public int topRow() {
        return canvas.getVerticalBar().getSelection();
    }

    /** Scrolls so that the row is the first in view (as far as the rows allow). */
    public void setTopRow(int row) {
        canvas.getVerticalBar().setSelection(row);
        canvas.redraw();
    }

    /** How many rows fit under the header. */
    public int visibleRows() {
        return Math.max(1, (canvas.getClientArea().height - HEADER) / ROW);
    }

    private void updateScrollBar() {
        ScrollBar bar = canvas.getVerticalBar();
        int size = rows == null ? 0 : rows.size();
        int visible = visibleRows();
        int selection = Math.min(bar.getSelection(), Math.max(0, size - visible));
        bar.setValues(selection, 0, Math.max(size, 1), Math.min(visible, Math.max(size, 1)), 1, visible);
        bar.setEnabled(size > visible);
    }

    private double pixelsPerMinute() {
        int width = canvas.getClientArea().width - LABEL_WIDTH;
        return Math.max(1, width) / (double) (rows.days() * 1440L);
    }

    /** The x of a time in the canvas. */
    public int x(LocalDateTime time) {
        long minutes = Duration.between(rows.from().atStartOfDay(), time).toMinutes();
        return LABEL_WIDTH + (int) Math.round(minutes * pixelsPerMinute());
    }

    /** The bounds of a shift's bar, null when its agent's row is filtered out or scrolled away. */
    public Rectangle bounds(Shift shift) {
        int index = rows.indexOf(shift.getAgent());
        int top = topRow();
        if (index < top || index >= top + visibleRows()) {
            return null;
        }
        int y = HEADER + (index - top) * ROW;
        int x1 = x(shift.getStart());
        int x2 = x(shift.getStart().plusMinutes(shift.getLengthMinutes()));
        return new Rectangle(x1, y + 3, Math.max(2, x2 - x1), ROW - 6);
    }

    /** What is at the point. */
    public Hit hit(int px, int py) {
        if (rows == null || py < HEADER) {
            return null;
        }
        int index = topRow() + (py - HEADER) / ROW;
        if (index < 0 || index >= rows.size()) {
            return null;
        }
        Row row = rows.rows().get(index);
        if (px < LABEL_WIDTH) {
            return new Hit(row, null, null);
        }
        for (Shift shift : row.shifts()) {
            int x1 = x(shift.getStart());
            int x2 = Math.max(x1 + 2, x(shift.getStart().plusMinutes(shift.getLengthMinutes())));
            if (px >= x1 && px < x2) {
                for (Activity activity : shift.getActivities()) {
                    if (activity.getStart() != null && px >= x(activity.getStart())
                            && px < x(activity.getStart().plusMinutes(activity.getLengthMinutes()))) {
                        return new Hit(row, shift, activity);
                    }
                }
                return new Hit(row, shift, null);
            }
        }
        return new Hit(row, null, null);
    }

    /** The tooltip of what is at the point: agent and team, the shift, and the activity or the queue. */
    static String describe(Hit hit) {
        if (hit == null || hit.shift() == null) {
            return hit == null ? null : hit.row().name() + (hit.row().team().isEmpty() ? "" : " (" + hit.row().team() + ")");
        }
        Shift shift = hit.shift();
        StringBuilder text = new StringBuilder(hit.row().name());
        if (!hit.row().team().isEmpty()) {
            text.append(" (").append(hit.row().team()).append(')');
        }
        text.append("\nShift ").append(span(shift.getStart(), shift.getLengthMinutes()));
        if (shift.isPinned()) {
            text.append(", pinned");
        }
        Activity activity = hit.activity();
        if (activity != null) {
            text.append('\n').append(DisplayNames.of(activity.getKind()));
            if (activity.getName() != null && !activity.getName().isEmpty()) {
                text.append(" '").append(activity.getName()).append('\'');
            }
            text.append(' ').append(TIME.format(activity.getStart())).append('\u2013')
                    .append(TIME.format(activity.getStart().plusMinutes(activity.getLengthMinutes())));
        } else {
            text.append("\nOn the phones")
                    .append(shift.getQueue() == null ? "" : " (" + shift.getQueue().getName() + ")");
        }
        return text.toString();
    }

    private static String span(LocalDateTime start, int minutes) {
        LocalDateTime end = start.plusMinutes(minutes);
        return ScheduleRules.describe(start) + "\u2013" + TIME.format(end);
    }

    private void mouseDown(Event e) {
        if (e.button != 1 || rows == null) {
            return;
        }
        int x = e.x;
        int y = e.y;
        if (!canvas.getClientArea().contains(x, y)) {
            // A press always lands inside the control that gets it, but a press synthesised with Display.post on
            // GTK carries no position: take the pointer's.
            Point pointer = canvas.toControl(canvas.getDisplay().getCursorLocation());
            x = pointer.x;
            y = pointer.y;
        }
        Hit hit = hit(x, y);
        if (hit != null && hit.shift() != null) {
            mover.select(hit.shift());
            dragged = hit.shift();
            dragAllowed = true;
            dragX = x;
            dragMinutes = 0;
            canvas.setFocus();
        }
    }

    private void mouseMove(Event e) {
        if (rows == null) {
            return;
        }
        if (dragged != null) {
            long raw = Math.round((e.x - dragX) / pixelsPerMinute());
            long snapped = Math.round(raw / (double) intervalMinutes) * intervalMinutes;
            if (snapped != dragMinutes) {
                dragMinutes = snapped;
                LocalDateTime to = dragged.getStart().plusMinutes(dragMinutes);
                dragAllowed = snapped == 0 || mover.check(dragged, to).allowed();
                setTip(snapped == 0 ? null
                        : dragAllowed ? "Move to " + ScheduleRules.describe(to) : mover.check(dragged, to).message());
                canvas.redraw();
            }
            return;
        }
        Hit hit = hit(e.x, e.y);
        canvas.setCursor(hit != null && hit.shift() != null ? canvas.getDisplay().getSystemCursor(SWT.CURSOR_SIZEWE)
                : null);
        setTip(describe(hit));
    }

    private void mouseUp(Event e) {
        if (dragged == null || e.button != 1) {
            return;
        }
        Shift shift = dragged;
        long minutes = dragMinutes;
        dragged = null;
        dragMinutes = 0;
        setTip(null);
        canvas.redraw();
        if (minutes != 0) {
            mover.move(shift, shift.getStart().plusMinutes(minutes));
        }
    }

    private void paint(Event e) {
        paint(e.gc);
    }

    /** Paints the rows in view, the header and the labels on the GC (the canvas's, or an image's for a timing). */
    public void paint(GC gc) {
        long started = System.nanoTime();
        paints++;
        Rectangle area = canvas.getClientArea();
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(area);
        if (rows == null) {
            return;
        }
        double ppm = pixelsPerMinute();
        int top = topRow();
        int last = Math.min(rows.size(), top + visibleRows() + 1);
        int plotWidth = area.width - LABEL_WIDTH;
        int fontHeight = gc.getFontMetrics().getHeight();
        int textDy = (ROW - fontHeight) / 2;
        for (int i = top; i < last; i++) {
            int y = HEADER + (i - top) * ROW;
            if (i % 2 == 1) {
                gc.setBackground(palette.rowShade);
                gc.fillRectangle(0, y, area.width, ROW);
            }
        }
        paintGrid(gc, area, ppm);
        gc.setClipping(0, HEADER, LABEL_WIDTH - 4, area.height - HEADER);
        for (int i = top; i < last; i++) {
            Row row = rows.rows().get(i);
            int y = HEADER + (i - top) * ROW;
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
            gc.drawText(row.name(), 6, y + textDy, true);
            gc.setForeground(palette.muted);
            gc.drawText(row.team(), TEAM_X, y + textDy, true);
        }
        gc.setClipping(LABEL_WIDTH, HEADER, plotWidth, area.height - HEADER);
        for (int i = top; i < last; i++) {
            Row row = rows.rows().get(i);
            int y = HEADER + (i - top) * ROW;
            for (Shift shift : row.shifts()) {
                paintShift(gc, shift, y, 0, shift == dragged && dragMinutes != 0, false);
            }
            if (dragged != null && dragMinutes != 0 && row.agent() == dragged.getAgent()) {
                paintShift(gc, dragged, y, dragMinutes, false, true);
            }
        }
        gc.setClipping((Rectangle) null);
        paintHeader(gc, area, ppm);
        gc.setForeground(palette.dayLine);
        gc.drawLine(LABEL_WIDTH - 1, 0, LABEL_WIDTH - 1, area.height);
        lastPaintNanos = System.nanoTime() - started;
    }

    /**
     * A shift's bar with its activities in their colours, {@code move} minutes later than it is (breaks and lunch
     * move with it); {@code faded} for the original of a dragged shift, {@code outlined} for where it goes.
     */
    private void paintShift(GC gc, Shift shift, int y, long move, boolean faded, boolean outlined) {
        if (shift.getStart() == null) {
            return;
        }
        int x1 = x(shift.getStart().plusMinutes(move));
        int x2 = Math.max(x1 + 2, x(shift.getStart().plusMinutes(move + shift.getLengthMinutes())));
        int barY = y + 3;
        int height = ROW - 6;
        if (faded) {
            gc.setAlpha(70);
        }
        gc.setBackground(palette.onQueue);
        gc.fillRectangle(x1, barY, x2 - x1, height);
        for (Activity activity : shift.getActivities()) {
            if (activity.getStart() == null) {
                continue;
            }
            long activityMove = ScheduleRules.movesWithShift(activity) ? move : 0;
            int a1 = x(activity.getStart().plusMinutes(activityMove));
            int a2 = Math.max(a1 + 1, x(activity.getStart().plusMinutes(activityMove + activity.getLengthMinutes())));
            gc.setBackground(palette.of(activity.getKind()));
            gc.fillRectangle(a1, barY, a2 - a1, height);
        }
        if (shift.isPinned()) {
            palette.drawPin(gc, x1, barY, x2 - x1, height);
        }
        if (outlined) {
            gc.setForeground(dragAllowed ? palette.dropAllowed : palette.dragged);
            gc.setLineWidth(2);
            gc.drawRectangle(x1, barY, x2 - x1, height);
            gc.setLineWidth(1);
        }
        if (faded) {
            gc.setAlpha(255);
        }
    }

    private void paintGrid(GC gc, Rectangle area, double ppm) {
        int step = hourStep(ppm);
        for (int d = 0; d < rows.days(); d++) {
            for (int h = 0; h < 24; h += step) {
                int x = LABEL_WIDTH + (int) Math.round((d * 1440L + h * 60L) * ppm);
                gc.setForeground(h == 0 ? palette.dayLine : palette.gridLine);
                gc.drawLine(x, HEADER, x, area.height);
            }
        }
    }

    private void paintHeader(GC gc, Rectangle area, double ppm) {
        gc.setBackground(palette.header);
        gc.fillRectangle(0, 0, area.width, HEADER);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        gc.drawText("Agent", 6, HEADER / 2 + 2, true);
        gc.drawText("Team", TEAM_X, HEADER / 2 + 2, true);
        int step = hourStep(ppm);
        if (hourLabelWidths == null) {
            hourLabelWidths = new int[24];
            for (int h = 0; h < 24; h++) {
                hourLabelWidths[h] = gc.textExtent(HOUR_LABELS[h]).x;
            }
            dayLabelWidth = gc.textExtent("Wed 30 Sep").x;
        }
        boolean roomy = 1440 * ppm > dayLabelWidth + 8;
        gc.setClipping(LABEL_WIDTH, 0, area.width - LABEL_WIDTH, HEADER);
        for (int d = 0; d < rows.days(); d++) {
            LocalDate day = rows.from().plusDays(d);
            int dayX = LABEL_WIDTH + (int) Math.round(d * 1440L * ppm);
            gc.setForeground(palette.dayLine);
            gc.drawLine(dayX, 0, dayX, HEADER);
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
            gc.drawText((roomy ? DAY : SHORT_DAY).format(day), dayX + 4, 2, true);
            for (int h = step; h < 24; h += step) {
                int x = dayX + (int) Math.round(h * 60L * ppm);
                gc.setForeground(palette.gridLine);
                gc.drawLine(x, HEADER - 6, x, HEADER);
                gc.setForeground(palette.muted);
                gc.drawText(HOUR_LABELS[h], x - hourLabelWidths[h] / 2, HEADER / 2 + 2, true);
            }
        }
        gc.setClipping((Rectangle) null);
        gc.setForeground(palette.dayLine);
        gc.drawLine(0, HEADER - 1, area.width, HEADER - 1);
    }

    /** The hours between labels: the smallest step that leaves room for a label. */
    private static int hourStep(double ppm) {
        for (int step : HOUR_STEPS) {
            if (step * 60 * ppm >= 26) {
                return step;
            }
        }
        return 24;
    }
}
