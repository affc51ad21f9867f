package tandem.checks;

import java.util.Map;

/** The parameters of one check, such as "notice lead time in days", with their effective values. */
public final class Parameters {

    private final String checkId;
    private final Map<String, String> values;

    public Parameters(String checkId, Map<String, String> values) {
        this.checkId = checkId;
        this.values = Map.copyOf(values);
    }

    public String value(String id) {
        String value = values.get(id);
        if (value == null) {
            throw new IllegalArgumentException("check '" + checkId + "' has no parameter '" + id + "'");
        }
        return value;
    }

    public int intValue(String id) {
        try {
            return Integer.parseInt(value(id).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parameter '" + id + "' of check '" + checkId + "' is '" + value(id)
                    + "', not a whole number", e);
        }
    }

    public double doubleValue(String id) {
        try {
            return Double.parseDouble(value(id).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parameter '" + id + "' of check '" + checkId + "' is '" + value(id)
                    + "', not a number", e);
        }
    }

    public boolean booleanValue(String id) {
        return Boolean.parseBoolean(value(id).trim());
    }

    public Map<String, String> asMap() {
        return values;
    }
}
