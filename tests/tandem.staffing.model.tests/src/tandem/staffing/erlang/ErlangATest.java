package tandem.staffing.erlang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tandem.staffing.erlang.Figures.assertPublished;
import static tandem.staffing.erlang.Figures.assertRelative;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErlangATest {

    @Test
    void oracleRowWith14Agents() {
        // 100 calls per 30 minutes, AHT 3 min, average patience 5 min, 14 agents, within 20 s.
        Prediction p = ErlangA.predict(new Workload(100, 1800, 180), 14, 300, 20);
        assertPublished("0.14526", p.probabilityOfWait(), "probability of wait");
        assertPublished("0.013984", p.abandonment(), "abandonment");
        assertPublished("0.704297", p.occupancy(), "occupancy");
        assertPublished("0.069919", p.asaSeconds() / 60, "ASA in minutes");
        assertPublished("0.916792", p.serviceLevel(), "service level");
        assertTrue(p.stable());
    }

    @Test
    void asaCountsAllCallersIncludingAbandoned() {
        // The oracle fixes ASA as the mean time in queue of every caller: abandonment × patience.
        Prediction p = ErlangA.predict(10, 14, 180, 300, 20);
        assertEquals(p.abandonment() * 300, p.asaSeconds(), 1e-12);
    }

    @ParameterizedTest(name = "A={0}, N={1}, AHT={2}, patience={3}, within {4} s")
    @CsvSource({"10, 14, 180, 300, 20", "10, 8, 180, 300, 20", "40, 30, 240, 60, 20", "40, 25, 240, 600, 30",
            "5.5, 2, 300, 45, 10", "20, 21, 120, 900, 15", "3, 1, 600, 120, 60", "12, 12, 200, 200, 0"})
    void agreesWithBruteForceMarkovChain(double traffic, int agents, double aht, double patience, double within) {
        double[] expected = Reference.erlangA(traffic, agents, aht, patience, within);
        Prediction p = ErlangA.predict(traffic, agents, aht, patience, within);
        assertRelative(expected[0], p.probabilityOfWait(), 1e-11, "probability of wait");
        assertRelative(expected[1], p.abandonment(), 1e-10, "abandonment");
        assertEquals(expected[2], p.serviceLevel(), 1e-9, "service level");
        assertRelative(expected[3], p.asaSeconds(), 1e-10, "ASA");
        assertRelative(expected[4], p.occupancy(), 1e-11, "occupancy from busy agents");
    }

    @Test
    void stableWithFewerAgentsThanTraffic() {
        // 60 Erlangs on 45 agents: Erlang C has no answer, Erlang A does.
        Prediction p = ErlangA.predict(60, 45, 300, 120, 20);
        assertTrue(p.stable());
        for (double share : new double[] {p.probabilityOfWait(), p.serviceLevel(), p.occupancy(), p.abandonment()}) {
            assertTrue(share >= 0 && share <= 1, "share in [0, 1]: " + share);
        }
        assertTrue(Double.isFinite(p.asaSeconds()));
        // At most N Erlangs can be served, so at least 1 − N/A of the callers must abandon.
        assertTrue(p.abandonment() >= 1 - 45.0 / 60);
        assertTrue(p.probabilityOfWait() > 0.85, "most callers queue");
        assertTrue(p.occupancy() > 0.99, "agents are nearly always busy");
        double[] bruteForce = Reference.erlangA(60, 45, 300, 120, 20);
        assertEquals(bruteForce[0], p.probabilityOfWait(), 1e-11);
        assertEquals(bruteForce[1], p.abandonment(), 1e-11);
        assertEquals(bruteForce[2], p.serviceLevel(), 1e-9);
    }

    @Test
    void largeOverloadWithLongPatienceDoesNotOverflow() {
        Prediction p = ErlangA.predict(5000, 4000, 180, 3600, 20);
        assertTrue(p.stable());
        assertEquals(1 - 4000.0 / 5000, p.abandonment(), 1e-3, "overload: the excess abandons");
        assertTrue(p.serviceLevel() >= 0 && p.serviceLevel() < 1e-6);
        assertTrue(Double.isFinite(p.asaSeconds()));
    }

    @Test
    void largeTrafficBeyondTheTrafficLevelApproachesErlangC() {
        // Very patient callers hardly abandon, so Erlang A tends to Erlang C when N > A.
        Prediction a = ErlangA.predict(5000, 5100, 300, 1e7, 20);
        Prediction c = ErlangC.predict(5000, 5100, 300, 20);
        assertEquals(c.probabilityOfWait(), a.probabilityOfWait(), 1e-4);
        assertEquals(c.serviceLevel(), a.serviceLevel(), 1e-4);
        assertTrue(a.abandonment() < 1e-5);
    }

    @Test
    void noAgentsMeansEveryoneAbandonsAndNoTrafficMeansNobodyWaits() {
        Prediction none = ErlangA.predict(10, 0, 180, 300, 20);
        assertEquals(1, none.abandonment());
        assertEquals(0, none.serviceLevel());
        assertEquals(300, none.asaSeconds());
        Prediction quiet = ErlangA.predict(0, 3, 180, 300, 20);
        assertEquals(0, quiet.probabilityOfWait());
        assertEquals(1, quiet.serviceLevel());
        assertEquals(0, quiet.abandonment());
    }

    @Test
    void moreAgentsNeverHurt() {
        Prediction previous = ErlangA.predict(30, 1, 240, 90, 20);
        for (int agents = 2; agents <= 60; agents++) {
            Prediction p = ErlangA.predict(30, agents, 240, 90, 20);
            assertTrue(p.serviceLevel() > previous.serviceLevel(), "SL at " + agents);
            assertTrue(p.abandonment() < previous.abandonment(), "abandonment at " + agents);
            assertTrue(p.asaSeconds() < previous.asaSeconds(), "ASA at " + agents);
            assertTrue(p.occupancy() <= previous.occupancy(), "occupancy at " + agents);
            previous = p;
        }
    }
}
