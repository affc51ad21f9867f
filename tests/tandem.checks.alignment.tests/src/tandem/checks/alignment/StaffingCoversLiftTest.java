package tandem.checks.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.Drop;
import tandem.checks.Checklists;
import tandem.checks.Finding;
import tandem.checks.Severity;
import tandem.checks.alignment.staffing.StaffingCoversLiftCheck;
import tandem.core.documents.Ids;
import tandem.roster.model.ActivityKind;
import tandem.roster.model.Agent;
import tandem.roster.model.Roster;
import tandem.roster.model.RosterFactory;
import tandem.roster.model.Shift;
import tandem.roster.model.shifts.Activities;
import tandem.staffing.model.StaffingInterval;
import tandem.staffing.model.StaffingPlan;
import tandem.staffing.model.forecast.IntervalForecast;
import tandem.staffing.model.forecast.StaffingForecast;
import tandem.test.support.checks.CheckOracle;

/**
 * alignment.staffing-covers-lift: the intervals a campaign lifts have the heads scheduled they require. The numbers
 * are the textbook's: 100 calls in half an hour at 180 s for 80% in 20 s need 14 agents, 20 heads at 30% shrinkage;
 * 120 calls need 16 agents, 23 heads.
 */
class StaffingCoversLiftTest {

    private static final String RULE = "alignment.staffing-covers-lift";
    private static final String FIX = "alignment.staffing-covers-lift.raise";
    private static final LocalDate WEDNESDAY = LocalDate.of(2027, 3, 3);
    private static final LocalDate THURSDAY = WEDNESDAY.plusDays(1);

    private final StaffingData data = new StaffingData();
    private final CheckOracle oracle = new CheckOracle(data.plans.set);
    private final Campaign promo = data.plans.campaign("Spring promo", WEDNESDAY, WEDNESDAY.plusDays(30));
    private final StaffingPlan billing = data.billingPlan(WEDNESDAY, THURSDAY);

    StaffingCoversLiftTest() {
        promo.getQueues().add(data.billing);
    }

    @Test
    void shortIntervalsOfALiftedDayAreReportedAndRaisingThemToTheRequiredHeadsFixesThem() {
        // 8,000 × 2% = 160 contacts over the four open half hours: 60 + 40 = 100 calls each, 20 heads required.
        data.plans.drop(promo, "Mail drop", WEDNESDAY, 8_000, 0.02);
        data.schedule(billing, WEDNESDAY, 20, 15, 17, 20);
        data.schedule(billing, THURSDAY, 13, 13, 13, 13);
        String before = data.saved(billing);

        List<Finding> findings = oracle.run(RULE);
        assertEquals(1, findings.size(), findings.toString());
        Finding finding = findings.get(0);
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("Staffing plan 'Billing 2027': on 2027-03-03, 2 intervals between 08:30 and 09:30 are short by up"
                + " to 5 heads while campaign 'Spring promo' lifts contacts for queue 'Billing'.", finding.message());
        assertSame(billing, finding.element());
        assertEquals("Staffing plan 'Billing 2027'", finding.elementPath());
        assertEquals("alignment", finding.checklistId());

        assertEquals("Raise the scheduled heads of 2 intervals on 2027-03-03 to the required number, up to 20",
                oracle.apply(finding, FIX));
        assertEquals(List.of(20, 20, 20, 20), data.scheduled(billing, WEDNESDAY));
        assertEquals(List.of(13, 13, 13, 13), data.scheduled(billing, THURSDAY), "a day without lift is unchanged");
        assertTrue(oracle.run(RULE).isEmpty(), "fixed");

        oracle.undo();
        assertEquals(before, data.saved(billing), "Undo restores the schedule as it was");
        assertEquals(1, oracle.run(RULE).size());
    }

    @Test
    void aPlanLinkedToARosterIsCheckedWithTheSchedulesHeads() {
        data.plans.drop(promo, "Mail drop", WEDNESDAY, 8_000, 0.02);
        data.schedule(billing, WEDNESDAY, 30, 30, 30, 30); // typed: would cover the lift
        Roster roster = RosterFactory.eINSTANCE.createRoster();
        roster.setName("Billing week");
        data.plans.set.createResource(URI.createFileURI("/plans/billing.roster")).getContents().add(roster);
        // 20 agents from 08:00 to 10:00; 5 on a break 08:30-09:00, 3 in a meeting 09:00-09:30: 20, 15, 17, 20 heads
        for (int i = 0; i < 20; i++) {
            Agent agent = RosterFactory.eINSTANCE.createAgent();
            agent.setName("Agent " + i);
            roster.getAgents().add(agent);
            Shift shift = RosterFactory.eINSTANCE.createShift();
            shift.setAgent(agent);
            shift.setQueue(data.billing);
            shift.setStart(WEDNESDAY.atTime(8, 0));
            shift.setLengthMinutes(120);
            if (i < 5 || i >= 17) {
                shift.getActivities().add(Activities.of(i < 5 ? ActivityKind.BREAK : ActivityKind.MEETING,
                        WEDNESDAY.atTime(i < 5 ? 8 : 9, i < 5 ? 30 : 0), 30));
            }
            roster.getShifts().add(shift);
        }
        Ids.assignMissing(roster.eResource());
        billing.setRoster(roster);
        billing.setUnplannedShrinkage(0.3); // 14 agents need 20 heads on the schedule

        List<Finding> findings = oracle.run(RULE);
        assertEquals(1, findings.size(), findings.toString());
        assertEquals("Staffing plan 'Billing 2027': on 2027-03-03, 2 intervals between 08:30 and 09:30 are short by up"
                + " to 5 heads while campaign 'Spring promo' lifts contacts for queue 'Billing'.",
                findings.get(0).message());
        assertFalse(oracle.quickFix(findings.get(0), FIX).appliesTo(findings.get(0)),
                "the schedule's heads are raised in the roster, not by typing");

        billing.setUnplannedShrinkage(0.1); // 14 agents need 16 heads: 15 at 08:30 is still one short
        findings = oracle.run(RULE);
        assertEquals(1, findings.size(), findings.toString());
        assertTrue(findings.get(0).message().contains("the interval from 08:30 to 09:00 is short by 1 head"),
                findings.get(0).message());

        billing.setRoster(null);
        assertEquals(List.of(), oracle.run(RULE), "unlinked, the typed 30 heads cover the lift");
    }

    @Test
    void eachDayIsOneFindingNamingEveryCampaignThatLiftsIt() {
        // Spring promo: 320 contacts, half on each day (40 per half hour); the loyalty mailing adds 80 on Thursday.
        Drop mail = data.plans.drop(promo, "Mail drop", WEDNESDAY, 16_000, 0.02);
        mail.getDailyShares().addAll(List.of(0.5, 0.5));
        Campaign loyalty = data.plans.campaign("Loyalty mailing", THURSDAY, THURSDAY.plusDays(10));
        loyalty.getQueues().add(data.billing);
        data.plans.drop(loyalty, "Letter", THURSDAY, 4_000, 0.02);
        data.schedule(billing, WEDNESDAY, 20, 15, 17, 20);
        data.schedule(billing, THURSDAY, 23, 23, 23, 21);
        data.row(billing, WEDNESDAY.atTime(7, 30)).setBaseline(60);

        List<String> messages = oracle.run(RULE).stream().map(Finding::message).toList();
        assertEquals(List.of("Staffing plan 'Billing 2027': on 2027-03-03, 2 intervals between 08:30 and 09:30 are"
                + " short by up to 5 heads while campaign 'Spring promo' lifts contacts for queue 'Billing'.",
                "Staffing plan 'Billing 2027': on 2027-03-04, the interval from 09:30 to 10:00 is short by 2 heads"
                        + " while campaigns 'Spring promo' and 'Loyalty mailing' lift contacts for queue 'Billing'."),
                messages, "07:30 has contacts and nobody scheduled, but no campaign lifts it: not this rule's");

        Finding thursday = oracle.run(RULE).get(1);
        assertEquals("Raise the scheduled heads of 1 interval on 2027-03-04 to the required 23",
                oracle.apply(thursday, FIX));
        assertEquals(List.of(23, 23, 23, 23), data.scheduled(billing, THURSDAY));
        assertEquals(1, oracle.run(RULE).size(), "Wednesday is still short");
    }

    @Test
    void aScheduleThatCoversTheLiftPassesAndCalendarsThePlanDoesNotLinkDoNotCount() {
        data.plans.drop(promo, "Mail drop", WEDNESDAY, 8_000, 0.02);
        data.schedule(billing, WEDNESDAY, 20, 20, 20, 21);
        data.schedule(billing, THURSDAY, 13, 13, 13, 13);
        assertTrue(oracle.run(RULE).isEmpty(), oracle.run(RULE).toString());

        data.schedule(billing, WEDNESDAY, 13, 13, 13, 13);
        assertEquals(1, oracle.run(RULE).size());
        billing.getCampaignCalendars().clear();
        assertTrue(oracle.run(RULE).isEmpty(), "without the calendar the plan expects no lift");
    }

    @Test
    void theShortIntervalsAreExactlyThoseTheForecastFindsUnderstaffedRunAfterRun() {
        // The lift spreads over the whole day by an even profile; contacts and schedules vary around the need.
        data.plans.drop(promo, "Mail drop", WEDNESDAY, 48_000, 0.05);
        billing.getIntradayProfile().addAll(Collections.nCopies(48, 1.0));
        Random random = new Random(7);
        for (StaffingInterval row : billing.getIntervals()) {
            row.setBaseline(random.nextInt(120));
            row.setScheduled(8 + random.nextInt(20));
        }
        for (int round = 0; round < 3; round++) {
            Set<String> reported = new TreeSet<>();
            for (Finding finding : oracle.run(RULE)) {
                for (String interval : finding.data().get(StaffingCoversLiftCheck.REQUIRED).split(" ")) {
                    reported.add(finding.data().get(StaffingCoversLiftCheck.DAY) + "T" + interval);
                }
            }
            StaffingForecast forecast = StaffingForecast.of(billing);
            Set<String> understaffed = new TreeSet<>();
            for (int i = 0; i < forecast.size(); i++) {
                IntervalForecast interval = forecast.interval(i);
                if (interval.lift() > 0 && interval.understaffed()) {
                    understaffed.add(interval.start() + "=" + (int) interval.requiredHeads());
                }
            }
            assertTrue(understaffed.size() > 5 && understaffed.size() < 45, understaffed.toString());
            assertEquals(understaffed, reported, "round " + round);
            for (StaffingInterval row : billing.getIntervals()) {
                row.setScheduled(Math.max(0, row.getScheduled() + random.nextInt(7) - 3));
            }
        }
    }

    @Test
    void theFixIsOfferedWithTheRequiredHeadsAndNeverLowersASchedule() {
        data.plans.drop(promo, "Mail drop", WEDNESDAY, 8_000, 0.02);
        data.schedule(billing, WEDNESDAY, 20, 15, 17, 20);
        Finding finding = oracle.run(RULE).get(0);
        assertEquals("08:30=20 09:00=20", finding.data().get(StaffingCoversLiftCheck.REQUIRED));
        assertEquals(List.of("Raise the scheduled heads of 2 intervals on 2027-03-03 to the required number, up to 20"),
                Checklists.quickFixLabels(finding));

        data.row(billing, WEDNESDAY.atTime(8, 30)).setScheduled(25);
        oracle.apply(finding, FIX);
        assertEquals(List.of(20, 25, 20, 20), data.scheduled(billing, WEDNESDAY), "25 stays 25");
    }
}
