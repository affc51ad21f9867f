package tandem.staffing.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.eclipse.ui.views.properties.TextPropertyDescriptor;

import tandem.staffing.model.StaffingInterval;
import tandem.staffing.ui.internal.IntervalTable.Column;

/**
 * What the Properties view shows for a row of the staffing table: the interval's start and the values the planner
 * enters (baseline, AHT, scheduled heads; editable there as in the table, through the same undoable commands), and
 * what the forecast computes from them (campaign lift, required agents and heads, gap, predicted service level,
 * ASA, occupancy), read-only, each as the table writes it.
 */
final class IntervalProperties implements IPropertySource, IAdaptable {

    private static final String INTERVAL = "Interval";
    private static final String FORECAST = "Forecast";
    private static final String OCCUPANCY = "occupancy";
    private static final String LOWER = "lowerBound";
    private static final String UPPER = "upperBound";

    private final IntervalTable table;
    private final RowRef row;

    IntervalProperties(IntervalTable table, RowRef row) {
        this.table = table;
        this.row = row;
    }

    /** The interval the row shows. */
    StaffingInterval interval() {
        return row.interval();
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        return type.isInstance(row.interval()) && (type == EObject.class || type == StaffingInterval.class)
                ? type.cast(row.interval())
                : null;
    }

    @Override
    public Object getEditableValue() {
        return this;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IPropertyDescriptor> descriptors = new ArrayList<>();
        descriptors.add(readOnly(Column.START, "Start", INTERVAL, "When the interval starts"));
        descriptors.add(editable(Column.BASELINE, "Baseline contacts", "Contacts expected without the campaigns"));
        descriptors.add(readOnly(LOWER, "Baseline lower bound", INTERVAL,
                "Lower bound of the baseline's 80% prediction interval, when it came from a forecast"));
        descriptors.add(readOnly(UPPER, "Baseline upper bound", INTERVAL,
                "Upper bound of the baseline's 80% prediction interval, when it came from a forecast"));
        descriptors.add(editable(Column.AHT, "AHT (s)",
                "Average handle time of the interval in seconds; empty: the plan's AHT (marked * when its own)"));
        descriptors.add(editable(Column.SCHEDULED, "Scheduled heads",
                "Agents scheduled in the interval (from the linked roster's schedule, when it has one: read-only)"));
        descriptors.add(readOnly(Column.LIFT, "Campaign lift", FORECAST, "Contacts the campaigns add"));
        descriptors.add(readOnly(Column.TOTAL, "Total contacts", FORECAST, "Baseline plus campaign lift"));
        descriptors.add(readOnly(Column.OUTBOUND, "Outbound agents", FORECAST,
                "Agents busy with the outbound calls of campaign waves"));
        descriptors.add(readOnly(Column.REQUIRED_AGENTS, "Required agents", FORECAST,
                "Agents on the phones needed to meet the plan's service targets"));
        descriptors.add(readOnly(Column.REQUIRED_HEADS, "Required heads", FORECAST,
                "Required agents with shrinkage: the heads to schedule"));
        descriptors.add(readOnly(Column.GAP, "Gap", FORECAST, "Scheduled minus required heads; negative: short"));
        descriptors.add(readOnly(Column.SERVICE_LEVEL, "Predicted service level", FORECAST,
                "Share of contacts answered within the target time with the scheduled heads"));
        descriptors.add(readOnly(Column.ASA, "ASA all callers (s)", FORECAST,
                "Average speed of answer over all callers, those who hang up included"));
        descriptors.add(readOnly(Column.ASA_ANSWERED, "ASA answered (s)", FORECAST,
                "Average speed of answer of the callers who are answered"));
        descriptors.add(readOnly(OCCUPANCY, "Occupancy", FORECAST,
                "Share of the scheduled agents' time spent on contacts"));
        return descriptors.toArray(IPropertyDescriptor[]::new);
    }

    private static PropertyDescriptor readOnly(Object id, String name, String category, String description) {
        PropertyDescriptor descriptor = new PropertyDescriptor(id, name);
        descriptor.setCategory(category);
        descriptor.setDescription(description + " (computed: read-only)");
        return descriptor;
    }

    private static PropertyDescriptor editable(Column id, String name, String description) {
        PropertyDescriptor descriptor = new TextPropertyDescriptor(id, name);
        descriptor.setCategory(INTERVAL);
        descriptor.setDescription(description);
        return descriptor;
    }

    @Override
    public Object getPropertyValue(Object id) {
        if (id instanceof Column column) {
            return table.isEditable(column) ? table.editText(row, column) : table.text(row, column);
        }
        StaffingInterval interval = row.interval();
        return switch ((String) id) {
        case LOWER -> interval.getLowerBound() == null ? "" : Formats.number(interval.getLowerBound(), 1);
        case UPPER -> interval.getUpperBound() == null ? "" : Formats.number(interval.getUpperBound(), 1);
        case OCCUPANCY -> Formats.percent(table.forecast(row).occupancy());
        default -> "";
        };
    }

    @Override
    public boolean isPropertySet(Object id) {
        return false;
    }

    @Override
    public void resetPropertyValue(Object id) {
        // nothing has a default to go back to: the values are typed, or computed
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        if (id instanceof Column column && table.isEditable(column)) {
            table.set(row, column, String.valueOf(value));
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IntervalProperties properties && properties.row.equals(row);
    }

    @Override
    public int hashCode() {
        return row.hashCode();
    }

    @Override
    public String toString() {
        return row.interval().getStart() == null ? "Interval" : Formats.START.format(row.interval().getStart());
    }
}
