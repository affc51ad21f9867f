package tandem.staffing.ui.internal;

import tandem.staffing.model.StaffingInterval;

/** A row of the interval table: the interval and its place in the plan, so that its forecast is found at once. */
record RowRef(int index, StaffingInterval interval) {
}
