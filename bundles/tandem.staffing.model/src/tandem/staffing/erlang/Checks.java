package tandem.staffing.erlang;

/**
 * Input validation shared by the Erlang classes. Every message names the parameter and the value
 * it was given, so a planner can find the bad cell in a forecast.
 */
final class Checks {

    private Checks() {
    }

    /** A finite number ≥ 0 (volumes, traffic, agents, answer-within seconds). */
    static double nonNegative(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number >= 0, was " + value);
        }
        return value;
    }

    /** A finite number &gt; 0 (interval length, handle time, patience, ASA target). */
    static double positive(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number > 0, was " + value);
        }
        return value;
    }

    /** A share in (0, 1] (service-level share, occupancy cap). */
    static double shareAboveZero(String name, double value) {
        if (!(value > 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be in (0, 1], was " + value);
        }
        return value;
    }

    /** A share in [0, 1) (shrinkage: 1 would mean nobody is ever available). */
    static double shareBelowOne(String name, double value) {
        if (!(value >= 0 && value < 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1), was " + value);
        }
        return value;
    }
}
