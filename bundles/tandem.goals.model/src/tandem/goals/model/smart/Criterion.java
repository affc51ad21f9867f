package tandem.goals.model.smart;

/** The SMART criteria, plus the owner every goal needs. */
public enum Criterion {
    SPECIFIC("Specific"),
    MEASURABLE("Measurable"),
    ACHIEVABLE("Achievable"),
    RELEVANT("Relevant"),
    TIME_BOUND("Time-bound"),
    OWNED("Owner");

    private final String label;

    Criterion(String label) {
        this.label = label;
    }

    /** The criterion as the editor shows it. */
    public String label() {
        return label;
    }
}
