package tandem.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.CampaignCalendar;
import tandem.campaign.model.Drop;
import tandem.checks.CheckReport;
import tandem.checks.CheckRunner;
import tandem.checks.CheckSettings;
import tandem.checks.Checklists;
import tandem.checks.PlanSet;
import tandem.checks.PlanSets;
import tandem.core.documents.PlanFiles;
import tandem.core.model.Queue;
import tandem.core.model.ContactCenter;
import tandem.goals.model.Goal;
import tandem.goals.model.GoalSet;
import tandem.ivr.model.EntryPoint;
import tandem.ivr.model.IvrScript;
import tandem.training.model.Course;
import tandem.training.model.Session;
import tandem.training.model.TrainingPlan;

/**
 * Checks keep what they found from one run to the next (per document revision) and look again only at what an edit
 * can have changed. After an edit of each kind of plan, re-checking the plan set made by
 * {@link PlanSets#afterChange} must find exactly what checking the edited plans from scratch finds.
 */
class RecheckAfterAnEditTest {

    @TempDir
    static Path folder;

    private final CheckRunner runner = new CheckRunner(Checklists.all(), CheckSettings.defaults(), SamplePlans.AS_OF);
    private PlanSet plans;
    private Set<String> before;

    @BeforeEach
    void checkTheExample() throws IOException {
        SamplePlans.writeTo(folder);
        PlanSets.Loaded loaded = PlanSets.load(PlanFiles.find(List.of(folder)));
        assertEquals(List.of(), loaded.problems());
        plans = loaded.plans();
        before = findings(runner.run(plans));
    }

    @Test
    void notifyingCustomerServiceEarlierClearsTheNotice() {
        Set<String> after = recheckAfter(root(CampaignCalendar.class), calendar -> campaign("Easter Flash Sale")
                .setServiceNotifiedOn(LocalDate.of(2027, 3, 1)));
        assertTrue(before.stream().anyMatch(f -> f.startsWith("alignment.notice")));
        assertTrue(after.stream().noneMatch(f -> f.startsWith("alignment.notice")), after::toString);
    }

    @Test
    void aTvSpotAWeekLaterMovesTheShortWeek() {
        Set<String> after = recheckAfter(root(CampaignCalendar.class), calendar -> {
            Drop tv = plans.all(Drop.class).stream().filter(d -> "TV spot: breakfast show".equals(d.getName())).findFirst()
                    .orElseThrow();
            tv.setDate(tv.getDate().plusWeeks(1));
        });
        assertTrue(before.stream().anyMatch(f -> f.contains("on 2027-04-05,")));
        assertTrue(after.stream().noneMatch(f -> f.contains("on 2027-04-05,")), after::toString);
        assertTrue(after.stream().anyMatch(f -> f.startsWith("alignment.staffing-covers-lift") && f.contains("on 2027-04-1")),
                "the lift of the week after is short now: " + after);
    }

    @Test
    void trainingEarlierClearsTheLateTraining() {
        Set<String> after = recheckAfter(root(TrainingPlan.class), training -> {
            for (Course course : training.getCourses()) {
                for (Session session : course.getSessions()) {
                    if (session.getDate() != null && session.getDate().isAfter(LocalDate.of(2027, 3, 1))) {
                        session.setDate(LocalDate.of(2027, 3, 1));
                    }
                }
            }
        });
        assertTrue(before.stream().anyMatch(f -> f.startsWith("alignment.trained-before-launch")));
        assertTrue(after.stream().noneMatch(f -> f.startsWith("alignment.trained-before-launch")), after::toString);
    }

    @Test
    void anEntryPointThatLosesItsCampaignIsMissed() {
        Set<String> after = recheckAfter(root(IvrScript.class), script -> {
            for (EntryPoint entry : script.getEntryPoints()) {
                entry.setCampaign(null);
                entry.setCampaignCode(null);
            }
        });
        assertTrue(before.stream().noneMatch(f -> f.startsWith("alignment.ivr-ready")));
        assertTrue(after.stream().anyMatch(f -> f.startsWith("alignment.ivr-ready")), after::toString);
    }

    @Test
    void aGoalThatDropsItsCampaignsLeavesThemUnshared() {
        Set<String> after = recheckAfter(root(GoalSet.class), goals -> {
            for (Goal goal : goals.getGoals()) {
                goal.getCampaigns().clear();
            }
        });
        assertTrue(after.stream().anyMatch(f -> f.startsWith("alignment.shared-goal")), after::toString);
    }

    @Test
    void renamingAQueueRenamesItInTheFindings() {
        Set<String> after = recheckAfter(root(ContactCenter.class), center -> {
            for (Queue queue : center.getQueues()) {
                queue.setName(queue.getName() + " line");
            }
        });
        assertNotEquals(before, after);
    }

    /**
     * Edits a document, re-checks the plan set after the change (reusing what the last run kept), and compares the
     * findings with those of a check of a fresh plan set of the same documents.
     */
    private <T extends EObject> Set<String> recheckAfter(T root, Consumer<T> edit) {
        edit.accept(root);
        Resource changed = root.eResource();
        PlanSet next = PlanSets.afterChange(plans, List.of(changed));
        Set<String> rechecked = findings(runner.run(next));
        Set<String> fromScratch = findings(runner.run(PlanSets.of(plans.resourceSet(), plans.documents())));
        assertEquals(fromScratch, rechecked, "a re-check finds what a check from scratch finds");
        assertNotEquals(before, rechecked, "the edit changed what is found");
        return rechecked;
    }

    private static Set<String> findings(CheckReport report) {
        Set<String> lines = new TreeSet<>();
        report.findings().forEach(f -> lines.add(f.ruleId() + " | " + f.elementPath() + " | " + f.message()));
        return lines;
    }

    private <T extends EObject> T root(Class<T> type) {
        return plans.roots(type).get(0);
    }

    private Campaign campaign(String name) {
        return plans.all(Campaign.class).stream().filter(c -> name.equals(c.getName())).findFirst().orElseThrow();
    }
}
