package tandem.goals.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tandem.goals.model.tests.Goals.TODAY;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.CampaignFactory;
import tandem.campaign.model.Drop;
import tandem.goals.model.Direction;
import tandem.goals.model.Goal;
import tandem.goals.model.Metric;
import tandem.goals.model.RewardScope;
import tandem.goals.model.smart.AchievabilityCheck;
import tandem.goals.model.smart.Criterion;
import tandem.goals.model.smart.SmartAssessment;
import tandem.goals.model.smart.SmartReport;
import tandem.goals.model.smart.Verdict;

/** Each SMART criterion (and the owner) on a goal that meets it and on goals that do not, with the reasons given. */
class SmartAssessmentTest {

    private final SmartAssessment smart = new SmartAssessment();
    private final Goal goal = Goals.billingFcr();

    /** The verdict in the full report, which must be the one judged for the criterion alone (as checks do). */
    private Verdict verdict(Criterion criterion) {
        Verdict inReport = smart.assess(goal, TODAY).of(criterion);
        assertEquals(inReport, smart.verdict(goal, criterion, TODAY));
        return inReport;
    }

    private void assertPasses(Criterion criterion, String reason) {
        Verdict verdict = verdict(criterion);
        assertTrue(verdict.passed(), verdict::toString);
        assertEquals(reason, verdict.reason());
    }

    private void assertFails(Criterion criterion, String reason) {
        Verdict verdict = verdict(criterion);
        assertFalse(verdict.passed(), verdict::toString);
        assertEquals(reason, verdict.reason());
    }

    @Test
    void theExampleGoalMeetsEveryCriterion() {
        SmartReport report = smart.assess(goal, TODAY);
        assertTrue(report.allPassed(), () -> report.verdicts().toString());
        assertEquals(List.of(Criterion.values()), report.verdicts().stream().map(Verdict::criterion).toList());
    }

    @Nested
    class Specific {
        @Test
        void aMetricAndAScopePass() {
            assertPasses(Criterion.SPECIFIC, "first contact resolution for queue 'Billing', phone");
        }

        @Test
        void goodIntentionsAreVague() {
            goal.setStatement("Improve customer service");
            assertFails(Criterion.SPECIFIC, "'Improve customer service' is vague: it names no metric and no number");
        }

        @Test
        void anActivityIsNoOutcome() {
            goal.setStatement("Provide training");
            assertFails(Criterion.SPECIFIC, "'Provide training' describes an activity, not an outcome: say which"
                    + " result it should change, e.g. raise first contact resolution to a target");
        }

        @Test
        void anActivityThatNamesTheResultItServesIsSpecific() {
            goal.setStatement("Provide training so that first contact resolution on billing calls reaches 80%");
            assertTrue(verdict(Criterion.SPECIFIC).passed());
        }

        @Test
        void aGoalNeedsAMetric() {
            goal.setMetric(Metric.UNSPECIFIED);
            assertFails(Criterion.SPECIFIC,
                    "no metric: choose one (e.g. first contact resolution) or name a custom metric");
        }

        @Test
        void aCustomMetricNeedsAName() {
            goal.setMetric(Metric.CUSTOM);
            assertFails(Criterion.SPECIFIC, "the custom metric has no name");
            goal.setCustomMetric("repeat contacts within 7 days");
            assertPasses(Criterion.SPECIFIC, "repeat contacts within 7 days for queue 'Billing', phone");
        }

        @Test
        void aGoalNeedsAScope() {
            goal.getQueues().clear();
            goal.getChannels().clear();
            assertFails(Criterion.SPECIFIC, "no scope: link the queues, channels or campaigns it covers");
        }
    }

    @Nested
    class Measurable {
        @Test
        void baselineTargetUnitAndSourcePass() {
            assertPasses(Criterion.MEASURABLE, "from 70% to 80%, measured by ACD report");
        }

        @Test
        void whatIsMissingIsNamed() {
            goal.setBaseline(null);
            goal.setUnit(" ");
            assertFails(Criterion.MEASURABLE, "needs a baseline and a unit");
            goal.setTarget(null);
            goal.setMeasurementSource(null);
            assertFails(Criterion.MEASURABLE, "needs a baseline, a numeric target, a unit and a data source");
        }

        @Test
        void theTargetMustMoveTheBaselineTheWayTheGoalSays() {
            goal.setTarget(65.0);
            assertFails(Criterion.MEASURABLE, "the target 65% does not raise the baseline 70%; to lower the metric,"
                    + " set the direction to lower");
            goal.setDirection(Direction.LOWER);
            assertTrue(verdict(Criterion.MEASURABLE).passed());
        }
    }

    @Nested
    class Achievable {
        @Test
        void aTargetWithinRangeAtAUsualPacePasses() {
            // +10 points from today (1 March) to 1 July: 2.5 points a month.
            assertPasses(Criterion.ACHIEVABLE,
                    "needs 2.5 points a month, within the 5 points a month first contact resolution usually moves");
        }

        @Test
        void aPercentageAbove100IsOutOfRange() {
            goal.setTarget(120.0);
            assertFails(Criterion.ACHIEVABLE,
                    "the target 120 is outside the range of first contact resolution (0 to 100)");
        }

        @Test
        void theNetPromoterScoreRunsFromMinus100To100() {
            goal.setMetric(Metric.NET_PROMOTER_SCORE);
            goal.setUnit("points");
            goal.setBaseline(-20.0);
            goal.setTarget(-10.0);
            assertTrue(verdict(Criterion.ACHIEVABLE).passed(), () -> verdict(Criterion.ACHIEVABLE).reason());
            goal.setBaseline(-120.0);
            assertFails(Criterion.ACHIEVABLE, "the baseline -120 is outside the range of Net Promoter Score"
                    + " (-100 to 100)");
        }

        @Test
        void aTimeMustBeMoreThanZero() {
            goal.setMetric(Metric.AVERAGE_HANDLE_TIME);
            goal.setUnit("seconds");
            goal.setDirection(Direction.LOWER);
            goal.setBaseline(400.0);
            goal.setTarget(0.0);
            assertFails(Criterion.ACHIEVABLE, "the target 0 is outside the range of average handle time (more than 0)");
        }

        @Test
        void aTargetFarBeyondTheReadingsTrendIsImplausible() {
            goal.setMetric(Metric.NET_PROMOTER_SCORE);
            goal.setUnit("points");
            goal.setBaseline(10.0);
            Goals.reading(goal, LocalDate.of(2026, 1, 1), 10);
            Goals.reading(goal, LocalDate.of(2026, 2, 1), 12);
            goal.setTarget(57.0);
            goal.setDeadline(LocalDate.of(2026, 3, 15));
            // From the latest reading (12 on 1 February) to 15 March: +45 in 6 weeks, 1 + 14/31 months.
            assertFails(Criterion.ACHIEVABLE, "the target needs +45 points in 6 weeks (31.0 a month) while readings"
                    + " so far rose 2.0 points a month");
        }

        @Test
        void withoutReadingsTheUsualPaceOfTheMetricIsTheYardstick() {
            goal.setDeadline(LocalDate.of(2026, 4, 1));
            assertFails(Criterion.ACHIEVABLE, "the target needs +10 points in 4 weeks (10.0 a month), more than the"
                    + " 5 points a month first contact resolution usually moves");
        }

        @Test
        void aFastTrendMakesAFastTargetPlausible() {
            Goals.reading(goal, LocalDate.of(2026, 1, 1), 60);
            Goals.reading(goal, LocalDate.of(2026, 2, 1), 66);
            Goals.reading(goal, LocalDate.of(2026, 3, 1), 72);
            // Readings rise 6 points a month; 80 by 1 April needs 8, within twice the trend.
            goal.setDeadline(LocalDate.of(2026, 4, 1));
            assertPasses(Criterion.ACHIEVABLE, "needs 8.0 points a month; readings so far rose 6.0 points a month");
        }

        @Test
        void checksSuppliedFromOutsideCanFindAGoalUnachievable() {
            AchievabilityCheck staffing = (g, today) -> g.getMetric() == Metric.FIRST_CONTACT_RESOLUTION
                    ? Optional.of("queue 'Billing' is staffed for 70% in the staffing plan")
                    : Optional.empty();
            Verdict verdict = new SmartAssessment(List.of(staffing)).assess(goal, TODAY).of(Criterion.ACHIEVABLE);
            assertFalse(verdict.passed());
            assertEquals("queue 'Billing' is staffed for 70% in the staffing plan", verdict.reason());

            AchievabilityCheck nothingAgainst = (g, today) -> Optional.empty();
            assertTrue(new SmartAssessment(List.of(nothingAgainst)).assess(goal, TODAY).of(Criterion.ACHIEVABLE)
                    .passed());
        }
    }

    @Nested
    class Relevant {
        @Test
        void aLinkedQueuePasses() {
            assertPasses(Criterion.RELEVANT, "serves queue 'Billing'");
            goal.getCampaigns().add(Goals.campaign("Spring promo", LocalDate.of(2026, 4, 1)));
            goal.setServiceDefinition("Billing questions are answered on the first call");
            assertPasses(Criterion.RELEVANT, "serves campaign 'Spring promo', queue 'Billing' and the service"
                    + " definition");
        }

        @Test
        void aGoalThatServesNothingNamedFails() {
            goal.getQueues().clear();
            assertFails(Criterion.RELEVANT,
                    "serves nothing named: link a campaign or a queue, or write the service definition it serves");
            goal.setServiceDefinition("Billing questions are answered on the first call");
            assertPasses(Criterion.RELEVANT, "serves the service definition");
        }

        @Test
        void anIndividualPrizeIsWorthAWarning() {
            goal.setReward("An iPad for the top agent");
            Verdict verdict = verdict(Criterion.RELEVANT);
            assertTrue(verdict.passed());
            assertEquals(List.of("rewards individual agents ('An iPad for the top agent'): individual prizes invite"
                    + " gaming the surveys; reward the team instead"), verdict.warnings());

            goal.setReward("A team lunch");
            goal.setRewardScope(RewardScope.TEAM);
            assertEquals(List.of(), verdict(Criterion.RELEVANT).warnings());
        }
    }

    @Nested
    class TimeBound {
        @Test
        void aFutureDeadlinePasses() {
            assertPasses(Criterion.TIME_BOUND, "by 2026-07-01, 4 months from now");
        }

        @Test
        void aGoalNeedsADeadline() {
            goal.setDeadline(null);
            assertFails(Criterion.TIME_BOUND, "no deadline: give the date by which the target is reached");
        }

        @Test
        void aDeadlineThatHasPassedFails() {
            goal.setDeadline(LocalDate.of(2026, 2, 1));
            assertFails(Criterion.TIME_BOUND, "the deadline 2026-02-01 is not in the future (today is 2026-03-01)");
        }

        @Test
        void theDeadlineComesAfterTheLaunchOfTheCampaignsTheGoalServes() {
            goal.getCampaigns().add(Goals.campaign("Summer sale", LocalDate.of(2026, 8, 1)));
            assertFails(Criterion.TIME_BOUND, "the deadline 2026-07-01 is not after campaign 'Summer sale' launches"
                    + " (2026-08-01)");
        }

        @Test
        void theLaunchIsTheFirstDropNotAnEarlierStartDate() {
            Campaign summer = Goals.campaign("Summer sale", LocalDate.of(2026, 6, 1));
            Drop letter = CampaignFactory.eINSTANCE.createDrop();
            letter.setDate(LocalDate.of(2026, 7, 15));
            summer.getDrops().add(letter);
            goal.getCampaigns().add(summer);
            assertFails(Criterion.TIME_BOUND, "the deadline 2026-07-01 is not after campaign 'Summer sale' launches"
                    + " (2026-07-15)");
            letter.setDate(LocalDate.of(2026, 6, 20));
            assertPasses(Criterion.TIME_BOUND, "by 2026-07-01, 4 months from now");
        }
    }

    @Nested
    class Owner {
        @Test
        void aNamedOwnerPasses() {
            assertPasses(Criterion.OWNED, "owned by Dana Reyes");
        }

        @Test
        void aGoalWithoutOwnerFails() {
            goal.setOwner("");
            assertFails(Criterion.OWNED, "no owner: name the person who answers for the goal");
            assertEquals(List.of(Criterion.OWNED), smart.assess(goal, TODAY).failed());
        }
    }
}
