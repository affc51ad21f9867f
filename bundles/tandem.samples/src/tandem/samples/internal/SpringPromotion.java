package tandem.samples.internal;

import java.util.List;

import tandem.campaign.model.CampaignCalendar;
import tandem.core.model.ContactCenter;
import tandem.goals.model.GoalSet;
import tandem.history.model.ContactHistory;
import tandem.ivr.model.IvrScript;
import tandem.roster.model.Roster;
import tandem.staffing.model.StaffingPlan;
import tandem.training.model.TrainingPlan;

/** Builds the example's plans in memory, referring to each other, ready to be saved as one set of documents. */
public final class SpringPromotion {

    private final MeadowlarkSetup setup = new MeadowlarkSetup();
    private final SpringCalendar spring = new SpringCalendar(setup);
    private final YearOfStaffing staffing = new YearOfStaffing(setup, spring);
    private final SpringTraining training = new SpringTraining(setup, spring);
    private final MainLineIvr ivr = new MainLineIvr(setup, spring);
    private final ServiceGoals goals = new ServiceGoals(setup, spring);
    private final YearOfHistory history = new YearOfHistory(setup, spring);
    private final SpringRoster roster = new SpringRoster(setup, training);

    public ContactCenter setup() {
        return setup.center;
    }

    public CampaignCalendar calendar() {
        return spring.calendar;
    }

    /** Sales, General, Technical Support, Billing. */
    public List<StaffingPlan> staffingPlans() {
        return staffing.plans();
    }

    public TrainingPlan training() {
        return training.plan;
    }

    public IvrScript ivr() {
        return ivr.script;
    }

    public GoalSet goals() {
        return goals.goals;
    }

    /** The contacts each queue was offered per half hour in the year before the story (2026). */
    public ContactHistory history() {
        return history.history;
    }

    /** The agents of the three teams and the schedule of the peak week, 22 to 28 March. */
    public Roster roster() {
        return roster.roster;
    }

    /** The story of the example for the planner who opens it, in Markdown. */
    public String readme() {
        return """
                # Spring Promotion Example

                Meadowlark Mobile gets ready for spring 2027. Marketing has three campaigns in
                `spring-2027.campaigns`:

                - **Spring Upgrade** (15 March to 16 May): half price on the new Meadow X phone, pushed by an email
                  blast, a mail drop, a TV spot on the breakfast show and an outbound wave.
                - **Earbuds Giveaway** (26 April to 15 May): free wireless earbuds for customers who renew, while
                  stocks last.
                - **Easter Flash Sale** (26 and 27 March): 30% off accessories for 48 hours.

                The calendar also keeps last autumn's **Autumn Upgrade 2026** (16 November to 12 December 2026: two
                email blasts and a mail drop), whose lift is in the contact history.

                Customer service has its side of the plan: the contact-center setup with four queues on phone, chat
                and email (`meadowlark.center`), a year of half-hourly staffing plans per queue linked to the
                campaigns (`*-2027.staffing`), the spring training (`spring-2027.training`), the IVR
                (`main-line.ivr`), its service goals (`service-goals-2027.goals`) and the roster of its 180
                agents with the schedule of the peak week, 22 to 28 March (`meadowlark.roster`): on Wednesday
                24 March the Easter Flash Sale huddle takes 70 agents, all 60 of sales and 10 of tech support, off
                the phones from 08:00 to 08:15.

                `meadowlark-2026.history` is the year of contact history before today (16 February 2026 to
                14 February 2027), half hour by half hour per queue, as the ACD recorded it. Open it to see each
                queue's actuals, the fitted values and the forecast of the following weeks, and every method's backtest
                accuracy; the weeks Autumn Upgrade 2026 lifted Sales and Technical Support are shaded. Forecasts
                take that lift out before they learn, so the weeks after it are not forecast as busy as it made
                them. In a staffing plan, Forecast... fills
                the baseline from it (`tandem-cli forecast --history meadowlark-2026.history --from 2027-03-01
                --to 2027-03-28` does the same on the command line).

                Most of it fits together. Some of it does not - as in real life:

                1. Customer service heard about the Easter Flash Sale three days before the text message goes out.
                2. The giveaway has 2,000 pairs of earbuds, but its email and social posts will bring about 3,780
                   claims.
                3. In the IVR, the billing menu hangs up on callers it did not understand twice.
                4. The last Spring Upgrade training session, for technical support, is the day after the launch.
                5. The giveaway's customer-satisfaction goal has no deadline.
                6. Sales is scheduled for its usual volume in the week of the TV spot (5 to 10 April).

                Run the checks (Checks > Run Checks, or `tandem-cli check .` in this folder) to see them reported
                with their reasons. The Problems view offers quick fixes for most of them (Ctrl+1), and Undo takes
                a fix back.

                The story is told on 15 February 2027: `tandem-checks.properties` has the checks run as of that day
                (`checks.asOf`), so that deadlines and lead times read as they would then. Remove the line to check
                the plans as of today.
                """;
    }
}
