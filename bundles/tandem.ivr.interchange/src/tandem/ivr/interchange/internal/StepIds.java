package tandem.ivr.interchange.internal;

/**
 * Node ids from action identifiers and state names: the same text where it is a safe id, otherwise each unsafe
 * character written as {@code _xHHHH_}, so that distinct identifiers keep distinct ids and an export finds the
 * action of each node again.
 */
public final class StepIds {

    private StepIds() {
    }

    public static String of(String identifier) {
        StringBuilder id = new StringBuilder();
        for (char c : identifier.toCharArray()) {
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.'
                    || c == '_') {
                id.append(c);
            } else {
                id.append(String.format("_x%04X_", (int) c));
            }
        }
        return id.toString();
    }
}
