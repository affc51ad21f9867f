package tandem.excel.internal.layouts;

import tandem.excel.WorkbookLayout;
import tandem.excel.WorkbookLayoutProvider;
import tandem.goals.model.GoalsPackage;

/** SMART service goals (.goals): the goals, and their readings over time. */
public final class GoalsLayout implements WorkbookLayoutProvider {

    @Override
    public WorkbookLayout layout() {
        GoalsPackage p = GoalsPackage.eINSTANCE;
        return WorkbookLayout.builder(p.getGoalSet(), "goals", "Goal set")
                .sheet("Goals", p.getGoalSet_Goals(), s -> s.required("name"))
                .sheet("Readings", p.getGoal_Readings(), s -> s.required("date", "value").key("date"))
                .build();
    }
}
