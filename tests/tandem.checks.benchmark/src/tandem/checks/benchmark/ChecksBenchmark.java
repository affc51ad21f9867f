package tandem.checks.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.CampaignPackage;
import tandem.campaign.model.Drop;
import tandem.checks.CheckDefinition;
import tandem.checks.CheckReport;
import tandem.checks.CheckRunner;
import tandem.checks.CheckSettings;
import tandem.checks.ChecklistDefinition;
import tandem.checks.Checklists;
import tandem.checks.Finding;
import tandem.checks.PlanSet;
import tandem.checks.PlanSets;
import tandem.staffing.model.StaffingInterval;
import tandem.staffing.model.StaffingPackage;
import tandem.staffing.model.StaffingPlan;

/**
 * The checks benchmark (docs/PERFORMANCE.md): checking a large plan set (2,000 campaigns, 200 staffing plans of a
 * year of 15-minute intervals, 500 courses, 50 IVR scripts of 2,000 nodes, 500 goals) with every contributed
 * checklist should take under 2 seconds, and re-checking after an edit under 100 ms.
 * <ul>
 * <li>Full run: {@code CheckRunner.run(PlanSets.of(...))} on a freshly generated plan set each time (so that
 * nothing a check remembers from an earlier run helps it), median of the measured runs after warm-ups.</li>
 * <li>Re-check after an edit: one campaign's drop changes, {@link PlanSets#afterChange} re-indexes its calendar and
 * the checks that read campaigns run again; likewise after one staffing interval's schedule changes.</li>
 * </ul>
 * The figures are printed; the test asserts only that every check ran and that a re-check finds exactly what a full
 * check of the edited plans finds. Run it with
 * {@code ./mvnw verify -Dtandem.skipBenchmarks=false -Dtandem.skipUiTests=true} (see the module's pom).
 */
class ChecksBenchmark {

    private static final LocalDate TODAY = LocalDate.of(2027, 1, 4);
    private static final long SEED = 2027;
    private static final int FULL_WARMUPS = 2;
    private static final int FULL_RUNS = 5;
    private static final int EDIT_WARMUPS = 5;
    private static final int EDIT_RUNS = 15;

    private final List<ChecklistDefinition> checklists = Checklists.all();
    private final CheckRunner runner = new CheckRunner(checklists, CheckSettings.defaults(), TODAY);

    @Test
    void checkingALargePlanSetAndReCheckingAfterAnEdit() {
        double scale = Double.parseDouble(System.getProperty("tandem.benchmark.scale", "1"));
        LargePlanSet.Size size = scale == 1 ? LargePlanSet.Size.FULL : LargePlanSet.Size.scaled(scale);
        print("== Checks benchmark ==");
        print("machine: " + Figures.machine());
        print("checklists: " + checklists.stream().map(c -> c.id() + " (" + c.checks().size() + " checks)").toList());

        Figures full = new Figures();
        LargePlanSet plans = null;
        for (int run = 0; run < FULL_WARMUPS + FULL_RUNS; run++) {
            plans = null;
            double before = Figures.usedHeapMb();
            long generating = System.nanoTime();
            plans = new LargePlanSet(size, SEED);
            generating = System.nanoTime() - generating;
            if (run == 0) {
                print("plans: " + plans.describe());
                if (!plans.trainingAndGoals.missing.isEmpty()) {
                    print("NOT GENERATED: " + plans.trainingAndGoals.missing);
                }
                print(String.format(Locale.ROOT, "generated in %s; heap for the plans %,.0f MB",
                        Figures.millis(generating), Figures.usedHeapMb() - before));
            }
            Figures.usedHeapMb(); // collects the garbage of generating, so that it does not fall into the run
            long start = System.nanoTime();
            CheckTimer timer = new CheckTimer(check -> true);
            CheckReport report = runner.run(PlanSets.of(plans.set, plans.documents), timer);
            timer.stop();
            long end = System.nanoTime();
            assertTrue(report.outcomes().values().stream().noneMatch(o -> o == CheckReport.Outcome.BROKEN),
                    "a check broke: " + report.outcomes());
            String what = run < FULL_WARMUPS ? "warm-up " + (run + 1) + (run == 0 ? " (cold JVM)" : "")
                    : "run " + (run - FULL_WARMUPS + 1);
            print(String.format(Locale.ROOT, "full %-20s %s, %,d findings", what, Figures.millis(end - start),
                    report.findings().size()));
            if (run == 0) {
                print("findings per check: " + findingsPerCheck(report));
            }
            if (run >= FULL_WARMUPS) {
                full.add(end - start, timer.nanos());
            }
        }
        print(String.format(Locale.ROOT, "FULL RUN: median %,.0f ms (min %,.0f ms), target 2,000 ms; per check"
                + " (finding the elements it asks for included):", full.medianMillis(), full.minMillis()));
        print(full.perCheck());

        PlanSet checked = PlanSets.of(plans.set, plans.documents);
        runner.run(checked);
        Figures campaignEdits = new Figures();
        for (int run = 0; run < EDIT_WARMUPS + EDIT_RUNS; run++) {
            Campaign campaign = plans.campaign(run * 97);
            Drop drop = campaign.getDrops().get(0);
            drop.setAudienceSize(drop.getAudienceSize() + (run % 2 == 0 ? 5_000 : -3_000));
            checked = timedReCheck(checked, campaign.eResource(), CampaignPackage.eNS_URI, run, campaignEdits,
                    "campaign '" + campaign.getName() + "'");
        }
        print(String.format(Locale.ROOT, "RE-CHECK AFTER A CAMPAIGN EDIT: median %.1f ms (min %.1f ms), target"
                + " 100 ms; per check:", campaignEdits.medianMillis(), campaignEdits.minMillis()));
        print(campaignEdits.perCheck());

        Figures staffingEdits = new Figures();
        for (int run = 0; run < EDIT_WARMUPS + EDIT_RUNS; run++) {
            StaffingPlan plan = plans.staffing.plans.get(run * 13 % plans.staffing.plans.size());
            StaffingInterval row = plan.getIntervals().get(10_000 + run * 37);
            row.setScheduled(row.getScheduled() + (run % 2 == 0 ? 2 : -1));
            checked = timedReCheck(checked, plan.eResource(), StaffingPackage.eNS_URI, run, staffingEdits,
                    "staffing plan '" + plan.getName() + "'");
        }
        print(String.format(Locale.ROOT, "RE-CHECK AFTER A STAFFING EDIT: median %.1f ms (min %.1f ms); per check:",
                staffingEdits.medianMillis(), staffingEdits.minMillis()));
        print(staffingEdits.perCheck());
        print(String.format(Locale.ROOT, "heap in use with the plans after the runs: %,.0f MB; peak %,.0f MB"
                + " (sum of the heap pools' peaks, an upper bound)", Figures.usedHeapMb(), Figures.peakHeapMb()));
    }

    /**
     * Re-checks after an edit of one document, times it, and compares the findings of the checks that ran with a
     * full check of the edited plans.
     */
    private PlanSet timedReCheck(PlanSet previous, Resource changed, String nsUri, int run, Figures figures,
            String what) {
        Predicate<CheckDefinition> affected = check -> check.isAffectedBy(Set.of(nsUri));
        long start = System.nanoTime();
        PlanSet next = PlanSets.afterChange(previous, Set.of(changed));
        CheckTimer timer = new CheckTimer(affected);
        CheckReport report = runner.run(next, timer);
        timer.stop();
        long time = System.nanoTime() - start;
        if (run >= EDIT_WARMUPS) {
            figures.add(time, timer.nanos());
        }
        if (run == 0 || run == EDIT_WARMUPS + EDIT_RUNS - 1) {
            print(String.format(Locale.ROOT, "re-check after editing %s: %s, %d checks ran, %,d findings", what,
                    Figures.millis(time), timer.nanos().size(), report.findings().size()));
            CheckReport fresh = runner.run(PlanSets.of(previous.resourceSet(), previous.documents()), affected);
            assertEquals(keys(fresh), keys(report), "a re-check finds what a full check finds");
        }
        return next;
    }

    private static Map<String, Long> findingsPerCheck(CheckReport report) {
        Map<String, Long> counts = new TreeMap<>();
        report.findings().forEach(f -> counts.merge(f.ruleId(), 1L, Long::sum));
        return counts;
    }

    private static List<String> keys(CheckReport report) {
        List<String> keys = new ArrayList<>();
        for (Finding finding : report.findings()) {
            keys.add(finding.ruleId() + " " + finding.elementUri() + " " + finding.message() + " "
                    + finding.data());
        }
        keys.sort(null);
        return keys;
    }

    private static void print(String line) {
        System.out.println(line);
    }
}
