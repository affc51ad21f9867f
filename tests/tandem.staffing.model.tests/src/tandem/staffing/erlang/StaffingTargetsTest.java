package tandem.staffing.erlang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 14 item 9: the abandonment target, the ASA of answered calls next to the ASA of all callers, and extreme
 * inputs that must give a result or a clear message.
 */
class StaffingTargetsTest {

    private static final MathContext PRECISION = new MathContext(40);

    /**
     * Independent reference from the birth-death chain of M/M/N+M in 40 digits: p(N+j) ∝ p(N)·Π λ/(Nμ + iθ); a caller
     * who finds j callers queued is answered with probability a/(a+j+1) (a = Nμ/θ) after an expected wait, when
     * answered, of (1/θ)·Σ_{i=1..j+1} 1/(a+i) (the callers ahead leave one by one at Nμ + iθ).
     *
     * @return {abandonment, ASA of all callers, ASA of answered calls}
     */
    static double[] reference(double traffic, int agents, double aht, double patience) {
        BigDecimal mu = BigDecimal.ONE.divide(BigDecimal.valueOf(aht), PRECISION);
        BigDecimal theta = BigDecimal.ONE.divide(BigDecimal.valueOf(patience), PRECISION);
        BigDecimal lambda = BigDecimal.valueOf(traffic).multiply(mu, PRECISION);
        BigDecimal a = BigDecimal.valueOf(agents).multiply(mu).divide(theta, PRECISION);
        BigDecimal term = BigDecimal.ONE;
        BigDecimal total = BigDecimal.ONE;
        for (int k = 1; k <= agents; k++) {
            term = term.multiply(lambda).divide(mu.multiply(BigDecimal.valueOf(k)), PRECISION);
            total = total.add(term, PRECISION);
        }
        BigDecimal abandoned = BigDecimal.ZERO; // Σ p(N+j)·(j+1)/(a+j+1)
        BigDecimal waitAnswered = BigDecimal.ZERO; // Σ p(N+j)·E[V; answered | j]
        BigDecimal queued = term; // p(N+j), unnormalized; p(N) is already in the total
        BigDecimal harmonic = BigDecimal.ZERO;
        BigDecimal busyRate = mu.multiply(BigDecimal.valueOf(agents));
        BigDecimal negligible = new BigDecimal("1e-35");
        for (int j = 0; j < 1_000_000; j++) {
            if (j > 0) {
                queued = queued.multiply(lambda)
                        .divide(busyRate.add(theta.multiply(BigDecimal.valueOf(j))), PRECISION);
                total = total.add(queued, PRECISION);
            }
            BigDecimal aj1 = a.add(BigDecimal.valueOf(j + 1));
            harmonic = harmonic.add(BigDecimal.ONE.divide(aj1, PRECISION), PRECISION);
            BigDecimal served = a.divide(aj1, PRECISION);
            abandoned = abandoned.add(queued.multiply(BigDecimal.ONE.subtract(served)), PRECISION);
            waitAnswered = waitAnswered.add(queued.multiply(served).multiply(harmonic).divide(theta, PRECISION),
                    PRECISION);
            boolean falling = lambda.compareTo(busyRate.add(theta.multiply(BigDecimal.valueOf(j + 1)))) < 0;
            if (falling && queued.compareTo(total.multiply(negligible)) < 0) {
                break;
            }
        }
        // E[min(V, τ)] = P(abandon)/θ for exponential patience: the all-callers ASA.
        BigDecimal waitAll = abandoned.divide(theta, PRECISION);
        BigDecimal abandonment = abandoned.divide(total, PRECISION);
        BigDecimal answeredShare = BigDecimal.ONE.subtract(abandonment);
        return new double[] { abandonment.doubleValue(), waitAll.divide(total, PRECISION).doubleValue(),
                waitAnswered.divide(total, PRECISION).divide(answeredShare, PRECISION).doubleValue() };
    }

    @ParameterizedTest(name = "A={0}, N={1}, AHT={2}, patience={3}")
    @CsvSource({ "10, 14, 180, 300", "10, 8, 180, 300", "40, 30, 240, 60", "5.5, 2, 300, 45", "20, 21, 120, 900",
            "12, 12, 200, 200", "3, 1, 600, 120", "100, 104, 180, 120" })
    void answeredAsaAgreesWithTheChain(double traffic, int agents, double aht, double patience) {
        double[] expected = reference(traffic, agents, aht, patience);
        Prediction p = ErlangA.predict(traffic, agents, aht, patience, 20);
        assertEquals(expected[0], p.abandonment(), 1e-12 + 1e-10 * expected[0], "abandonment");
        assertEquals(expected[1], p.asaSeconds(), 1e-9 * expected[1], "ASA of all callers");
        assertEquals(expected[2], p.asaAnsweredSeconds(), 1e-9 * expected[2], "ASA of answered calls");
    }

    @Test
    void answeredAsaDiffersFromAllCallersWhenCallersAbandon() {
        // 40 Erlangs on 30 agents, patience 1 minute: many callers abandon after a long wait.
        Prediction p = ErlangA.predict(40, 30, 240, 60, 20);
        assertTrue(p.abandonment() > 0.2);
        assertTrue(Math.abs(p.asaAnsweredSeconds() - p.asaSeconds()) > 0.1, p.toString());
        Prediction even = ErlangA.predict(12, 12, 200, 200, 20);
        assertTrue(Math.abs(even.asaAnsweredSeconds() - even.asaSeconds()) > 1, even.toString());
    }

    @Test
    void inErlangCEveryCallerIsAnsweredSoBothAsasAgree() {
        Prediction p = ErlangC.predict(new Workload(100, 1800, 180), 12, 20);
        assertEquals(p.asaSeconds(), p.asaAnsweredSeconds());
        assertTrue(p.asaSeconds() > 0);
        Prediction unstable = ErlangC.predict(new Workload(100, 1800, 180), 10, 20);
        assertEquals(Double.POSITIVE_INFINITY, unstable.asaAnsweredSeconds());
    }

    @Test
    void nobodyAnsweredHasNoAnsweredAsa() {
        assertTrue(Double.isNaN(ErlangA.predict(10, 0, 180, 60, 20).asaAnsweredSeconds()));
    }

    @Test
    void theAbandonmentTargetLimitsAbandonment() {
        // 5,000 Erlangs, AHT 180 s, patience 120 s: 80/20 alone is met while 13% of callers hang up.
        Workload workload = new Workload(25_000, 900, 180);
        StaffingCalculator serviceLevelOnly = StaffingCalculator.forServiceLevel(new ServiceLevelTarget(0.8, 20))
                .withPatience(120);
        assertTrue(serviceLevelOnly.requirement(workload).abandonment() > 0.13);

        StaffingCalculator withAbandonment = serviceLevelOnly.withAbandonmentTarget(0.05);
        StaffingRequirement requirement = withAbandonment.requirement(workload);
        int agents = (int) requirement.requiredAgents();
        assertTrue(requirement.abandonment() <= 0.05, requirement.toString());
        assertTrue(requirement.serviceLevel() >= 0.8);
        assertTrue(ErlangA.predict(workload, agents - 1, 120, 20).abandonment() > 0.05, "the smallest such number");
    }

    @Test
    void theAbandonmentTargetAgreesWithTheChain() {
        // 10 Erlangs, AHT 180 s, patience 60 s, at most 3% abandon: the smallest N by the reference chain.
        int expected = 0;
        for (int n = 1; n < 40; n++) {
            if (reference(10, n, 180, 60)[0] <= 0.03) {
                expected = n;
                break;
            }
        }
        StaffingCalculator calculator = StaffingCalculator.forAbandonment(0.03).withPatience(60);
        assertEquals(expected, calculator.requiredAgents(new Workload(50, 900, 180)));
        assertTrue(expected > 10, "more agents than Erlangs for 3%: " + expected);
    }

    @Test
    void anAbandonmentTargetNeedsErlangA() {
        StaffingCalculator erlangC = StaffingCalculator.forAbandonment(0.05);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> erlangC.requiredAgents(new Workload(100, 900, 180)));
        assertTrue(e.getMessage().contains("patience"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> StaffingCalculator.forAbandonment(0));
        assertThrows(IllegalArgumentException.class,
                () -> StaffingCalculator.forAsa(20).withFractionalAgents().withAbandonmentTarget(0.05));
    }

    @ParameterizedTest(name = "A={0}, N={1}")
    @CsvSource({ "10, 11", "1000.5, 1001", "100000.5, 100001", "5000, 5000", "5000, 4999", "3, 7" })
    void astronomicalPatienceIsErlangCWithoutArithmeticException(double traffic, int agents) {
        Prediction a = ErlangA.predict(traffic, agents, 180, 1e14, 20);
        assertTrue(a.stable());
        for (double share : new double[] { a.probabilityOfWait(), a.serviceLevel(), a.abandonment(),
                a.occupancy() }) {
            assertTrue(share >= 0 && share <= 1, a.toString());
        }
        assertTrue(a.asaSeconds() >= 0 && a.asaAnsweredSeconds() >= 0, a.toString());
        if (agents > traffic) {
            // Nobody hangs up within a patience of three million years: Erlang C's answer.
            Prediction c = ErlangC.predict(traffic, agents, 180, 20);
            assertEquals(c.probabilityOfWait(), a.probabilityOfWait(), 1e-6 * c.probabilityOfWait());
            assertEquals(c.serviceLevel(), a.serviceLevel(), 1e-6);
            assertEquals(c.asaSeconds(), a.asaAnsweredSeconds(), 1e-4 * c.asaSeconds() + 1e-9);
            assertTrue(a.abandonment() < 1e-9);
        }
    }

    @Test
    void astronomicalPatienceStillStaffs() {
        Workload workload = new Workload(5_000_000, 900, 180); // 1,000,000 Erlangs
        double erlangA = StaffingCalculator.forServiceLevel(new ServiceLevelTarget(0.8, 20)).withPatience(1e14)
                .requiredAgents(workload);
        double erlangC = StaffingCalculator.forServiceLevel(new ServiceLevelTarget(0.8, 20)).requiredAgents(workload);
        assertEquals(erlangC, erlangA, 1);
    }

    @Test
    void theUniformExpansionAgreesWithTheSeriesWhereBothWork() {
        for (double a : new double[] { 1e5, 1e6, 1e7 }) {
            for (double offset : new double[] { -5, -1, -0.1, 0, 0.5, 3 }) {
                double x = a + offset * Math.sqrt(a);
                if (x >= a + 1) {
                    continue; // the series is the reference only below a + 1
                }
                double[] series = GammaFunctions.queueSum(a, x);
                double[] uniform = GammaFunctions.uniformQueueSum(a, x);
                assertEquals(series[0], uniform[0], 1e-12 * series[0], "ln T at a=" + a + ", x=" + x);
                assertEquals(series[1], uniform[1], 1e-9 * series[1], "T'/T at a=" + a + ", x=" + x);
            }
        }
    }

    @Test
    void hugeWorkloadsGetAClearMessageNotANegativeCount() {
        StaffingCalculator calculator = StaffingCalculator.forServiceLevel(new ServiceLevelTarget(0.8, 20));
        IllegalArgumentException tooMany = assertThrows(IllegalArgumentException.class,
                () -> calculator.requiredAgents(new Workload(1e12, 900, 180)));
        assertTrue(tooMany.getMessage().contains("check the calls, AHT and interval length"), tooMany.getMessage());
        IllegalArgumentException infinite = assertThrows(IllegalArgumentException.class,
                () -> new Workload(1e300, 1e-300, 1e300));
        assertTrue(infinite.getMessage().contains("finite traffic"), infinite.getMessage());
        // A tiny interval with ordinary calls: a large but finite answer.
        double agents = calculator.requiredAgents(new Workload(1_000, 1, 180));
        assertTrue(agents > 180_000 && agents < 181_000, "agents " + agents);
        assertFalse(agents < 0);
    }
}
