package tandem.staffing.model.plans;

import tandem.core.rows.RowTableResourceFactory;
import tandem.staffing.model.StaffingPackage;

/**
 * The resource factory of staffing plan files ({@code .staffing}): a plan's intervals are a row list, saved as one
 * compact row table beside the plan's XMI once the plan has {@link tandem.core.rows.RowTableResource#DEFAULT_ROW_LIST_MIN}
 * intervals or more (see {@link tandem.core.rows.RowTableResource}); smaller plans and older files are plain XMI.
 */
public class StaffingPlanResourceFactory extends RowTableResourceFactory {

    public StaffingPlanResourceFactory() {
        super(StaffingPackage.Literals.STAFFING_PLAN__INTERVALS);
    }
}
