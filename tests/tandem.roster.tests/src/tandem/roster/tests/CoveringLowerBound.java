package tandem.roster.tests;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

import tandem.core.model.Queue;
import tandem.core.model.Weekday;
import tandem.roster.Requirement;
import tandem.roster.TimeGrid;
import tandem.roster.model.Agent;
import tandem.roster.model.BreakRule;
import tandem.roster.model.Roster;
import tandem.roster.model.ShiftTemplate;
import tandem.roster.model.Skill;
import tandem.roster.model.shifts.BreakPlacement;
import tandem.roster.model.shifts.Contracts;

/**
 * A lower bound on the under-coverage (agent-intervals) any schedule of the roster can reach: the optimum of a
 * linear relaxation of the covering problem, solved with Commons Math's {@link SimplexSolver}. Every schedule that
 * keeps the rules is a feasible point of the relaxation with the same or a larger under-coverage, so the optimum
 * is a bound. The per-agent, per-break-position model is far too large for a dense simplex; this one aggregates:
 * <ul>
 * <li>shift counts per day, start, length and queue ({@code z}), continuous, with all agents pooled;</li>
 * <li>agents grouped by identical contract and skills ({@code u}: shifts a group works per day, template length and
 * queue; at most one shift per agent and day, the group's weekly paid hours within its contracts and its days
 * within its days per week); the pooled shifts of each day, template length and queue are the groups' shifts;</li>
 * <li>breaks relaxed: a shift counts at most one head in each interval of its span, the heads it gives over the
 * span are at most its minutes off breaks (a real schedule gives exactly those, where its breaks are), and over
 * the intervals of a day that have demand at most its span there less the breaks whose whole window lies there;</li>
 * <li>the rest between shifts and the days in a row are left out (dropping rules only lowers the bound).</li>
 * </ul>
 * Agents with an earliest start, a latest end or days off are not pooled correctly by this model: the bound
 * refuses them (the benchmark has none).
 */
final class CoveringLowerBound {

    private CoveringLowerBound() {
    }

    /** The bound and the size of the linear program. */
    record Bound(double underCoverage, int variables, int constraints, long nanos) {
    }

    private record Option(int day, int startMinute, int lengthMinutes, int onQueueMinutes, int paidMinutes,
            String kind, List<int[]> breakWindows) {
    }

    private record Contract(List<Queue> skills, double minHours, double maxHours, int maxDays) {
    }

    static Bound of(Roster roster, Requirement requirement) {
        long began = System.nanoTime();
        TimeGrid grid = requirement.grid();
        int step = grid.intervalMinutes();
        List<Queue> queues = requirement.queues();
        int intervals = grid.days() * grid.intervalsPerDay();

        Map<Contract, Integer> groups = new LinkedHashMap<>();
        for (Agent agent : roster.getAgents()) {
            if (agent.getEarliestStart() != null || agent.getLatestEnd() != null
                    || !agent.getUnavailableDays().isEmpty()) {
                throw new IllegalArgumentException(agent.getName() + ": availability is not modelled by the bound");
            }
            List<Queue> skills = new ArrayList<>();
            for (Skill skill : agent.getSkills()) {
                if (requirement.indexOf(skill.getQueue()) >= 0 && !skills.contains(skill.getQueue())) {
                    skills.add(skill.getQueue());
                }
            }
            skills.sort((a, b) -> Integer.compare(requirement.indexOf(a), requirement.indexOf(b)));
            groups.merge(new Contract(skills, agent.getMinHoursPerWeek(), agent.getMaxHoursPerWeek(),
                    agent.getMaxDaysPerWeek()), 1, Integer::sum);
        }

        List<Option> options = new ArrayList<>();
        for (int d = 0; d < grid.days(); d++) {
            LocalDate date = grid.from().plusDays(d);
            for (ShiftTemplate template : roster.getShiftTemplates()) {
                if (!usableOn(template, date) || template.getEarliestStart() == null
                        || template.getLatestStart() == null || template.getStartStepMinutes() <= 0) {
                    continue;
                }
                for (int length : template.getLengthsMinutes()) {
                    if (length <= 0 || BreakPlacement.place(template, length, 0) == null) {
                        continue;
                    }
                    int off = 0;
                    for (BreakRule rule : template.getBreaks()) {
                        off += rule.getLengthMinutes();
                    }
                    for (int minute = template.getEarliestStart().toSecondOfDay() / 60; minute <= template
                            .getLatestStart().toSecondOfDay() / 60; minute += template.getStartStepMinutes()) {
                        int start = d * 1440 + minute;
                        // each break lies somewhere in [start + earliest, start + latest + length)
                        List<int[]> windows = new ArrayList<>();
                        for (BreakRule rule : template.getBreaks()) {
                            windows.add(new int[] { start + rule.getEarliestAfterMinutes(),
                                    start + rule.getLatestAfterMinutes() + rule.getLengthMinutes(),
                                    rule.getLengthMinutes() });
                        }
                        options.add(new Option(d, start, length, length - off, Contracts.paidMinutes(template, length),
                                template.getName() + "/" + length, windows));
                    }
                }
            }
        }

        // Variables: z (option × queue), u (group × day × kind × queue), s (queue × interval with demand).
        Map<String, Integer> index = new HashMap<>();
        List<String> names = new ArrayList<>();
        for (int o = 0; o < options.size(); o++) {
            for (int q = 0; q < queues.size(); q++) {
                add(index, names, "z" + o + "," + q);
            }
        }
        List<Contract> contracts = new ArrayList<>(groups.keySet());
        List<String> kinds = options.stream().map(Option::kind).distinct().toList();
        Map<String, Integer> paidOfKind = new HashMap<>();
        options.forEach(o -> paidOfKind.put(o.kind(), o.paidMinutes()));
        for (int g = 0; g < contracts.size(); g++) {
            for (int d = 0; d < grid.days(); d++) {
                for (String kind : kinds) {
                    for (Queue queue : contracts.get(g).skills()) {
                        add(index, names, "u" + g + "," + d + "," + kind + "," + requirement.indexOf(queue));
                    }
                }
            }
        }
        for (int q = 0; q < queues.size(); q++) {
            for (int t = 0; t < intervals; t++) {
                if (requirement.heads(q, t) > 0) {
                    add(index, names, "s" + q + "," + t);
                }
            }
        }
        int n = names.size();
        double[] objective = new double[n];
        List<LinearConstraint> constraints = new ArrayList<>();
        for (int q = 0; q < queues.size(); q++) {
            for (int t = 0; t < intervals; t++) {
                double required = requirement.heads(q, t);
                if (!(required > 0)) {
                    continue;
                }
                int s = index.get("s" + q + "," + t);
                objective[s] = 1;
                double[] cover = new double[n];
                cover[s] = 1;
                long minute = (long) t * step;
                for (int o = 0; o < options.size(); o++) {
                    Option option = options.get(o);
                    if (option.startMinute() <= minute && minute + step <= option.startMinute() + option.lengthMinutes()) {
                        cover[index.get("z" + o + "," + q)] = 1;
                    }
                }
                constraints.add(new LinearConstraint(cover, Relationship.GEQ, required));
                double[] most = new double[n];
                most[s] = 1;
                constraints.add(new LinearConstraint(most, Relationship.LEQ, required));
            }
        }
        // The heads a queue gets from a day's shifts are at most their minutes off breaks, where their spans are
        // apart from other days' spans (else over the whole grid).
        boolean daysApart = true;
        for (Option a : options) {
            for (Option b : options) {
                if (b.day() == a.day() + 1 && b.startMinute() < a.startMinute() + a.lengthMinutes()) {
                    daysApart = false;
                }
            }
        }
        for (int q = 0; q < queues.size(); q++) {
            for (int d = 0; d < (daysApart ? grid.days() : 1); d++) {
                double[] time = new double[n];
                double demand = 0;
                boolean[] spanned = new boolean[grid.size()];
                for (int o = 0; o < options.size(); o++) {
                    Option option = options.get(o);
                    if (daysApart && option.day() != d) {
                        continue;
                    }
                    time[index.get("z" + o + "," + q)] = option.onQueueMinutes() / (double) step;
                    for (int m = option.startMinute(); m < option.startMinute() + option.lengthMinutes(); m += step) {
                        spanned[m / step] = true;
                    }
                }
                for (int t = 0; t < intervals; t++) {
                    double required = requirement.heads(q, t);
                    if (spanned[t] && required > 0) {
                        time[index.get("s" + q + "," + t)] = 1;
                        demand += required;
                    }
                }
                constraints.add(new LinearConstraint(time, Relationship.GEQ, demand));
            }
        }
        // Within the intervals of a day that have demand, a shift gives at most the part of its span there less the
        // breaks whose whole window is there (its breaks cannot be spent where nothing is required).
        for (int q = 0; q < queues.size(); q++) {
            for (int d = 0; d < grid.days(); d++) {
                double[] time = new double[n];
                double demand = 0;
                int dayFirst = d * grid.intervalsPerDay();
                int dayEnd = Math.min(intervals, dayFirst + grid.intervalsPerDay());
                for (int t = dayFirst; t < dayEnd; t++) {
                    double required = requirement.heads(q, t);
                    if (required > 0) {
                        time[index.get("s" + q + "," + t)] = 1;
                        demand += required;
                    }
                }
                if (demand == 0) {
                    continue;
                }
                for (int o = 0; o < options.size(); o++) {
                    Option option = options.get(o);
                    int inside = 0;
                    for (int m = option.startMinute(); m < option.startMinute() + option.lengthMinutes(); m += step) {
                        int t = m / step;
                        inside += t >= dayFirst && t < dayEnd && requirement.heads(q, t) > 0 ? step : 0;
                    }
                    if (inside == 0) {
                        continue;
                    }
                    int forced = 0;
                    for (int[] window : option.breakWindows()) {
                        boolean within = true;
                        for (int m = window[0] - window[0] % step; m < window[1]; m += step) {
                            int t = m / step;
                            within &= t >= dayFirst && t < dayEnd && requirement.heads(q, t) > 0;
                        }
                        forced += within ? window[2] : 0;
                    }
                    time[index.get("z" + o + "," + q)] = Math.max(0, inside - forced) / (double) step;
                }
                constraints.add(new LinearConstraint(time, Relationship.GEQ, demand));
            }
        }
        // Pooled shifts are the groups' shifts, per day, template length and queue.
        for (int d = 0; d < grid.days(); d++) {
            for (String kind : kinds) {
                for (int q = 0; q < queues.size(); q++) {
                    double[] link = new double[n];
                    for (int o = 0; o < options.size(); o++) {
                        Option option = options.get(o);
                        if (option.day() == d && option.kind().equals(kind)) {
                            link[index.get("z" + o + "," + q)] = 1;
                        }
                    }
                    for (int g = 0; g < contracts.size(); g++) {
                        Integer u = index.get("u" + g + "," + d + "," + kind + "," + q);
                        if (u != null) {
                            link[u] = -1;
                        }
                    }
                    constraints.add(new LinearConstraint(link, Relationship.EQ, 0));
                }
            }
        }
        for (int g = 0; g < contracts.size(); g++) {
            Contract contract = contracts.get(g);
            int agents = groups.get(contract);
            double[] days = new double[n];
            double[] paid = new double[n];
            for (int d = 0; d < grid.days(); d++) {
                double[] perDay = new double[n];
                for (String kind : kinds) {
                    for (Queue queue : contract.skills()) {
                        int u = index.get("u" + g + "," + d + "," + kind + "," + requirement.indexOf(queue));
                        perDay[u] = 1;
                        days[u] = 1;
                        paid[u] = paidOfKind.get(kind) / 60.0;
                    }
                }
                constraints.add(new LinearConstraint(perDay, Relationship.LEQ, agents));
            }
            constraints.add(new LinearConstraint(days, Relationship.LEQ, (double) agents * contract.maxDays()));
            if (grid.days() == 7) {
                constraints.add(new LinearConstraint(paid, Relationship.LEQ, agents * contract.maxHours()));
                constraints.add(new LinearConstraint(paid, Relationship.GEQ, agents * contract.minHours()));
            }
        }
        PointValuePair optimum = new SimplexSolver().optimize(new MaxIter(10_000_000),
                new LinearObjectiveFunction(objective, 0), new LinearConstraintSet(constraints), GoalType.MINIMIZE,
                new NonNegativeConstraint(true));
        return new Bound(optimum.getValue(), n, constraints.size(), System.nanoTime() - began);
    }

    private static void add(Map<String, Integer> index, List<String> names, String name) {
        index.put(name, names.size());
        names.add(name);
    }

    private static boolean usableOn(ShiftTemplate template, LocalDate date) {
        if (template.getDays().isEmpty()) {
            return true;
        }
        for (Weekday day : template.getDays()) {
            if (Objects.equals(DayOfWeek.of(day.getValue() + 1), date.getDayOfWeek())) {
                return true;
            }
        }
        return false;
    }
}
