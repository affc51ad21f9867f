package tandem.checks.ui;

/**
 * The markers check findings become. One marker type, {@code tandem.checks.problem} (a persistent problem marker),
 * carries the rule id, the checklist, the element's URI and readable path, and the finding's data for quick fixes
 * ({@code data.<key>} attributes).
 */
public final class CheckMarkers {

    public static final String TYPE = "tandem.checks.problem";
    public static final String RULE_ID = "ruleId";
    public static final String CHECKLIST_ID = "checklistId";
    public static final String ELEMENT_URI = tandem.core.ui.editors.ElementProblems.ELEMENT_URI;
    public static final String DATA_PREFIX = "data.";

    /** Rule id of markers for plan files that could not be read. */
    public static final String UNREADABLE = "tandem.unreadable";

    private CheckMarkers() {
    }
}
