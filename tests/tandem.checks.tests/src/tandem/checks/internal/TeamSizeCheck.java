package tandem.checks.internal;

import java.util.Map;

import tandem.checks.Check;
import tandem.checks.CheckContext;
import tandem.core.model.Team;

/** Test check with a parameter. */
public class TeamSizeCheck implements Check {

    @Override
    public void run(CheckContext context) {
        int minimum = context.parameters().intValue("minimum");
        for (Team team : context.plans().all(Team.class)) {
            if (team.getHeadcount() < minimum) {
                context.report(team, "Team '" + team.getName() + "' has " + team.getHeadcount() + " people, fewer than "
                        + minimum + ".", Map.of("minimum", Integer.toString(minimum)));
            }
        }
    }
}
