package tandem.staffing.erlang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tandem.staffing.erlang.Figures.assertRelative;

import java.math.BigDecimal;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErlangBTest {

    @ParameterizedTest(name = "N={0}, A={1}")
    @CsvSource({"0, 3", "1, 0.001", "1, 2", "3, 2", "10, 4.46", "12, 12", "40, 35.5", "100, 84.06", "250, 180.3",
            "800, 799.5", "2000, 1650"})
    void wholeAgentsMatchExactArithmetic(int agents, String traffic) {
        double expected = Reference.erlangB(agents, new BigDecimal(traffic)).doubleValue();
        assertRelative(expected, ErlangB.blocking(agents, Double.parseDouble(traffic)), 1e-13, "B");
    }

    @ParameterizedTest(name = "N={0}: {1} Erlangs at 1%")
    @CsvSource({"5, 1.36", "10, 4.46", "20, 12.03", "50, 37.90", "100, 84.06"})
    void publishedErlangBTableAtOnePercent(int agents, double traffic) {
        // Source: the standard Erlang B table (grade of service 1%), as printed in telephony
        // handbooks: the largest traffic, to two decimals, that N circuits carry at <= 1% blocking.
        // Each row is also re-derived with 60-digit arithmetic in the reference.
        assertTrue(ErlangB.blocking(agents, traffic) <= 0.01);
        assertTrue(ErlangB.blocking(agents, traffic + 0.01) > 0.01);
        assertTrue(Reference.erlangB(agents, BigDecimal.valueOf(traffic)).doubleValue() <= 0.01);
    }

    @Test
    void edgeValues() {
        assertEquals(1, ErlangB.blocking(0, 5));
        assertEquals(0, ErlangB.blocking(3, 0));
        assertEquals(1, ErlangB.blocking(0, 0));
        assertEquals(2.0 / 3, ErlangB.blocking(1, 2), 1e-15); // A / (1 + A)
        assertEquals(0, ErlangB.blocking(5000, 1), "far below the smallest double");
    }

    @ParameterizedTest(name = "x={0}, A={1}")
    @CsvSource({"0.5, 0.3", "0.5, 2.0", "0.25, 7.5", "1.7, 0.8", "2.5, 3", "7.25, 5.5", "12.6, 10", "30.3, 25.7",
            "45.9, 60.2", "100.5, 97.5", "3.999, 1.5"})
    void fractionalAgentsMatchTheIntegralForm(double agents, double traffic) {
        assertRelative(Reference.erlangBByIntegral(agents, traffic), ErlangB.blocking(agents, traffic), 1e-10,
                "fractional B");
    }

    @Test
    void integralReferenceItselfReproducesWholeAgents() {
        // Guards the reference: at whole agents the integral must give the textbook value.
        assertRelative(Reference.erlangB(14, BigDecimal.TEN).doubleValue(), Reference.erlangBByIntegral(14, 10), 1e-10,
                "integral at N=14");
    }

    @Test
    void fractionalAgreesWithWholeAtWholeNumbersAndIsContinuous() {
        for (double traffic : new double[] {0.4, 3.3, 10, 47.5, 500.25}) {
            for (int agents = 1; agents < 2 * traffic + 10; agents += Math.max(1, (int) (traffic / 20))) {
                double whole = Reference.erlangB(agents, BigDecimal.valueOf(traffic)).doubleValue();
                assertRelative(whole, ErlangB.blocking(agents, traffic), 1e-12, "B at whole N=" + agents);
                assertRelative(whole, ErlangB.blocking(agents - 1e-9, traffic), 1e-7, "B just below N=" + agents);
                assertRelative(whole, ErlangB.blocking(agents + 1e-9, traffic), 1e-7, "B just above N=" + agents);
            }
        }
    }

    @Test
    void fractionalIsMonotoneBetweenWholeNumbers() {
        for (double traffic : new double[] {0.7, 4.2, 23.5, 150.3}) {
            double previous = ErlangB.blocking(0, traffic);
            for (int i = 1; i <= (int) ((2 * traffic + 10) * 100); i++) {
                double agents = i / 100.0;
                double b = ErlangB.blocking(agents, traffic);
                assertTrue(b < previous, "B falls with agents: A=" + traffic + ", x=" + agents);
                assertTrue(b > 0 || previous < 1e-300);
                previous = b;
            }
        }
    }

    @Test
    void largeTrafficAgreesWithLogSpaceReference() {
        for (int agents : new int[] {4000, 4900, 5000, 5001, 5100, 5200, 6000, 6200}) {
            double expected = Reference.erlangBFromLogs(agents, 5000);
            double actual = ErlangB.blocking(agents, 5000);
            assertTrue(actual >= 0 && actual <= 1);
            assertRelative(expected, actual, 1e-10, "B(" + agents + ", 5000)");
        }
    }

    @Test
    void largeTrafficIsFast() {
        // 20,000 evaluations at 5,000 Erlangs and 5,100 agents: a walk from zero would need 10^8
        // steps; the downward sum needs about 600 terms and 100 steps up per evaluation.
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            double sum = 0;
            for (int i = 0; i < 20_000; i++) {
                sum += ErlangB.blocking(5100 + (i % 7), 5000 + (i % 13) * 0.1);
            }
            assertTrue(sum > 0);
        });
    }
}
