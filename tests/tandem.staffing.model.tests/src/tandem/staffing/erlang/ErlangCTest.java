package tandem.staffing.erlang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tandem.staffing.erlang.Figures.assertPublished;
import static tandem.staffing.erlang.Figures.assertRelative;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErlangCTest {

    @Test
    void oracleServiceLevelAt97point5Erlangs() {
        assertPublished("0.411537", ErlangC.serviceLevel(100, 97.5, 180, 15), "SL within 15 s");
        assertPublished("0.638087", ErlangC.serviceLevel(100, 97.5, 180, 50), "SL within 50 s");
    }

    @Test
    void oracleAsaAt95Erlangs() {
        // The oracle prints 30.387409; 60-digit arithmetic gives 30.3874112 (checked below), so the
        // two agree to 6 significant figures but not in the 8th.
        assertPublished("30.387409", ErlangC.averageSpeedOfAnswer(100, 95, 300), "ASA");
        assertRelative(Reference.erlangCAsa(100, "95", 300), ErlangC.averageSpeedOfAnswer(100, 95, 300), 1e-13, "ASA");
    }

    @Test
    void oracleRowsAgreeWithExactArithmetic() {
        assertRelative(Reference.erlangCServiceLevel(100, "97.5", 180, 15), ErlangC.serviceLevel(100, 97.5, 180, 15),
                1e-13, "SL 15 s");
        assertRelative(Reference.erlangCServiceLevel(100, "97.5", 180, 50), ErlangC.serviceLevel(100, 97.5, 180, 50),
                1e-13, "SL 50 s");
    }

    @Test
    void oracleCallCentreExampleWith14Agents() {
        // 100 calls per 30 minutes, AHT 180 s: 10 Erlangs.
        Prediction p = ErlangC.predict(new Workload(100, 1800, 180), 14, 20);
        assertEquals(10, p.trafficErlangs(), 1e-12);
        assertPublished("0.17413", p.probabilityOfWait(), "probability of wait");
        assertPublished("0.88835", p.serviceLevel(), "service level");
        assertPublished("7.836", p.asaSeconds(), "ASA");
        assertPublished("0.7143", p.occupancy(), "occupancy");
        assertTrue(Double.isNaN(p.abandonment()), "Erlang C has no abandonment");
        assertTrue(p.stable());
        assertEquals("", p.note());
        assertRelative(Reference.erlangC(14, BigDecimal.TEN).doubleValue(), p.probabilityOfWait(), 1e-14, "C");
    }

    @Test
    void wolframDocumentationExample() {
        // Source: Wolfram Language documentation of ErlangC, basic example ErlangC[3, 2] = 4/9.
        // By hand: B(3, 2) = (8/6) / (1 + 2 + 2 + 8/6) = 4/19, C = 3B / (3 − 2(1 − B)) = 4/9.
        assertEquals(4.0 / 9, ErlangC.probabilityOfWait(3, 2), 1e-15);
        assertEquals(4.0 / 9, Reference.erlangC(3, BigDecimal.valueOf(2)).doubleValue(), 1e-15);
    }

    @Test
    void erlangCFormulaTutorialExample() {
        // Source: the widely reproduced step-by-step tutorial "The Erlang-C Formula": 360 calls per
        // half hour, 4-minute calls, 55 agents, 15 s answer time. Its results, rounded as printed
        // there: 48 Erlangs, occupancy 87%, probability of waiting 24%, ASA 8.2 s, service level
        // 85%. The 60-digit reference (not the code under test) confirms them to full precision.
        Workload workload = new Workload(360, 1800, 240);
        Prediction p = ErlangC.predict(workload, 55, 15);
        assertEquals(48, p.trafficErlangs(), 1e-12);
        assertEquals(0.87, p.occupancy(), 0.005);
        assertEquals(0.24, p.probabilityOfWait(), 0.005);
        assertEquals(8.2, p.asaSeconds(), 0.05);
        assertEquals(0.85, p.serviceLevel(), 0.005);
        assertRelative(Reference.erlangC(55, BigDecimal.valueOf(48)).doubleValue(), p.probabilityOfWait(), 1e-13, "C");
        assertRelative(Reference.erlangCAsa(55, "48", 240), p.asaSeconds(), 1e-13, "ASA");
        assertRelative(Reference.erlangCServiceLevel(55, "48", 240, 15), p.serviceLevel(), 1e-13, "SL");
    }

    @ParameterizedTest(name = "N={0}, A={1}")
    @CsvSource({"1, 0.5", "2, 1.2", "7, 6.9", "25, 20", "55, 48", "120, 101.25", "300, 285.5", "1000, 960"})
    void matchesExactArithmeticAcrossSizes(int agents, String traffic) {
        double a = Double.parseDouble(traffic);
        assertRelative(Reference.erlangC(agents, new BigDecimal(traffic)).doubleValue(),
                ErlangC.probabilityOfWait(agents, a), 1e-13, "probability of wait");
        assertRelative(Reference.erlangCServiceLevel(agents, traffic, 300, 20), ErlangC.serviceLevel(agents, a, 300, 20),
                1e-13, "service level");
        assertRelative(Reference.erlangCAsa(agents, traffic, 300), ErlangC.averageSpeedOfAnswer(agents, a, 300), 1e-13,
                "ASA");
    }

    @Test
    void unstableQueueIsFlaggedNotThrown() {
        Prediction p = ErlangC.predict(97.5, 95, 180, 20);
        assertFalse(p.stable());
        assertEquals(1, p.probabilityOfWait());
        assertEquals(0, p.serviceLevel());
        assertEquals(Double.POSITIVE_INFINITY, p.asaSeconds());
        assertEquals(1, p.occupancy());
        assertTrue(p.note().startsWith("unstable queue: 95.0 agents cannot keep up with 97.5 Erlangs"), p.note());

        Prediction exactlyLoaded = ErlangC.predict(10, 10, 180, 20);
        assertFalse(exactlyLoaded.stable(), "agents equal to traffic is still unstable");
        assertFalse(ErlangC.isStable(10, 10));
        assertTrue(ErlangC.isStable(10.000001, 10));
        assertEquals(0, ErlangC.serviceLevel(9, 10, 180, 20));
        assertEquals(Double.POSITIVE_INFINITY, ErlangC.averageSpeedOfAnswer(9, 10, 180));
        assertEquals(1, ErlangC.probabilityOfWait(9, 10));
    }

    @Test
    void zeroTrafficNeedsNobodyAndNobodyWaits() {
        Prediction none = ErlangC.predict(new Workload(0, 900, 300), 0, 20);
        assertTrue(none.stable());
        assertEquals(0, none.probabilityOfWait());
        assertEquals(1, none.serviceLevel());
        assertEquals(0, none.asaSeconds());
        assertEquals(0, none.occupancy());
        assertEquals(0, ErlangC.probabilityOfWait(3, 0));
    }

    @Test
    void answerWithinZeroIsTheShareAnsweredAtOnce() {
        assertEquals(1 - ErlangC.probabilityOfWait(14, 10), ErlangC.serviceLevel(14, 10, 180, 0), 1e-15);
    }

    @Test
    void fractionalAgentsMoveServiceLevelSmoothlyBetweenWholeNumbers() {
        double previous = ErlangC.serviceLevel(13, 10, 180, 20);
        for (int i = 1; i <= 100; i++) {
            double agents = 13 + i / 100.0;
            double sl = ErlangC.serviceLevel(agents, 10, 180, 20);
            assertTrue(sl > previous, "service level rises with agents at " + agents);
            assertTrue(sl - previous < 0.01, "no jump at " + agents);
            previous = sl;
        }
        assertEquals(ErlangC.serviceLevel(14, 10, 180, 20), previous, 1e-15);
    }

    @Test
    void largeTrafficStaysFiniteAndAgreesWithLogSpaceReference() {
        double traffic = 5000;
        double aht = 300;
        for (int agents : new int[] {5001, 5020, 5050, 5100, 5150, 5200, 5500, 6000, 6500}) {
            double b = Reference.erlangBFromLogs(agents, traffic);
            double c = agents * b / (agents - traffic + traffic * b);
            double sl = 1 - c * Math.exp(-(agents - traffic) * 20 / aht);
            double asa = c * aht / (agents - traffic);

            Prediction p = ErlangC.predict(traffic, agents, aht, 20);
            assertTrue(p.stable());
            for (double share : new double[] {p.probabilityOfWait(), p.serviceLevel(), p.occupancy()}) {
                assertTrue(share >= 0 && share <= 1, "share in [0, 1] at N=" + agents + ": " + share);
            }
            assertTrue(Double.isFinite(p.asaSeconds()));
            if (c > 1e-290) {
                assertRelative(c, p.probabilityOfWait(), 1e-9, "probability of wait at N=" + agents);
                assertRelative(asa, p.asaSeconds(), 1e-9, "ASA at N=" + agents);
            }
            assertEquals(sl, p.serviceLevel(), 1e-12, "service level at N=" + agents);
        }
    }
}
