package tandem.samples.internal;

import static tandem.samples.internal.SampleIds.named;

import java.time.LocalDate;

import tandem.campaign.model.Campaign;
import tandem.core.model.Channel;
import tandem.core.model.Queue;
import tandem.goals.model.Direction;
import tandem.goals.model.Frequency;
import tandem.goals.model.Goal;
import tandem.goals.model.GoalSet;
import tandem.goals.model.GoalsFactory;
import tandem.goals.model.Metric;
import tandem.goals.model.Reading;
import tandem.goals.model.RewardScope;

/**
 * Customer service's goals for spring: first contact resolution on Sales (shared with the Spring Upgrade and the
 * flash sale), the General queue's service level during the giveaway, and satisfaction with giveaway contacts.
 * <p>
 * Deliberately incomplete: the satisfaction goal has no deadline.
 */
final class ServiceGoals {

    final GoalSet goals;

    ServiceGoals(MeadowlarkSetup setup, SpringCalendar spring) {
        goals = named(GoalsFactory.eINSTANCE.createGoalSet(), "service-2027", "Service goals 2027");
        goals.setDescription("What customer service commits to while the spring campaigns run.");

        Goal resolution = goal("sales-fcr", "Sales first contact resolution", Metric.FIRST_CONTACT_RESOLUTION,
                "Raise first contact resolution on Sales calls from 71% to 78% by 30 June 2027.", 71, 78,
                LocalDate.of(2027, 6, 30), "Dana Whitfield, Sales team lead", spring.springUpgrade, setup.sales);
        resolution.getCampaigns().add(spring.flashSale);
        resolution.setServiceDefinition("Customers who call about an offer get it done in one call.");
        resolution.setMeasurementSource("ACD disposition report");
        reading(resolution, LocalDate.of(2027, 1, 31), 71);
        reading(resolution, LocalDate.of(2027, 2, 28), 72);

        Goal serviceLevel = goal("general-service-level", "General queue service level", Metric.SERVICE_LEVEL,
                "Answer 80% of General queue calls within 20 seconds during the giveaway, up from 74%.", 74, 80,
                LocalDate.of(2027, 5, 31), "Priya Natarajan, workforce manager", spring.giveaway, setup.general);
        serviceLevel.setServiceDefinition("Customers renewing their plan do not wait on hold.");
        serviceLevel.setMeasurementSource("ACD interval report");

        Goal satisfaction = goal("giveaway-csat", "Giveaway customer satisfaction", Metric.CUSTOMER_SATISFACTION,
                "Raise customer satisfaction with giveaway contacts from 82% to 88%.", 82, 88, null,
                "Marcus Lee, customer care lead", spring.giveaway, setup.general);
        satisfaction.setServiceDefinition("Customers know when their earbuds arrive, without calling twice.");
        satisfaction.setMeasurementSource("Post-contact email survey");
    }

    private Goal goal(String slug, String name, Metric metric, String statement, double baseline, double target,
            LocalDate deadline, String owner, Campaign campaign, Queue queue) {
        Goal goal = named(GoalsFactory.eINSTANCE.createGoal(), slug, name);
        goal.setMetric(metric);
        goal.setStatement(statement);
        goal.setUnit("%");
        goal.setDirection(Direction.RAISE);
        goal.setBaseline(baseline);
        goal.setBaselineDate(LocalDate.of(2027, 1, 31));
        goal.setBaselineSource("January 2027 report");
        goal.setTarget(target);
        goal.setStartDate(LocalDate.of(2027, 2, 1));
        goal.setDeadline(deadline);
        goal.setOwner(owner);
        goal.getCampaigns().add(campaign);
        goal.getQueues().add(queue);
        goal.getChannels().add(queue.getChannel() == null ? Channel.PHONE : queue.getChannel());
        goal.setMeasurementFrequency(Frequency.MONTHLY);
        goal.setReward("Team lunch when the target is met");
        goal.setRewardScope(RewardScope.TEAM);
        goals.getGoals().add(goal);
        return goal;
    }

    private static void reading(Goal goal, LocalDate date, double value) {
        Reading reading = GoalsFactory.eINSTANCE.createReading();
        reading.setDate(date);
        reading.setValue(value);
        goal.getReadings().add(reading);
    }
}
