package tandem.staffing.erlang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tandem.staffing.erlang.Figures.assertPublished;

import java.math.BigDecimal;
import java.util.Random;

import org.junit.jupiter.api.Test;

class StaffingCalculatorTest {

    private static final Workload HUNDRED_CALLS = new Workload(100, 1800, 180);

    private static final StaffingCalculator EIGHTY_TWENTY = StaffingCalculator
            .forServiceLevel(new ServiceLevelTarget(0.80, 20)).withOccupancyCap(0.85).withShrinkage(0.30);

    @Test
    void oracleEightyTwentyWithOccupancyCap85() {
        StaffingRequirement r = EIGHTY_TWENTY.requirement(HUNDRED_CALLS);
        assertEquals(14, r.requiredAgents());
        assertEquals(20, r.scheduledHeads());
        assertPublished("0.17413", r.probabilityOfWait(), "probability of wait");
        assertPublished("0.88835", r.serviceLevel(), "service level");
        assertPublished("7.836", r.asaSeconds(), "ASA");
        assertPublished("0.7143", r.occupancy(), "occupancy");
        assertEquals(10, r.trafficErlangs(), 1e-12);
        assertEquals(0.30, r.shrinkage());
    }

    @Test
    void oracleOccupancyCap70NeedsMore() {
        StaffingRequirement r = EIGHTY_TWENTY.withOccupancyCap(0.70).requirement(HUNDRED_CALLS);
        assertEquals(15, r.requiredAgents());
        assertEquals(22, r.scheduledHeads());
    }

    @Test
    void serviceLevelAloneWouldAllowThirteenButFourteenIsTheFirstToMeetIt() {
        assertTrue(ErlangC.serviceLevel(13, 10, 180, 20) < 0.8);
        assertTrue(ErlangC.serviceLevel(14, 10, 180, 20) >= 0.8);
        assertEquals(14, StaffingCalculator.forServiceLevel(new ServiceLevelTarget(0.8, 20))
                .requiredAgents(HUNDRED_CALLS));
    }

    @Test
    void zeroCallsNeedZeroAgents() {
        StaffingRequirement r = EIGHTY_TWENTY.requirement(new Workload(0, 1800, 180));
        assertEquals(0, r.requiredAgents());
        assertEquals(0, r.scheduledHeads());
        assertEquals(1, r.serviceLevel());
        assertEquals(0, r.asaSeconds());
        assertEquals(0, EIGHTY_TWENTY.withPatience(120).requiredAgents(new Workload(0, 900, 300)));
        assertEquals(0, EIGHTY_TWENTY.withFractionalAgents().requiredAgents(new Workload(0, 900, 300)));
    }

    @Test
    void shrinkageTurnsAgentsIntoHeads() {
        assertEquals(20, EIGHTY_TWENTY.scheduledHeads(14));
        assertEquals(22, EIGHTY_TWENTY.scheduledHeads(15));
        assertEquals(15, EIGHTY_TWENTY.withShrinkage(0).scheduledHeads(15));
        assertEquals(11, EIGHTY_TWENTY.withShrinkage(0.10).scheduledHeads(9.9)); // 11 × 0.9 = 9.9 exactly
        assertEquals(14 / 0.7, EIGHTY_TWENTY.withFractionalAgents().scheduledHeads(14), 1e-12);
    }

    @Test
    void asaTargetAloneAndCombined() {
        StaffingCalculator asa = StaffingCalculator.forAsa(10);
        double agents = asa.requiredAgents(HUNDRED_CALLS);
        assertEquals(14, agents); // ASA 17.1 s with 13, 7.8 s with 14
        assertTrue(ErlangC.averageSpeedOfAnswer(13, 10, 180) > 10);
        StaffingCalculator both = StaffingCalculator.forServiceLevel(new ServiceLevelTarget(0.8, 20)).withAsaTarget(5);
        assertEquals(15, both.requiredAgents(HUNDRED_CALLS)); // ASA 7.8 s with 14 is too slow
        assertEquals(0, asa.predict(HUNDRED_CALLS, 14).answerWithinSeconds());
    }

    @Test
    void answeredWithoutWaitingTarget() {
        // Problem from the Wolfram Language documentation of ErlangC (applications): 30 calls per
        // hour of 5 minutes each; how many agents so that 90% of calls are not delayed? The
        // 60-digit reference gives a probability of waiting of 0.130 with 5 agents, 0.047 with 6.
        assertEquals(0.1304, Reference.erlangC(5, new BigDecimal("2.5")).doubleValue(), 5e-5);
        assertEquals(0.0474, Reference.erlangC(6, new BigDecimal("2.5")).doubleValue(), 5e-5);
        StaffingCalculator notDelayed = StaffingCalculator.forServiceLevel(new ServiceLevelTarget(0.9, 0));
        assertEquals(6, notDelayed.requiredAgents(new Workload(30, 3600, 300)));
    }

    @Test
    void erlangAWithPatienceNeedsFewerAgents() {
        StaffingCalculator patient = EIGHTY_TWENTY.withPatience(300);
        assertTrue(patient.usesErlangA());
        StaffingRequirement r = patient.requirement(HUNDRED_CALLS);
        assertEquals(13, r.requiredAgents());
        assertEquals(19, r.scheduledHeads());
        assertTrue(r.serviceLevel() >= 0.8);
        assertTrue(r.abandonment() > 0);
        assertTrue(ErlangA.predict(HUNDRED_CALLS, 12, 300, 20).serviceLevel() < 0.8);
    }

    @Test
    void erlangAFindsStaffingBelowTheTraffic() {
        // Very impatient callers with a loose target: fewer agents than Erlangs suffice.
        StaffingCalculator loose = StaffingCalculator.forServiceLevel(new ServiceLevelTarget(0.5, 60)).withPatience(10);
        Workload heavy = new Workload(900, 900, 300); // 300 Erlangs
        double agents = loose.requiredAgents(heavy);
        assertTrue(agents < 300, "agents " + agents);
        assertTrue(loose.meetsTargets(heavy, agents));
        assertFalse(loose.meetsTargets(heavy, agents - 1));
    }

    @Test
    void fractionalRequirementLiesBetweenWholeNumbersAndMeetsTheTargetExactly() {
        StaffingCalculator fractional = StaffingCalculator.forServiceLevel(new ServiceLevelTarget(0.8, 20))
                .withFractionalAgents();
        double agents = fractional.requiredAgents(HUNDRED_CALLS);
        assertTrue(agents > 13 && agents < 14, "fractional " + agents);
        assertEquals(0.8, ErlangC.serviceLevel(agents, 10, 180, 20), 1e-8);
        assertTrue(ErlangC.serviceLevel(agents, 10, 180, 20) >= 0.8);
        // The cap binds for fractional agents exactly at A / cap.
        assertEquals(10 / 0.7, fractional.withOccupancyCap(0.7).requiredAgents(HUNDRED_CALLS), 1e-9);
    }

    /**
     * Required agents are the smallest whole number that meets every target: N meets them, N − 1
     * does not. Checked with the public Erlang C formulas over random workloads and targets.
     */
    @Test
    void requiredAgentsAreTheSmallestMeetingTheTarget() {
        Random random = new Random(42);
        double[] shares = {0.5, 0.7, 0.8, 0.9, 0.95, 0.99};
        double[] answerTimes = {0, 10, 15, 20, 30, 60, 120};
        double[] caps = {1.0, 0.95, 0.9, 0.85, 0.8, 0.75};
        for (int i = 0; i < 2000; i++) {
            double calls = random.nextInt(4) == 0 ? random.nextDouble() * 20 : random.nextInt(3000) + random.nextDouble();
            double interval = random.nextBoolean() ? 900 : 1800;
            double aht = 20 + random.nextDouble() * 880;
            ServiceLevelTarget target = new ServiceLevelTarget(shares[random.nextInt(shares.length)],
                    answerTimes[random.nextInt(answerTimes.length)]);
            double cap = caps[random.nextInt(caps.length)];
            double asaTarget = random.nextInt(3) == 0 ? 1 + random.nextDouble() * 60 : Double.NaN;
            StaffingCalculator calculator = StaffingCalculator.forServiceLevel(target).withOccupancyCap(cap);
            if (!Double.isNaN(asaTarget)) {
                calculator = calculator.withAsaTarget(asaTarget);
            }
            Workload workload = new Workload(calls, interval, aht);
            double agents = calculator.requiredAgents(workload);
            String context = calculator + " " + workload + " -> " + agents;
            assertEquals(Math.rint(agents), agents, "whole agents: " + context);
            assertTrue(meetsErlangC(workload, agents, target, asaTarget, cap), "N meets the targets: " + context);
            assertFalse(meetsErlangC(workload, agents - 1, target, asaTarget, cap), "N − 1 does not: " + context);
        }
    }

    @Test
    void requiredAgentsAreTheSmallestMeetingTheTargetWithAbandonment() {
        Random random = new Random(7);
        for (int i = 0; i < 300; i++) {
            double calls = random.nextInt(1500) + 1;
            double aht = 60 + random.nextDouble() * 540;
            double patience = 10 + random.nextDouble() * 600;
            ServiceLevelTarget target = new ServiceLevelTarget(0.5 + 0.45 * random.nextDouble(), 5 + random.nextInt(60));
            double cap = 0.75 + 0.25 * random.nextDouble();
            StaffingCalculator calculator = StaffingCalculator.forServiceLevel(target).withOccupancyCap(cap)
                    .withPatience(patience);
            Workload workload = new Workload(calls, 900, aht);
            int agents = (int) calculator.requiredAgents(workload);
            String context = calculator + " " + workload + " -> " + agents;
            assertTrue(agents >= 1, context);
            assertTrue(meetsErlangA(workload, agents, patience, target, cap), "N meets: " + context);
            assertFalse(agents > 1 && meetsErlangA(workload, agents - 1, patience, target, cap), "N − 1 not: " + context);
        }
    }

    @Test
    void fractionalRequirementIsTheSmallestMeetingTheTarget() {
        Random random = new Random(99);
        for (int i = 0; i < 200; i++) {
            Workload workload = new Workload(random.nextInt(2000) + 1, 1800, 60 + random.nextDouble() * 600);
            ServiceLevelTarget target = new ServiceLevelTarget(0.6 + 0.35 * random.nextDouble(), 20);
            StaffingCalculator calculator = StaffingCalculator.forServiceLevel(target).withFractionalAgents();
            double agents = calculator.requiredAgents(workload);
            double traffic = workload.trafficErlangs();
            assertTrue(ErlangC.serviceLevel(agents, traffic, workload.ahtSeconds(), 20) >= target.share());
            double slightlyFewer = agents - 1e-6 * agents;
            assertTrue(slightlyFewer <= traffic
                    || ErlangC.serviceLevel(slightlyFewer, traffic, workload.ahtSeconds(), 20) < target.share());
            double whole = StaffingCalculator.forServiceLevel(target).requiredAgents(workload);
            assertTrue(agents > whole - 1 && agents <= whole, agents + " within (" + (whole - 1) + ", " + whole + "]");
        }
    }

    @Test
    void agreesWithTheSameCalculatorsPredictionAndMeetsCheck() {
        StaffingRequirement r = EIGHTY_TWENTY.requirement(new Workload(2400, 900, 420));
        assertTrue(EIGHTY_TWENTY.meetsTargets(new Workload(2400, 900, 420), r.requiredAgents()));
        assertFalse(EIGHTY_TWENTY.meetsTargets(new Workload(2400, 900, 420), r.requiredAgents() - 1));
        assertEquals(r.prediction(), EIGHTY_TWENTY.predict(new Workload(2400, 900, 420), r.requiredAgents()));
    }

    @Test
    void largeWorkloadsResolveQuickly() {
        // 20,000 contacts in 15 minutes at 270 s: 6,000 Erlangs.
        StaffingRequirement r = EIGHTY_TWENTY.requirement(new Workload(20_000, 900, 270));
        assertEquals(6000, r.trafficErlangs(), 1e-9);
        assertEquals(Math.ceil(6000 / 0.85), r.requiredAgents()); // the cap binds at this size
        assertTrue(r.serviceLevel() > 0.99);
        StaffingCalculator uncapped = StaffingCalculator.forServiceLevel(new ServiceLevelTarget(0.8, 20));
        double agents = uncapped.requiredAgents(new Workload(20_000, 900, 270));
        assertTrue(agents > 6000 && agents < 6100, "agents " + agents);
        assertTrue(meetsErlangC(new Workload(20_000, 900, 270), agents, new ServiceLevelTarget(0.8, 20), Double.NaN, 1));
        assertFalse(meetsErlangC(new Workload(20_000, 900, 270), agents - 1, new ServiceLevelTarget(0.8, 20),
                Double.NaN, 1));
    }

    /** The targets as a planner states them, evaluated with the public Erlang C functions. */
    private static boolean meetsErlangC(Workload w, double agents, ServiceLevelTarget target, double asaTarget,
            double cap) {
        double traffic = w.trafficErlangs();
        if (traffic == 0) {
            return true;
        }
        if (agents < 0 || !ErlangC.isStable(agents, traffic)) {
            return false;
        }
        return ErlangC.serviceLevel(agents, traffic, w.ahtSeconds(), target.answerWithinSeconds()) >= target.share()
                && (Double.isNaN(asaTarget) || ErlangC.averageSpeedOfAnswer(agents, traffic, w.ahtSeconds()) <= asaTarget)
                && ErlangC.occupancy(agents, traffic) <= cap * (1 + 1e-12);
    }

    private static boolean meetsErlangA(Workload w, int agents, double patience, ServiceLevelTarget target,
            double cap) {
        Prediction p = ErlangA.predict(w, agents, patience, target.answerWithinSeconds());
        return p.serviceLevel() >= target.share() && p.occupancy() <= cap * (1 + 1e-12);
    }
}
