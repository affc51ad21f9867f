package tandem.roster.internal.solver;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;

/**
 * The hard rules of one agent's week and its soft preferences, over the agent's shifts by day: rest between shifts,
 * working days in a row, days and paid hours per week, and a shift on the days of its training sessions. Penalties are in minutes (a day too many counts an hour).
 */
final class AgentRules {

    private AgentRules() {
    }

    /** Minutes by which the agent's shifts break the hard rules. */
    static long hardPenalty(RosterProblem problem, RosterProblem.Contract contract, ShiftOption[] days) {
        return check(problem, contract, days, null);
    }

    /** The rules the agent's shifts break, in words (empty when none). */
    static List<String> explain(RosterProblem problem, RosterProblem.Contract contract, ShiftOption[] days) {
        List<String> problems = new ArrayList<>();
        check(problem, contract, days, problems);
        return problems;
    }

    private static long check(RosterProblem problem, RosterProblem.Contract contract, ShiftOption[] days,
            List<String> explain) {
        long penalty = 0;
        int run = 0;
        int weeks = problem.daysInWeek.length;
        int[] paid = new int[weeks];
        int[] worked = new int[weeks];
        for (int d = 0; d < days.length; d++) {
            ShiftOption shift = days[d];
            if (shift == null) {
                run = 0;
                if (contract.trainingDays()[d]) {
                    penalty += 60;
                    if (explain != null) {
                        explain.add("is seated in a training session on " + problem.grid.from().plusDays(d)
                                + " but cannot work a shift around it");
                    }
                }
                continue;
            }
            run++;
            if (run > problem.maxConsecutiveDays) {
                penalty += 60;
                if (explain != null) {
                    explain.add("works " + run + " days in a row up to " + problem.grid.from().plusDays(d)
                            + "; at most " + problem.maxConsecutiveDays + " allowed");
                }
            }
            if (d > 0 && days[d - 1] != null) {
                int rest = shift.startMinute - days[d - 1].endMinute();
                if (rest < problem.minRestMinutes) {
                    penalty += problem.minRestMinutes - rest;
                    if (explain != null) {
                        explain.add("rests " + hours(rest) + " before " + problem.grid.from().plusDays(d)
                                + "; at least " + hours(problem.minRestMinutes) + " required");
                    }
                }
            }
            int week = problem.weekOfDay[d];
            paid[week] += shift.paidMinutes;
            worked[week]++;
        }
        for (int w = 0; w < weeks; w++) {
            if (worked[w] > contract.maxDaysPerWeek()) {
                penalty += 60L * (worked[w] - contract.maxDaysPerWeek());
                if (explain != null) {
                    explain.add("works " + worked[w] + " days in week " + (w + 1) + "; contract allows "
                            + contract.maxDaysPerWeek());
                }
            }
            if (paid[w] > contract.maxPaidPerWeek()) {
                penalty += paid[w] - contract.maxPaidPerWeek();
                if (explain != null) {
                    explain.add("is paid " + hours(paid[w]) + " in week " + (w + 1) + "; contract maximum "
                            + hours(contract.maxPaidPerWeek()));
                }
            }
            int min = problem.minPaid(contract, w);
            if (paid[w] < min) {
                penalty += min - paid[w];
                if (explain != null) {
                    explain.add("is paid " + hours(paid[w]) + " in week " + (w + 1) + "; contract minimum "
                            + hours(min) + " for its " + problem.daysInWeek[w] + " scheduled days");
                }
            }
        }
        return penalty;
    }

    /** Minutes as hours for messages: "32 h", "11.42 h". */
    static String hours(int minutes) {
        java.math.BigDecimal value = java.math.BigDecimal.valueOf(minutes).divide(java.math.BigDecimal.valueOf(60), 2,
                java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        return (value.scale() < 0 ? value.setScale(0) : value).toPlainString() + " h";
    }

    /** Soft penalty of the agent's shifts: weekend and late shifts (squared, so they spread), preferred days off. */
    static long softPenalty(RosterProblem problem, RosterProblem.Contract contract, ShiftOption[] days) {
        int weekends = 0;
        int lates = 0;
        long preferences = 0;
        for (int d = 0; d < days.length; d++) {
            ShiftOption shift = days[d];
            if (shift == null) {
                continue;
            }
            weekends += shift.weekend ? 1 : 0;
            lates += shift.late ? 1 : 0;
            DayOfWeek weekday = problem.grid.from().plusDays(d).getDayOfWeek();
            if (contract.preferredDaysOff().contains(weekday)) {
                preferences++;
            }
        }
        return RosterScoreCalculator.FAIRNESS_WEIGHT * ((long) weekends * weekends + (long) lates * lates)
                + RosterScoreCalculator.PREFERENCE_WEIGHT * preferences;
    }
}
