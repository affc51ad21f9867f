package tandem.roster.internal.solver;

import java.util.List;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/** One agent on one day: the planning entity; its value is the shift worked, or none (a day off). */
@PlanningEntity
public class ShiftSlot {

    @PlanningId
    private String id;
    private int agent;
    private int day;
    private List<ShiftOption> options;
    @PlanningPin
    private boolean pinned;
    @PlanningVariable(valueRangeProviderRefs = "options", allowsUnassigned = true)
    private ShiftOption option;

    /** For the solver's cloner. */
    public ShiftSlot() {
    }

    ShiftSlot(int agent, int day, List<ShiftOption> options, ShiftOption pinnedOption) {
        this.id = agent + "/" + day;
        this.agent = agent;
        this.day = day;
        this.options = options;
        this.pinned = pinnedOption != null;
        this.option = pinnedOption;
    }

    /** The shifts the agent can work that day. */
    @ValueRangeProvider(id = "options")
    public List<ShiftOption> getOptions() {
        return options;
    }

    public ShiftOption getOption() {
        return option;
    }

    public void setOption(ShiftOption option) {
        this.option = option;
    }

    public String getId() {
        return id;
    }

    public boolean isPinned() {
        return pinned;
    }

    int agent() {
        return agent;
    }

    int day() {
        return day;
    }
}
