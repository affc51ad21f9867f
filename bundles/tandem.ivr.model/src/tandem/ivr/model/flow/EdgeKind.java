package tandem.ivr.model.flow;

/** Why a call goes from one node to the next. */
public enum EdgeKind {
    /** An entry point's first node. */
    START("starts with"),
    /** The node has finished and the flow goes on (prompt, message, self-service). */
    NEXT("then"),
    /** The caller chose a menu option by key or phrase. */
    OPTION("option"),
    /** The caller entered valid digits. */
    VALID_INPUT("valid input"),
    /** The caller was not understood as often as the retries allow. */
    NO_MATCH("no match"),
    /** The caller said nothing as often as the retries allow. */
    NO_INPUT("no input"),
    /** The opening hours are open. */
    OPEN("open"),
    /** The opening hours are closed. */
    CLOSED("closed"),
    /** The day is a closed holiday. */
    HOLIDAY("holiday"),
    /** An external step (a Lambda function, an attribute update) finished and took one of its exits. */
    EXIT("exit"),
    /** An external step failed and took one of its error exits. */
    ERROR("error");

    private final String text;

    EdgeKind(String text) {
        this.text = text;
    }

    /** How planners read the edge ("no match", "open"). */
    public String text() {
        return text;
    }
}
