package tandem.goals.model.tests;

import java.time.LocalDate;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.CampaignFactory;
import tandem.core.model.Channel;
import tandem.core.model.CoreFactory;
import tandem.core.model.Queue;
import tandem.goals.model.Direction;
import tandem.goals.model.Frequency;
import tandem.goals.model.Goal;
import tandem.goals.model.GoalsFactory;
import tandem.goals.model.Metric;
import tandem.goals.model.Reading;

/** Small readable goals for the tests. */
final class Goals {

    /** The date the tests assess goals on. */
    static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    private Goals() {
    }

    /**
     * A goal that meets every criterion: raise first contact resolution on the Billing phone queue from 70% to 80% by
     * 1 July 2026 (four months after {@link #TODAY}), measured in the ACD report, owned by Dana Reyes.
     */
    static Goal billingFcr() {
        Goal goal = GoalsFactory.eINSTANCE.createGoal();
        goal.setName("Billing FCR");
        goal.setStatement("Raise first contact resolution on billing calls from 70% to 80% by 1 July 2026");
        goal.setMetric(Metric.FIRST_CONTACT_RESOLUTION);
        goal.setUnit("%");
        goal.setDirection(Direction.RAISE);
        goal.setBaseline(70.0);
        goal.setBaselineDate(LocalDate.of(2026, 1, 1));
        goal.setBaselineSource("ACD report, December");
        goal.setTarget(80.0);
        goal.setStartDate(LocalDate.of(2026, 1, 1));
        goal.setDeadline(LocalDate.of(2026, 7, 1));
        goal.setOwner("Dana Reyes");
        goal.getQueues().add(queue("Billing"));
        goal.getChannels().add(Channel.PHONE);
        goal.setMeasurementSource("ACD report");
        goal.setMeasurementFrequency(Frequency.MONTHLY);
        return goal;
    }

    static Queue queue(String name) {
        Queue queue = CoreFactory.eINSTANCE.createQueue();
        queue.setName(name);
        return queue;
    }

    static Campaign campaign(String name, LocalDate start) {
        Campaign campaign = CampaignFactory.eINSTANCE.createCampaign();
        campaign.setName(name);
        campaign.setStartDate(start);
        return campaign;
    }

    static Reading reading(Goal goal, LocalDate date, double value) {
        Reading reading = GoalsFactory.eINSTANCE.createReading();
        reading.setDate(date);
        reading.setValue(value);
        goal.getReadings().add(reading);
        return reading;
    }
}
