package tandem.checks;

/** How bad a finding is; in a checklist an item passes, warns or fails. */
public enum Severity {
    INFO, WARNING, ERROR;

    /** Parses {@code info}, {@code warning} or {@code error} (any case). */
    public static Severity parse(String text) {
        return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
