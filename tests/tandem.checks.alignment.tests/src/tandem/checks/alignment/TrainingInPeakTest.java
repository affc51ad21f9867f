package tandem.checks.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;

import tandem.campaign.model.Campaign;
import tandem.checks.Finding;
import tandem.checks.Severity;
import tandem.core.documents.Ids;
import tandem.core.model.Channel;
import tandem.core.model.Queue;
import tandem.core.model.Team;
import tandem.roster.model.ActivityKind;
import tandem.roster.model.Agent;
import tandem.roster.model.Roster;
import tandem.roster.model.RosterFactory;
import tandem.roster.model.Shift;
import tandem.roster.model.shifts.Activities;
import tandem.staffing.model.StaffingInterval;
import tandem.staffing.model.StaffingPlan;
import tandem.staffing.model.plans.StaffingPlans;
import tandem.test.support.checks.CheckOracle;
import tandem.training.model.Audience;
import tandem.training.model.Course;
import tandem.training.model.Session;

/**
 * Oracles for {@code alignment.training-in-peak}, on a fixture like the example project's: the spring promotion
 * launches with a mailing on Wednesday 10 March 2027 and its TV spot on Wednesday 17 March brings 10,000 × 2% = 200
 * calls to Sales, spread by the plan's intraday profile: 5% (10 calls) in each of 09:00, 09:30, 14:00 and 14:30,
 * 20% (40 calls) in each half hour from 10:00 to 12:00. Sales has 60 calls of its own in each half hour from 09:00
 * to 17:00 (30 from 13:00 to 15:00), textbook settings (80% in 20 s, AHT 180 s, occupancy cap 85%, shrinkage 30%):
 * 100 calls in half an hour need 14 agents, 20 heads. The peak of the TV day is 10:00 to 12:00 (lift 40 ≥ half of
 * 40); 09:00 and 14:00 (lift 10) are not peak.
 */
class TrainingInPeakTest {

    private static final String RULE = "alignment.training-in-peak";
    private static final String FIX = "alignment.training-in-peak.move-session";
    private static final LocalDate LAUNCH = LocalDate.of(2027, 3, 10);
    private static final LocalDate TV_DAY = LocalDate.of(2027, 3, 17);

    private final TrainingPlans plans = new TrainingPlans();
    private final CheckOracle oracle = new CheckOracle(plans.plans.set);
    private final Queue sales = plans.queue("Sales");
    private final Team salesTeam = plans.team("Sales team", 20, sales);
    private final Campaign promotion = plans.plans.campaign("Spring promotion", LocalDate.of(2027, 3, 1),
            LocalDate.of(2027, 3, 31));
    private final Course course = plans.course("Spring promotion for Sales", promotion);
    private final Audience audience = plans.audience(course, null, salesTeam, 12);
    private final StaffingPlan staffing = salesPlan();

    TrainingInPeakTest() {
        sales.setChannel(Channel.PHONE);
        promotion.getQueues().add(sales);
        plans.plans.drop(promotion, "Launch mail", LAUNCH, 2_000, 0.02);
        plans.plans.drop(promotion, "TV spot", TV_DAY, 10_000, 0.02);
        for (LocalTime time = LocalTime.of(9, 0); time.isBefore(LocalTime.of(17, 0)); time = time.plusMinutes(30)) {
            row(TV_DAY.atTime(time)).setScheduled(22);
        }
    }

    @Test
    void aSessionOnThePeakOfTheTvDayIsReportedWithTheHeadsItTakesAndMovesToTheQuietestTimeBeforeTheDeadline()
            throws IOException {
        Session session = session(TV_DAY, LocalTime.of(10, 0), 6);
        String before = saved();

        List<Finding> findings = oracle.run(RULE);
        assertEquals(1, findings.size(), findings.toString());
        Finding finding = findings.get(0);
        assertSame(session, finding.element());
        assertEquals(Severity.WARNING, finding.severity());
        // 22 scheduled - 6 in training - 20 required = -4 in each of the four peak half hours.
        assertEquals("Session of course 'Spring promotion for Sales' on 2027-03-17 from 10:00 to 12:00 takes 6 heads"
                + " off queue 'Sales' during the peak of campaign 'Spring promotion': 4 intervals from 10:00 to 12:00"
                + " on 2027-03-17 are left with a shortfall of up to 4 heads in staffing plan 'Sales 2027'.",
                finding.message());

        // Deadline: launch 10 March less 2 days = Monday 8 March; no lift before it, so the least contacts are in
        // 13:00-15:00 (4 × 30 calls), and of the days that tie the latest is taken.
        assertEquals("Move the session to 2027-03-08 at 13:00, the least-loaded time before the deadline",
                oracle.apply(finding, FIX));
        assertEquals(LocalDate.of(2027, 3, 8), session.getDate());
        assertEquals(LocalTime.of(13, 0), session.getStartTime());
        assertTrue(oracle.run(RULE).isEmpty(), "fixed");

        oracle.undo();
        assertEquals(before, saved(), "Undo restores the session's date and time in one step");
        assertEquals(1, oracle.run(RULE).size());
    }

    @Test
    void theDeadlineIsTheLaunchOfTheCampaignTheCoursePreparesFor() {
        Campaign loyalty = plans.plans.campaign("Loyalty letters", LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 3, 31));
        plans.plans.drop(loyalty, "Letter", LocalDate.of(2027, 3, 24), 1_000, 0.01);
        course.getPreparesFor().clear();
        course.getPreparesFor().add(loyalty);
        Session session = session(TV_DAY, LocalTime.of(10, 0), 6);
        Finding finding = oracle.run(RULE).get(0);
        // Deadline: 24 March less 2 days; the plan ends on Friday 19 March, a day without lift: 13:00 to 15:00 there.
        assertEquals("Move the session to 2027-03-19 at 13:00, the least-loaded time before the deadline",
                oracle.apply(finding, FIX));
        assertEquals(LocalDate.of(2027, 3, 19), session.getDate());
        assertTrue(oracle.run(RULE).isEmpty(), "fixed");
    }

    @Test
    void aSessionOffThePeakOrWithHeadsToSpareIsNotReported() {
        session(TV_DAY, LocalTime.of(14, 0), 6); // lift 10 < half of 40: not the peak
        session(TV_DAY.plusDays(1), LocalTime.of(10, 0), 6); // no drop on Thursday: no lift at all
        assertEquals(List.of(), oracle.run(RULE));

        for (LocalTime time = LocalTime.of(10, 0); time.isBefore(LocalTime.of(12, 0)); time = time.plusMinutes(30)) {
            row(TV_DAY.atTime(time)).setScheduled(26);
        }
        session(TV_DAY, LocalTime.of(10, 0), 6); // 26 - 6 - 20 = 0 left: reported at the default margin 0
        assertEquals(1, oracle.run(RULE).size());
        for (LocalTime time = LocalTime.of(10, 0); time.isBefore(LocalTime.of(12, 0)); time = time.plusMinutes(30)) {
            row(TV_DAY.atTime(time)).setScheduled(27);
        }
        assertEquals(List.of(), oracle.run(RULE), "one head to spare in every peak half hour");
    }

    @Test
    void withoutSeatsTheAudienceHeadcountIsLostAndAQueueAudienceCounts() {
        audience.setTeam(null);
        audience.setQueue(sales);
        Session session = session(TV_DAY, LocalTime.of(11, 30), 0);
        session.setAudience(audience);
        session.setLengthMinutes(30);
        List<Finding> findings = oracle.run(RULE);
        assertEquals(1, findings.size(), findings.toString());
        // 22 - 12 - 20 = -10 in the one half hour 11:30.
        assertEquals("Session of course 'Spring promotion for Sales' on 2027-03-17 from 11:30 to 12:00 takes 12 heads"
                + " off queue 'Sales' during the peak of campaign 'Spring promotion': the interval from 11:30 to 12:00"
                + " on 2027-03-17 is left with a shortfall of up to 10 heads in staffing plan 'Sales 2027'.",
                findings.get(0).message());
    }

    @Test
    void withARosterTheHeadsLostAreItsAgentsOfTheAudienceTeamAtMostTheSeats() {
        Roster roster = RosterFactory.eINSTANCE.createRoster();
        roster.setName("Teams");
        plans.plans.set.createResource(URI.createFileURI("/plans/teams.roster")).getContents().add(roster);
        Team billingTeam = plans.team("Billing team", 10, plans.queue("Billing"));
        for (int i = 0; i < 5; i++) {
            agent(roster, "Sales " + i, i < 4 ? salesTeam : billingTeam);
        }
        session(TV_DAY, LocalTime.of(10, 0), 6);
        List<Finding> findings = oracle.run(RULE);
        assertEquals(1, findings.size(), findings.toString());
        // 4 of the roster's agents are in the Sales team: 22 - 4 - 20 = -2.
        assertTrue(findings.get(0).message().contains("takes 4 heads off queue 'Sales'"), findings.get(0).message());
        assertTrue(findings.get(0).message().contains("shortfall of up to 2 heads"), findings.get(0).message());

        for (int i = 5; i < 12; i++) {
            agent(roster, "Sales " + i, salesTeam);
        }
        String message = oracle.run(RULE).get(0).message();
        assertTrue(message.contains("takes 6 heads off"), "no more than the session's seats: " + message);
    }

    @Test
    void aPlanLinkedToARosterDoesNotTakeTheSessionOffTwice() {
        Roster roster = RosterFactory.eINSTANCE.createRoster();
        roster.setName("TV week");
        plans.plans.set.createResource(URI.createFileURI("/plans/tv.roster")).getContents().add(roster);
        // 22 Sales agents on the phones from 09:00 to 17:00 on the TV day; the schedule has 6 of them in the session
        for (int i = 0; i < 22; i++) {
            Agent agent = RosterFactory.eINSTANCE.createAgent();
            agent.setName("Sales " + i);
            agent.setTeam(salesTeam);
            roster.getAgents().add(agent);
            Shift shift = RosterFactory.eINSTANCE.createShift();
            shift.setAgent(agent);
            shift.setQueue(sales);
            shift.setStart(TV_DAY.atTime(9, 0));
            shift.setLengthMinutes(480);
            if (i < 6) {
                shift.getActivities().add(Activities.of(ActivityKind.TRAINING, TV_DAY.atTime(10, 0), 120));
            }
            roster.getShifts().add(shift);
        }
        Ids.assignIfMissing(roster);
        staffing.setRoster(roster);
        staffing.setUnplannedShrinkage(0.3); // 14 agents still need 20 heads
        session(TV_DAY, LocalTime.of(10, 0), 6);

        List<Finding> findings = oracle.run(RULE);
        assertEquals(1, findings.size(), findings.toString());
        // The schedule's 16 heads at the peak are net of the session: 16 - 20 = -4 (not 16 - 6 - 20 = -10).
        assertEquals("Session of course 'Spring promotion for Sales' on 2027-03-17 from 10:00 to 12:00 takes 6 heads"
                + " off queue 'Sales' during the peak of campaign 'Spring promotion': 4 intervals from 10:00 to 12:00"
                + " on 2027-03-17 are left with a shortfall of up to 4 heads in staffing plan 'Sales 2027'.",
                findings.get(0).message());
    }

    @Test
    void aSessionOfAnotherTeamOrWithoutAStartTimeIsNotReported() {
        Queue billing = plans.queue("Billing");
        audience.setTeam(plans.team("Billing team", 10, billing));
        session(TV_DAY, LocalTime.of(10, 0), 6);
        assertEquals(List.of(), oracle.run(RULE), "Billing has no staffing plan and no lift");
        audience.setTeam(salesTeam);
        assertEquals(1, oracle.run(RULE).size());
        course.getSessions().get(0).setStartTime(null);
        assertEquals(List.of(), oracle.run(RULE), "a session without a start time is not placed in time");
    }

    private static void agent(Roster roster, String name, Team team) {
        Agent agent = RosterFactory.eINSTANCE.createAgent();
        agent.setName(name);
        agent.setTeam(team);
        roster.getAgents().add(agent);
        Ids.assignIfMissing(agent);
    }

    private Session session(LocalDate date, LocalTime start, int seats) {
        Session session = plans.session(course, date, seats);
        session.setStartTime(start);
        return session;
    }

    private StaffingPlan salesPlan() {
        StaffingPlan plan = StaffingPlans.create("Sales 2027", sales, 30, LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 3, 19));
        plan.setServiceLevelShare(0.8);
        plan.setAnswerWithinSeconds(20);
        plan.setOccupancyCap(0.85);
        plan.setShrinkage(0.3);
        plan.setAhtSeconds(180);
        plan.getCampaignCalendars().add(plans.plans.calendar);
        List<Double> profile = new java.util.ArrayList<>(Collections.nCopies(48, 0.0));
        profile.set(18, 0.05); // 09:00
        profile.set(19, 0.05);
        for (int slot = 20; slot < 24; slot++) {
            profile.set(slot, 0.2); // 10:00 to 12:00
        }
        profile.set(28, 0.05); // 14:00
        profile.set(29, 0.05);
        plan.getIntradayProfile().addAll(profile);
        for (StaffingInterval row : plan.getIntervals()) {
            int hour = row.getStart().getHour();
            if (hour >= 9 && hour < 17) {
                row.setBaseline(hour == 13 || hour == 14 ? 30 : 60);
            }
        }
        Ids.assignIfMissing(plan);
        plans.plans.set.createResource(URI.createFileURI("/plans/sales.staffing")).getContents().add(plan);
        return plan;
    }

    private StaffingInterval row(LocalDateTime start) {
        return staffing.getIntervals().get(StaffingPlans.firstIndexAtOrAfter(staffing, start));
    }

    private String saved() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        plans.training.eResource().save(out, null);
        return out.toString(StandardCharsets.UTF_8);
    }
}
