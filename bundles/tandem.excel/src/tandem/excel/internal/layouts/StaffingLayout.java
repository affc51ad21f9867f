package tandem.excel.internal.layouts;

import tandem.excel.WorkbookLayout;
import tandem.excel.WorkbookLayoutProvider;
import tandem.staffing.model.StaffingPackage;

/** Staffing plan (.staffing): the plan's targets, and one row per interval (the large sheet). */
public final class StaffingLayout implements WorkbookLayoutProvider {

    @Override
    public WorkbookLayout layout() {
        StaffingPackage p = StaffingPackage.eINSTANCE;
        return WorkbookLayout.builder(p.getStaffingPlan(), "staffing", "Plan")
                .sheet("Intervals", p.getStaffingPlan_Intervals(), s -> s.required("start").key("start"))
                .build();
    }
}
