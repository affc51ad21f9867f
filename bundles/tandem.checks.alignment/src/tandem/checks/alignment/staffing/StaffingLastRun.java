package tandem.checks.alignment.staffing;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import tandem.checks.PlanSet;
import tandem.staffing.model.StaffingPlan;

/**
 * What {@link StaffingCoversLiftCheck} found for each staffing plan in its last run, and what that depended on: the
 * plan's document, the document of its queue (opening hours, name), its linked calendars (as
 * {@link PlanSet#revision revisions}), the queue's lift on each day and the names of the campaigns bringing it on
 * the days reported. When the plan's and the queue's documents are the same and the lift is too, the findings are
 * too: a calendar that changed counts only if it changed the lift, or the names of the campaigns on a day reported.
 * What was found is {@link PlanSet#kept kept} with the revision of the plan's document, so it goes with the plan
 * sets that hold that revision. Thread-safe.
 */
final class StaffingLastRun {

    /**
     * A finding of the check on a plan, without the plan.
     *
     * @param day       the day it is about
     * @param campaigns the names of the campaigns it names
     */
    record Found(LocalDate day, List<String> campaigns, String message, Map<String, String> data) {
    }

    /** What the findings on a plan depend on besides the campaigns' names. */
    record Inputs(Object planRevision, Object queueRevision, List<Object> calendarRevisions, double[] dailyLift) {
    }

    private record Entry(Inputs inputs, List<Found> found) {
    }

    /** The last run's entries of the plans of a document, kept with the document's revision. */
    private Map<StaffingPlan, Entry> entries(PlanSet plans, StaffingPlan plan) {
        return plan.eResource() == null ? new ConcurrentHashMap<>()
                : plans.kept(plan.eResource(), this, ConcurrentHashMap::new);
    }

    /**
     * The findings of the last run on the plan if they still hold, else {@code null}.
     *
     * @param names the names of the campaigns lifting the queue on a day, asked for only when a calendar changed
     */
    List<Found> reuse(PlanSet plans, StaffingPlan plan, Inputs inputs, Function<LocalDate, List<String>> names) {
        Map<StaffingPlan, Entry> entries = entries(plans, plan);
        Entry last = entries.get(plan);
        if (last == null || last.inputs().planRevision() != inputs.planRevision()
                || last.inputs().queueRevision() != inputs.queueRevision()
                || !Arrays.equals(last.inputs().dailyLift(), inputs.dailyLift())) {
            return null;
        }
        if (!same(last.inputs().calendarRevisions(), inputs.calendarRevisions())) {
            for (Found found : last.found()) {
                if (!found.campaigns().equals(names.apply(found.day()))) {
                    return null;
                }
            }
            // The calendars changed elsewhere: remember their new revisions, so that the names are not asked again.
            entries.put(plan, new Entry(inputs, last.found()));
        }
        return last.found();
    }

    /**
     * The findings of the last run on the plan if none of the documents they were made from has changed since:
     * the plan's, its queue's and those of its linked calendars; else {@code null}.
     */
    List<Found> unchanged(PlanSet plans, StaffingPlan plan, Object planRevision, Object queueRevision,
            List<Object> calendarRevisions) {
        Entry last = entries(plans, plan).get(plan);
        if (last == null || last.inputs().planRevision() != planRevision
                || last.inputs().queueRevision() != queueRevision
                || !same(last.inputs().calendarRevisions(), calendarRevisions)) {
            return null;
        }
        return last.found();
    }

    void remember(PlanSet plans, StaffingPlan plan, Inputs inputs, List<Found> found) {
        entries(plans, plan).put(plan, new Entry(inputs, List.copyOf(found)));
    }

    private static boolean same(List<Object> before, List<Object> now) {
        if (before.size() != now.size()) {
            return false;
        }
        for (int i = 0; i < before.size(); i++) {
            if (before.get(i) != now.get(i)) {
                return false;
            }
        }
        return true;
    }
}
