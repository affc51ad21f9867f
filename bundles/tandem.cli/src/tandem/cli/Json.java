package tandem.cli;

import java.util.List;
import java.util.Map;

/**
 * Writes JSON values for command output: strings escaped per RFC 8259, numbers without trailing noise, NaN and
 * infinities as {@code null} (JSON has no such numbers). Lists and maps (with string keys, in iteration order)
 * nest.
 */
public final class Json {

    private Json() {
    }

    public static String of(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, "");
        return out.toString();
    }

    /** Pretty-printed with two-space indentation, one property per line. */
    public static String pretty(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, "\n");
        return out.toString();
    }

    private static void write(Object value, StringBuilder out, String newline) {
        String inner = newline.isEmpty() ? "" : newline + "  ";
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            string(text, out);
        } else if (value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                out.append("null");
            } else if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                out.append((long) d);
            } else {
                out.append(d);
            }
        } else if (value instanceof Number) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.append(first ? "" : ",").append(inner);
                first = false;
                string(String.valueOf(entry.getKey()), out);
                out.append(newline.isEmpty() ? ":" : ": ");
                write(entry.getValue(), out, inner);
            }
            out.append(first ? "" : newline).append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            boolean first = true;
            for (Object item : list) {
                out.append(first ? "" : ",").append(inner);
                first = false;
                write(item, out, inner);
            }
            out.append(first ? "" : newline).append(']');
        } else {
            string(value.toString(), out);
        }
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
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
        out.append('"');
    }
}
