package tandem.campaign.ui.internal.timeline;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.Drop;

/**
 * Draws a {@link Timeline}: months and numbered weeks across the top, one row per campaign with its bar and drop
 * markers (diamonds), and below them the expected extra contacts per day as columns, with each week's total under
 * it and busy weeks shaded, so the weeks customer service must staff up for stand out.
 */
public final class TimelineCanvas extends Canvas {

    static final int LABEL_WIDTH = 180;
    static final int MONTH_HEIGHT = 18;
    static final int WEEK_HEIGHT = 18;
    static final int ROW_HEIGHT = 22;
    static final int CHART_GAP = 14;
    static final int CHART_HEIGHT = 110;
    static final int TOTALS_HEIGHT = 20;
    static final int MIN_DAY_WIDTH = 3;
    static final int RIGHT_MARGIN = 12;
    private static final int MAX_WIDTH = 16_000;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy");
    private static final RGB[] BAR_COLOURS = { new RGB(120, 160, 220), new RGB(140, 190, 120),
            new RGB(230, 170, 90), new RGB(190, 130, 200), new RGB(110, 185, 185), new RGB(220, 130, 130) };

    private final Color[] barColours = new Color[BAR_COLOURS.length];
    private final Color grid;
    private final Color shade;
    private final Color contacts;
    private final Color busy;
    private final Color today;
    private Timeline timeline;
    private int paintCount;

    public TimelineCanvas(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED);
        for (int i = 0; i < barColours.length; i++) {
            barColours[i] = new Color(BAR_COLOURS[i]);
        }
        grid = new Color(215, 215, 215);
        shade = new Color(246, 246, 246);
        contacts = new Color(225, 120, 40);
        busy = new Color(255, 200, 150);
        today = new Color(200, 30, 30);
        setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        addPaintListener(e -> paint(e.gc));
        addListener(SWT.MouseMove, e -> updateToolTip(e.x, e.y));
    }

    /** Shows another timeline (after a change to the calendar). */
    public void setTimeline(Timeline newTimeline) {
        timeline = newTimeline;
        setToolTipText(null);
        redraw();
    }

    public Timeline getTimeline() {
        return timeline;
    }

    /** How often the timeline was painted; tests wait for it. */
    public int getPaintCount() {
        return paintCount;
    }

    @Override
    public Point computeSize(int wHint, int hHint, boolean changed) {
        int days = timeline == null ? 28 : timeline.days();
        int rows = timeline == null ? 0 : timeline.rows().size();
        int width = Math.min(MAX_WIDTH, LABEL_WIDTH + days * MIN_DAY_WIDTH + RIGHT_MARGIN);
        int height = chartTop(rows) + CHART_HEIGHT + TOTALS_HEIGHT + 4;
        return new Point(wHint == SWT.DEFAULT ? width : wHint, hHint == SWT.DEFAULT ? height : hHint);
    }

    private static int chartTop(int rows) {
        return MONTH_HEIGHT + WEEK_HEIGHT + Math.max(rows, 1) * ROW_HEIGHT + CHART_GAP;
    }

    private double dayWidth() {
        Rectangle area = getClientArea();
        return Math.max(1, (double) (area.width - LABEL_WIDTH - RIGHT_MARGIN) / timeline.days());
    }

    private int x(int dayIndex) {
        return LABEL_WIDTH + (int) Math.round(dayIndex * dayWidth());
    }

    private void paint(GC gc) {
        paintCount++;
        if (timeline == null) {
            return;
        }
        Rectangle area = getClientArea();
        int rows = timeline.rows().size();
        int rowsTop = MONTH_HEIGHT + WEEK_HEIGHT;
        int chartTop = chartTop(rows);
        int chartBottom = chartTop + CHART_HEIGHT;
        gc.setAntialias(SWT.ON);
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));

        paintWeeks(gc, rowsTop, chartTop, chartBottom);
        paintMonths(gc, area);
        paintRows(gc, rowsTop);
        paintContacts(gc, chartTop, chartBottom);
        paintToday(gc, area);
    }

    /** Week columns: alternate shading, busy weeks tinted by their share of the busiest, labels and totals. */
    private void paintWeeks(GC gc, int rowsTop, int chartTop, int chartBottom) {
        NumberFormat number = NumberFormat.getIntegerInstance();
        int index = 0;
        for (Timeline.Week week : timeline.weeks()) {
            int x0 = x(index * 7);
            int x1 = x(index * 7 + 7);
            if (index % 2 == 1) {
                gc.setBackground(shade);
                gc.fillRectangle(x0, rowsTop, x1 - x0, chartTop - rowsTop);
            }
            if (timeline.busiestWeek() > 0 && week.contacts() > 0) {
                gc.setBackground(busy);
                gc.setAlpha(40 + (int) (160 * week.contacts() / timeline.busiestWeek()));
                gc.fillRectangle(x0, chartTop, x1 - x0, chartBottom - chartTop);
                gc.setAlpha(255);
            }
            gc.setForeground(grid);
            gc.drawLine(x0, MONTH_HEIGHT, x0, chartBottom + TOTALS_HEIGHT);
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
            drawCentred(gc, "W" + week.number(), x0, x1, MONTH_HEIGHT + 2);
            if (week.contacts() > 0) {
                drawCentred(gc, number.format(week.contacts()), x0, x1, chartBottom + 3);
            }
            index++;
        }
        gc.drawText("Week", 4, MONTH_HEIGHT + 2, true);
        gc.drawText("Contacts per week", 4, chartBottom + 3, true);
    }

    private void paintMonths(GC gc, Rectangle area) {
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
        for (int day = 0; day < timeline.days(); day++) {
            LocalDate date = timeline.from().plusDays(day);
            if (day == 0 || date.getDayOfMonth() == 1) {
                int x = x(day);
                gc.drawLine(x, 0, x, MONTH_HEIGHT - 2);
                gc.drawText(date.format(MONTH), x + 3, 1, true);
            }
        }
        gc.drawLine(LABEL_WIDTH, MONTH_HEIGHT - 1, area.width - RIGHT_MARGIN, MONTH_HEIGHT - 1);
    }

    /** One row per campaign: its name, its bar, its drops as diamonds. */
    private void paintRows(GC gc, int rowsTop) {
        int barHeight = ROW_HEIGHT - 8;
        for (int row = 0; row < timeline.rows().size(); row++) {
            int y = rowsTop + row * ROW_HEIGHT;
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
            gc.setClipping(0, y, LABEL_WIDTH - 6, ROW_HEIGHT);
            gc.drawText(nameOf(timeline.rows().get(row)), 4, y + (ROW_HEIGHT - gc.getFontMetrics().getHeight()) / 2,
                    true);
            gc.setClipping((Rectangle) null);
        }
        for (Timeline.Bar bar : timeline.bars()) {
            int y = rowsTop + bar.row() * ROW_HEIGHT + 4;
            int x0 = x(timeline.indexOf(bar.start()));
            int x1 = x(timeline.indexOf(bar.end()) + 1);
            Color colour = barColours[bar.row() % barColours.length];
            gc.setBackground(colour);
            gc.fillRoundRectangle(x0, y, Math.max(2, x1 - x0), barHeight, 6, 6);
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
            gc.drawRoundRectangle(x0, y, Math.max(2, x1 - x0), barHeight, 6, 6);
        }
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
        for (Timeline.Marker marker : timeline.markers()) {
            int centreX = (x(timeline.indexOf(marker.date())) + x(timeline.indexOf(marker.date()) + 1)) / 2;
            int centreY = rowsTop + marker.row() * ROW_HEIGHT + ROW_HEIGHT / 2;
            int r = 5;
            gc.fillPolygon(new int[] { centreX, centreY - r, centreX + r, centreY, centreX, centreY + r,
                    centreX - r, centreY });
        }
    }

    /** Columns of expected extra contacts per day, scaled to the busiest day. */
    private void paintContacts(GC gc, int chartTop, int chartBottom) {
        NumberFormat number = NumberFormat.getIntegerInstance();
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
        gc.drawText("Extra contacts per day", 4, chartTop, true);
        if (timeline.busiestDay() <= 0) {
            gc.drawText("none expected", 4, chartTop + 18, true);
        } else {
            gc.drawText("busiest day: " + number.format(timeline.busiestDay()), 4, chartTop + 18, true);
        }
        int usable = CHART_HEIGHT - 6;
        gc.setBackground(contacts);
        for (int day = 0; day < timeline.days(); day++) {
            double value = timeline.contacts(day);
            if (value > 0) {
                int height = Math.max(1, (int) Math.round(usable * value / timeline.busiestDay()));
                int x0 = x(day);
                int width = Math.max(1, x(day + 1) - x0 - 1);
                gc.fillRectangle(x0, chartBottom - height, width, height);
            }
        }
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.drawLine(LABEL_WIDTH, chartBottom, x(timeline.days()), chartBottom);
    }

    private void paintToday(GC gc, Rectangle area) {
        LocalDate now = LocalDate.now();
        if (!now.isBefore(timeline.from()) && !now.isAfter(timeline.to())) {
            int x = x(timeline.indexOf(now));
            gc.setForeground(today);
            gc.drawLine(x, MONTH_HEIGHT, x, area.height);
        }
    }

    private static void drawCentred(GC gc, String text, int x0, int x1, int y) {
        Point size = gc.textExtent(text);
        if (size.x + 2 <= x1 - x0) {
            gc.drawText(text, (x0 + x1 - size.x) / 2, y, true);
        }
    }

    private static String nameOf(Campaign campaign) {
        return campaign.getName() == null || campaign.getName().isBlank() ? "(unnamed)" : campaign.getName();
    }

    /** Says what is under the mouse: a campaign and its drops, or a day's contacts and who brings them. */
    private void updateToolTip(int mouseX, int mouseY) {
        String tip = timeline == null || mouseX < LABEL_WIDTH ? null : toolTipAt(mouseX, mouseY);
        if (tip == null ? getToolTipText() != null : !tip.equals(getToolTipText())) {
            setToolTipText(tip);
        }
    }

    private String toolTipAt(int mouseX, int mouseY) {
        int day = (int) ((mouseX - LABEL_WIDTH) / dayWidth());
        if (day < 0 || day >= timeline.days()) {
            return null;
        }
        LocalDate date = timeline.from().plusDays(day);
        int rowsTop = MONTH_HEIGHT + WEEK_HEIGHT;
        int row = (mouseY - rowsTop) / ROW_HEIGHT;
        if (mouseY >= rowsTop && row < timeline.rows().size()) {
            Campaign campaign = timeline.rows().get(row);
            StringBuilder tip = new StringBuilder(nameOf(campaign));
            if (campaign.getStartDate() != null || campaign.getEndDate() != null) {
                tip.append(": ").append(campaign.getStartDate()).append(" to ").append(campaign.getEndDate());
            }
            for (Drop drop : campaign.getDrops()) {
                if (date.equals(drop.getDate())) {
                    tip.append("\n").append(drop.getName() == null ? "Drop" : drop.getName()).append(" on ")
                            .append(date.format(DAY));
                }
            }
            return tip.toString();
        }
        if (mouseY >= chartTop(timeline.rows().size())) {
            NumberFormat number = NumberFormat.getIntegerInstance();
            List<Campaign> lifting = timeline.campaignsOn(date);
            String who = lifting.isEmpty() ? ""
                    : " from " + lifting.stream().map(TimelineCanvas::nameOf).collect(Collectors.joining(", "));
            Timeline.Week week = timeline.weeks().get(day / 7);
            return date.format(DAY) + ": " + number.format(timeline.contacts(day)) + " extra contacts" + who
                    + "\nWeek " + week.number() + ": " + number.format(week.contacts());
        }
        return null;
    }
}
