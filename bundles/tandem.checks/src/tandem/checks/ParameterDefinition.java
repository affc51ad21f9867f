package tandem.checks;

/** A parameter of a check, e.g. {@code noticeDays} "Notice lead time in days", default {@code 14}. */
public record ParameterDefinition(String id, String name, String type, String defaultValue, String description) {

    /** Whether the text is a valid value of this parameter's type. */
    public boolean accepts(String value) {
        try {
            switch (type) {
            case "integer" -> Integer.parseInt(value.trim());
            case "number" -> Double.parseDouble(value.trim());
            case "boolean" -> {
                if (!value.trim().equalsIgnoreCase("true") && !value.trim().equalsIgnoreCase("false")) {
                    return false;
                }
            }
            default -> {
                // text accepts anything
            }
            }
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
