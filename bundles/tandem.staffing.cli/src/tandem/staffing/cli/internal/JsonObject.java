package tandem.staffing.cli.internal;

/**
 * A flat JSON object of numbers, booleans and strings, written by hand: numbers in Java's shortest round-trip form
 * (valid JSON), whole numbers without ".0", NaN and infinities as null (JSON has no such numbers); strings escaped
 * per RFC 8259.
 */
final class JsonObject {

    private final StringBuilder text = new StringBuilder("{");

    JsonObject number(String name, double value) {
        return raw(name, json(value));
    }

    JsonObject bool(String name, boolean value) {
        return raw(name, Boolean.toString(value));
    }

    JsonObject string(String name, String value) {
        return raw(name, quote(value));
    }

    private JsonObject raw(String name, String value) {
        if (text.length() > 1) {
            text.append(',');
        }
        text.append(quote(name)).append(':').append(value);
        return this;
    }

    static String json(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "null";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    static String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
            case '"' -> out.append("\\\"");
            case '\\' -> out.append("\\\\");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            case '\b' -> out.append("\\b");
            case '\f' -> out.append("\\f");
            default -> {
                if (c < 0x20) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
            }
        }
        return out.append('"').toString();
    }

    @Override
    public String toString() {
        return text + "}";
    }
}
