package tandem.staffing.erlang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Bad inputs are refused with a message naming the parameter and the value given. */
class InvalidInputTest {

    private static final StaffingCalculator CALCULATOR = StaffingCalculator
            .forServiceLevel(new ServiceLevelTarget(0.8, 20));

    private static void assertRefused(String message, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertEquals(message, e.getMessage());
    }

    @Test
    void workload() {
        assertRefused("calls must be a finite number >= 0, was -5.0", () -> new Workload(-5, 900, 180));
        assertRefused("calls must be a finite number >= 0, was NaN", () -> new Workload(Double.NaN, 900, 180));
        assertRefused("calls must be a finite number >= 0, was Infinity",
                () -> new Workload(Double.POSITIVE_INFINITY, 900, 180));
        assertRefused("intervalSeconds must be a finite number > 0, was 0.0", () -> new Workload(10, 0, 180));
        assertRefused("ahtSeconds must be a finite number > 0, was 0.0", () -> new Workload(10, 900, 0));
        assertRefused("ahtSeconds must be a finite number > 0, was -180.0", () -> new Workload(10, 900, -180));
        assertRefused("ahtSeconds must be a finite number > 0, was NaN", () -> new Workload(10, 900, Double.NaN));
    }

    @Test
    void serviceLevelTarget() {
        assertRefused("share must be in (0, 1], was 0.0", () -> new ServiceLevelTarget(0, 20));
        assertRefused("share must be in (0, 1], was 1.2", () -> new ServiceLevelTarget(1.2, 20));
        assertRefused("share must be in (0, 1], was -0.8", () -> new ServiceLevelTarget(-0.8, 20));
        assertRefused("share must be in (0, 1], was NaN", () -> new ServiceLevelTarget(Double.NaN, 20));
        assertRefused("answerWithinSeconds must be a finite number >= 0, was -20.0",
                () -> new ServiceLevelTarget(0.8, -20));
        assertRefused("serviceLevelTarget must not be null", () -> StaffingCalculator.forServiceLevel(null));
    }

    @Test
    void calculatorSettings() {
        assertRefused("shrinkage must be in [0, 1), was 1.0", () -> CALCULATOR.withShrinkage(1));
        assertRefused("shrinkage must be in [0, 1), was -0.1", () -> CALCULATOR.withShrinkage(-0.1));
        assertRefused("shrinkage must be in [0, 1), was NaN", () -> CALCULATOR.withShrinkage(Double.NaN));
        assertRefused("occupancyCap must be in (0, 1], was 0.0", () -> CALCULATOR.withOccupancyCap(0));
        assertRefused("occupancyCap must be in (0, 1], was 1.05", () -> CALCULATOR.withOccupancyCap(1.05));
        assertRefused("occupancyCap must be in (0, 1], was NaN", () -> CALCULATOR.withOccupancyCap(Double.NaN));
        assertRefused("asaTargetSeconds must be a finite number > 0, was 0.0", () -> StaffingCalculator.forAsa(0));
        assertRefused("asaTargetSeconds must be a finite number > 0, was NaN", () -> CALCULATOR.withAsaTarget(Double.NaN));
        assertRefused("patienceSeconds must be a finite number > 0, was 0.0", () -> CALCULATOR.withPatience(0));
        assertRefused("patienceSeconds must be a finite number > 0, was Infinity",
                () -> CALCULATOR.withPatience(Double.POSITIVE_INFINITY));
        assertRefused("Erlang A (patienceSeconds=300.0) works with whole agents only; drop withFractionalAgents()",
                () -> CALCULATOR.withFractionalAgents().withPatience(300));
        assertRefused("fractional agents are supported for Erlang C only, but patienceSeconds=300.0 selects Erlang A",
                () -> CALCULATOR.withPatience(300).withFractionalAgents());
        assertRefused("Erlang A needs a whole number of agents, was 13.5",
                () -> CALCULATOR.withPatience(300).predict(new Workload(100, 1800, 180), 13.5));
        assertRefused("requiredAgents must be a finite number >= 0, was -1.0", () -> CALCULATOR.scheduledHeads(-1));
    }

    @Test
    void erlangFunctions() {
        assertRefused("agents must be a finite number >= 0, was -1.0", () -> ErlangB.blocking(-1, 5));
        assertRefused("trafficErlangs must be a finite number >= 0, was NaN", () -> ErlangB.blocking(5, Double.NaN));
        assertRefused("agents must be a finite number >= 0, was NaN", () -> ErlangC.serviceLevel(Double.NaN, 5, 180, 20));
        assertRefused("ahtSeconds must be a finite number > 0, was 0.0", () -> ErlangC.serviceLevel(10, 5, 0, 20));
        assertRefused("answerWithinSeconds must be a finite number >= 0, was -1.0",
                () -> ErlangC.serviceLevel(10, 5, 180, -1));
        assertRefused("trafficErlangs must be a finite number >= 0, was -97.5",
                () -> ErlangC.averageSpeedOfAnswer(100, -97.5, 180));
        assertRefused("agents must be a finite number >= 0, was -2.0", () -> ErlangA.predict(10, -2, 180, 300, 20));
        assertRefused("patienceSeconds must be a finite number > 0, was -300.0",
                () -> ErlangA.predict(10, 14, 180, -300, 20));
    }
}
