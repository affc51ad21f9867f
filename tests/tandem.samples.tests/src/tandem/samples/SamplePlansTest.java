package tandem.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.CampaignCalendar;
import tandem.checks.CheckReport;
import tandem.checks.CheckRunner;
import tandem.checks.CheckSettings;
import tandem.checks.Checklists;
import tandem.checks.Finding;
import tandem.checks.PlanSets;
import tandem.core.documents.PlanDocuments;
import tandem.core.documents.PlanFiles;
import tandem.core.validation.ModelValidation;
import tandem.goals.model.Goal;
import tandem.goals.model.GoalSet;
import tandem.goals.model.smart.Criterion;
import tandem.goals.model.smart.SmartAssessment;
import tandem.goals.model.smart.SmartReport;
import tandem.roster.Coverage;
import tandem.roster.TimeGrid;
import tandem.roster.model.Activity;
import tandem.roster.model.ActivityKind;
import tandem.roster.model.Agent;
import tandem.roster.model.Roster;
import tandem.roster.model.Shift;
import tandem.core.model.Queue;
import tandem.staffing.model.StaffingPlan;
import tandem.staffing.model.forecast.IntervalForecast;
import tandem.staffing.model.forecast.StaffingForecast;
import tandem.training.model.TrainingPlan;
import tandem.training.model.readiness.CampaignReadiness;
import tandem.training.model.readiness.TrainingReadiness;

/**
 * The example plans load, are valid, and the checks find exactly the problems put in on purpose, so that the
 * findings tell a clear story.
 */
class SamplePlansTest {

    /** What the checks find in the example: rule, file, element and how often. One line per rule. */
    private static final List<Expected> DELIBERATE_FINDINGS = List.of(
            expect("alignment.notice", SamplePlans.CALENDAR_FILE,
                    "Campaign calendar 'Spring 2027' / Campaign 'Easter Flash Sale'"),
            expect("alignment.offer-inventory", SamplePlans.CALENDAR_FILE, "Campaign calendar 'Spring 2027'"
                    + " / Campaign 'Earbuds Giveaway' / Offer / Offer item 'Wireless earbuds'"),
            expect("quickfix.ivr-no-disconnect", SamplePlans.IVR_FILE, "IVR script 'Main line' / Menu 'Billing menu'"),
            expect("alignment.staffing-covers-lift", "sales-2027.staffing", "Staffing plan 'Sales 2027'", 6),
            expect("alignment.trained-before-launch", SamplePlans.TRAINING_FILE,
                    "Training plan 'Spring 2027 training' / Course 'Spring Upgrade: offer, trade-in and 5G plans'"),
            expect("alignment.training-in-peak", SamplePlans.TRAINING_FILE, "Training plan 'Spring 2027 training'"
                    + " / Course 'Spring Upgrade: offer, trade-in and 5G plans' / Session 2027-03-16 08:00"),
            expect("alignment.training-in-peak", SamplePlans.TRAINING_FILE,
                    "Training plan 'Spring 2027 training' / Course 'Easter Flash Sale huddle' / Session"
                            + " 2027-03-24 08:00"),
            expect("quickfix.goal-time-bound", SamplePlans.GOALS_FILE,
                    "Goal set 'Service goals 2027' / Goal 'Giveaway customer satisfaction'"));

    @TempDir
    static Path folder;
    private static List<Path> written;

    /** Findings of one rule on one element; {@code times} counts them (a short week is short on six days). */
    record Expected(String ruleId, String file, String element, int times) implements Comparable<Expected> {
        @Override
        public int compareTo(Expected other) {
            return Comparator.comparing(Expected::ruleId).thenComparing(Expected::file)
                    .thenComparing(Expected::element).thenComparingInt(Expected::times).compare(this, other);
        }
    }

    private static Expected expect(String ruleId, String file, String element) {
        return expect(ruleId, file, element, 1);
    }

    private static Expected expect(String ruleId, String file, String element, int times) {
        return new Expected(ruleId, file, element, times);
    }

    @BeforeAll
    static void writeTheExample() throws IOException {
        written = SamplePlans.writeTo(folder);
    }

    @Test
    void writesEveryPlanAndTheStory() throws IOException {
        assertEquals(SamplePlans.fileNames(), written.stream().map(p -> p.getFileName().toString()).toList());
        written.forEach(file -> assertTrue(Files.isRegularFile(file), file + " exists"));
        List<Path> plans = PlanFiles.find(List.of(folder));
        assertEquals(SamplePlans.fileNames().size() - 2, plans.size(),
                "every file but the README and the check settings is a plan");
        assertTrue(Files.readString(folder.resolve(SamplePlans.README_FILE)).contains("Easter Flash Sale"));
    }

    @Test
    void isBuiltTheSameEveryTime(@TempDir Path once, @TempDir Path again) throws IOException {
        SamplePlans.build().writeTo(once);
        SamplePlans.build().writeTo(again);
        for (String name : SamplePlans.fileNames()) {
            assertArrayEquals(Files.readAllBytes(once.resolve(name)), Files.readAllBytes(again.resolve(name)),
                    name + " is built the same way every time");
        }
    }

    @Test
    void anExampleBuiltFromTheCodeIsWrittenAsShippedAndOnlyOnce(@TempDir Path later, @TempDir Path twice)
            throws IOException {
        SamplePlans.Example example = SamplePlans.build();
        assertEquals(written.size(), example.writeTo(later).size());
        for (String name : SamplePlans.fileNames()) {
            assertArrayEquals(Files.readAllBytes(folder.resolve(name)), Files.readAllBytes(later.resolve(name)),
                    name + " is the same whether the plans were built or copied");
        }
        IllegalStateException again = assertThrows(IllegalStateException.class, () -> example.writeTo(twice));
        assertTrue(again.getMessage().contains("written already"), again.getMessage());
        try (var files = Files.list(twice)) {
            assertEquals(0, files.count(), "nothing is written the second time");
        }
    }

    @Test
    void everyPlanLoadsWithoutProblemsAndFindsTheOthers() throws Exception {
        ResourceSet set = loadAll();
        EcoreUtil.resolveAll(set);
        for (Resource document : set.getResources()) {
            assertEquals(List.of(), PlanDocuments.unresolvedReferences(document), document.getURI() + " refers only"
                    + " to elements that exist");
        }
        assertEquals(SamplePlans.fileNames().size() - 2, set.getResources().size(),
                "references lead to the example's own files only");
    }

    @Test
    void everyPlanIsValid() throws Exception {
        for (Resource document : loadAll().getResources()) {
            EObject root = document.getContents().get(0);
            Diagnostic diagnostic = ModelValidation.validate(root);
            assertEquals(Diagnostic.OK, diagnostic.getSeverity(),
                    () -> document.getURI().lastSegment() + ": " + diagnostic.getChildren().stream()
                            .map(Diagnostic::getMessage).limit(5).collect(Collectors.joining("; ")));
        }
    }

    @Test
    void theChecksFindExactlyTheDeliberateProblems() throws IOException {
        CheckReport report = runChecks();
        assertTrue(report.outcomes().values().stream().noneMatch(o -> o == CheckReport.Outcome.BROKEN),
                "no check breaks on the example: " + report.outcomes());
        for (Expected expected : DELIBERATE_FINDINGS) {
            assertTrue(Checklists.findCheck(expected.ruleId()).isPresent(), expected.ruleId() + " is installed");
        }
        Map<List<String>, Integer> counts = new HashMap<>();
        for (Finding finding : report.findings()) {
            counts.merge(List.of(finding.ruleId(), Path.of(finding.file()).getFileName().toString(),
                    finding.elementPath()), 1, Integer::sum);
        }
        Set<Expected> found = new TreeSet<>();
        counts.forEach((key, times) -> found.add(expect(key.get(0), key.get(1), key.get(2), times)));
        assertEquals(new TreeSet<>(DELIBERATE_FINDINGS), found, () -> report.sorted().stream()
                .map(f -> f.ruleId() + ": " + f.message()).collect(Collectors.joining("\n")));
    }

    @Test
    void theFindingsSayWhatWouldGoWrong() throws IOException {
        CheckReport report = runChecks();
        String notice = report.findingsOf("alignment.notice").get(0).message();
        assertTrue(notice.contains("'Easter Flash Sale' 3 days before its first drop on 2027-03-26"), notice);
        String inventory = report.findingsOf("alignment.offer-inventory").get(0).message();
        assertTrue(inventory.contains("2,000 on hand but 3,780 redemptions are expected: short by 1,780"), inventory);
        String hangUp = report.findingsOf("quickfix.ivr-no-disconnect").get(0).message();
        assertTrue(hangUp.contains("hangs up on callers it does not understand"), hangUp);
        String training = report.findingsOf("alignment.trained-before-launch").get(0).message();
        assertTrue(training.contains("'Spring Upgrade' is complete on 2027-03-16"), training);
        List<String> peaks = report.findingsOf("alignment.training-in-peak").stream().map(Finding::message).sorted()
                .toList();
        assertTrue(peaks.get(0).contains("'Easter Flash Sale huddle' on 2027-03-24 from 08:00 to 08:15 takes 70 heads"
                + " off queue 'Sales'"), peaks.get(0));
        assertTrue(peaks.get(1).contains("on 2027-03-16 from 08:00 to 09:30 takes 24 heads off queue 'Technical"
                + " Support' during the peak of campaign 'Spring Upgrade'"), peaks.get(1));
        String goal = report.findingsOf("quickfix.goal-time-bound").get(0).message();
        assertTrue(goal.contains("no deadline"), goal);
        Set<String> shortDays = new TreeSet<>();
        for (Finding finding : report.findingsOf("alignment.staffing-covers-lift")) {
            assertTrue(finding.message().contains("Spring Upgrade"), finding.message());
            shortDays.add(finding.message().replaceAll(".* on (\\d{4}-\\d\\d-\\d\\d),.*", "$1"));
        }
        assertEquals(Set.of("2027-04-05", "2027-04-06", "2027-04-07", "2027-04-08", "2027-04-09", "2027-04-10"),
                shortDays, "the week of the TV spot");
    }

    @Test
    void onlySalesIsShortAndOnlyInTheWeekOfTheTvSpot() throws Exception {
        ResourceSet set = loadAll();
        Map<String, Set<LocalDate>> shortDays = new TreeMap<>();
        int shortIntervals = 0;
        for (Resource document : set.getResources()) {
            if (!(document.getContents().get(0) instanceof StaffingPlan plan)) {
                continue;
            }
            StaffingForecast forecast = StaffingForecast.of(plan);
            assertEquals("", forecast.settingsProblem());
            for (int i = 0; i < forecast.size(); i++) {
                IntervalForecast interval = forecast.interval(i);
                assertEquals("", interval.problem());
                if (interval.understaffed()) {
                    shortIntervals++;
                    shortDays.computeIfAbsent(plan.getName(), n -> new TreeSet<>())
                            .add(interval.start().toLocalDate());
                }
            }
        }
        LocalDate monday = LocalDate.of(2027, 4, 5);
        Set<LocalDate> week = new TreeSet<>(monday.datesUntil(monday.plusDays(6)).toList());
        assertEquals(Map.of("Sales 2027", week), shortDays, "short on every day of the TV spot week, nowhere else");
        assertTrue(shortIntervals >= 30, "clearly short: " + shortIntervals + " half hours");
    }

    @Test
    void onTheTvSpotsDayTheLiftPeaksAfterTheSpotAndTheShortIntervalsShowARealisticServiceLevel() throws Exception {
        ResourceSet set = loadAll();
        StaffingPlan sales = set.getResources().stream().map(r -> r.getContents().get(0))
                .filter(StaffingPlan.class::isInstance).map(StaffingPlan.class::cast)
                .filter(p -> "Sales 2027".equals(p.getName())).findFirst().orElseThrow();
        StaffingForecast forecast = StaffingForecast.of(sales);
        LocalDate spotDay = LocalDate.of(2027, 4, 5);
        double eight = 0;
        double evening = 0;
        int shortButServing = 0;
        StringBuilder day = new StringBuilder();
        for (int i = 0; i < forecast.size(); i++) {
            IntervalForecast interval = forecast.interval(i);
            if (!interval.start().toLocalDate().equals(spotDay) || interval.total() == 0) {
                continue;
            }
            day.append(String.format(java.util.Locale.ROOT,
                    "%n%s lift %.0f total %.0f scheduled %d SL %.1f%% ASA %.0f s%s", interval.start().toLocalTime(), interval.lift(), interval.total(), interval.scheduled(),
                    interval.predictedServiceLevel() * 100, interval.predictedAsaAnsweredSeconds(),
                    interval.overloaded() ? " overloaded" : ""));
            int hour = interval.start().getHour();
            eight += hour == 8 ? interval.lift() : 0;
            evening += hour == 19 ? interval.lift() : 0;
            assertTrue(Double.isFinite(interval.predictedAsaSeconds()), "a finite ASA at " + interval.start());
            if (interval.understaffed() && interval.predictedServiceLevel() > 0.05) {
                shortButServing++;
            }
        }
        assertTrue(eight > 4 * evening, "the 07:30 spot lifts the morning, not the day evenly:" + day);
        assertTrue(shortButServing >= 4, "as the spot's calls fade, the short intervals answer part of their calls"
                + " in time instead of showing 0%:" + day);
        System.out.println("Sales on the day of the TV spot:" + day);
    }

    @Test
    void trainingEndsAfterTheLaunchOfTheSpringUpgradeOnly() throws Exception {
        ResourceSet set = loadAll();
        TrainingPlan training = root(set, TrainingPlan.class);
        List<String> late = new ArrayList<>();
        for (Campaign campaign : root(set, CampaignCalendar.class).getCampaigns()) {
            if (campaign.getEndDate().isBefore(SamplePlans.AS_OF)) {
                continue; // last autumn's promotion: history, nothing left to train for
            }
            CampaignReadiness readiness = TrainingReadiness.of(training, campaign);
            assertTrue(readiness.ready(), campaign.getName() + ": every agent gets a seat");
            if (!readiness.inTime()) {
                late.add(campaign.getName() + " ready on " + readiness.readyOn().orElse(null));
            }
        }
        assertEquals(List.of("Spring Upgrade ready on 2027-03-16"), late);
    }

    @Test
    void onlyTheSatisfactionGoalMissesASmartCriterionItsDeadline() throws Exception {
        GoalSet goals = root(loadAll(), GoalSet.class);
        SmartAssessment smart = new SmartAssessment();
        List<String> failed = new ArrayList<>();
        for (Goal goal : goals.getGoals()) {
            SmartReport report = smart.assess(goal, SamplePlans.AS_OF);
            report.failed().forEach(criterion -> failed.add(goal.getName() + ": " + criterion));
            report.verdicts().forEach(v -> assertEquals(List.of(), v.warnings(), goal.getName() + " " + v));
        }
        assertEquals(List.of("Giveaway customer satisfaction: " + Criterion.TIME_BOUND), failed);
    }

    private static CheckReport runChecks() throws IOException {
        PlanSets.Loaded loaded = PlanSets.load(PlanFiles.find(List.of(folder)));
        assertEquals(List.of(), loaded.problems());
        return new CheckRunner(Checklists.all(), CheckSettings.defaults(), SamplePlans.AS_OF).run(loaded.plans());
    }

    @Test
    void theRosterSchedulesThePeakWeekAndTheHuddleTakesSalesAgentsOffThePhones() throws Exception {
        Roster roster = root(loadAll(), Roster.class);
        Map<String, Long> perTeam = roster.getAgents().stream().collect(Collectors.groupingBy(
                agent -> agent.getTeam().getName(), TreeMap::new, Collectors.counting()));
        assertEquals(Map.of("Customer care", 80L, "Sales team", 60L, "Tech support", 40L), perTeam);
        Map<Double, Long> contracts = roster.getAgents().stream().collect(Collectors.groupingBy(
                Agent::getMaxHoursPerWeek, TreeMap::new, Collectors.counting()));
        assertEquals(Set.of(25.0, 40.0), contracts.keySet(), "part-timers and full-timers");
        assertTrue(roster.getAgents().stream().anyMatch(a -> a.getSkills().size() > 1), "some take two queues");

        LocalDate monday = LocalDate.of(2027, 3, 22);
        for (Shift shift : roster.getShifts()) {
            LocalDate day = shift.getStart().toLocalDate();
            assertTrue(!day.isBefore(monday) && day.isBefore(monday.plusDays(6)), shift.getId() + " on " + day);
        }
        List<Activity> training = roster.getShifts().stream().flatMap(s -> s.getActivities().stream())
                .filter(a -> a.getKind() == ActivityKind.TRAINING).toList();
        assertEquals(70, training.size(), "the huddle's 70 seats");
        for (Activity huddle : training) {
            assertEquals("Easter Flash Sale huddle", huddle.getName());
            assertEquals(LocalDate.of(2027, 3, 24).atTime(8, 0), huddle.getStart());
            assertEquals(15, huddle.getLengthMinutes());
        }
        Queue sales = roster.getAgents().get(0).getSkills().get(0).getQueue();
        assertEquals("Sales", sales.getName());
        long salesInTraining = training.stream().filter(a -> ((Shift) a.eContainer()).getQueue() == sales).count();
        assertEquals(60, salesInTraining, "every sales agent is in the huddle, and 10 of tech support");

        Coverage coverage = Coverage.of(roster, TimeGrid.of(monday, monday.plusDays(6), 15), List.of(sales));
        LocalDate wednesday = LocalDate.of(2027, 3, 24);
        double inHuddle = coverage.heads(sales, wednesday.atTime(8, 0));
        double afterIt = coverage.heads(sales, wednesday.atTime(8, 15));
        assertEquals(afterIt - salesInTraining, inHuddle, 1e-9, "the huddle takes its sales agents off the phones");
        assertTrue(afterIt > coverage.heads(sales, wednesday.minusDays(1).atTime(8, 15)),
                "they start at 08:00 for it");
    }

    private static ResourceSet loadAll() throws Exception {
        ResourceSet set = PlanDocuments.createResourceSet();
        for (Path file : PlanFiles.find(List.of(folder))) {
            URI uri = URI.createFileURI(file.toAbsolutePath().toString());
            if (set.getResource(uri, false) == null) {
                PlanDocuments.load(set, uri);
            }
        }
        return set;
    }

    private static <T extends EObject> T root(ResourceSet set, Class<T> type) {
        Optional<T> found = set.getResources().stream().flatMap(r -> r.getContents().stream())
                .filter(type::isInstance).map(type::cast).findFirst();
        assertFalse(found.isEmpty(), "the example has a " + type.getSimpleName());
        return found.get();
    }
}
