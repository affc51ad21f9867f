package tandem.checks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Which checks run and with which parameters. Settings are layered: the contributions' defaults, then the
 * planner's own preferences, then a {@value #FILE_NAME} file kept with the plans (so a team shares them in Git).
 * Keys: {@code <check id>.enabled = false} and {@code <check id>.<parameter id> = value}, and
 * {@value #AS_OF}{@code = 2027-02-15} to check the plans as of that day instead of today (reviewing the plans of a
 * coming season as they will stand on a given day).
 */
public final class CheckSettings {

    public static final String FILE_NAME = "tandem-checks.properties";

    /** The key of the day the checks treat as today, ISO ({@code 2027-02-15}); absent or empty: today. */
    public static final String AS_OF = "checks.asOf";

    private final Map<String, String> values;

    private CheckSettings(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /** Every check enabled, every parameter at its default. */
    public static CheckSettings defaults() {
        return new CheckSettings(Map.of());
    }

    /** These settings overridden by the given keys and values. */
    public CheckSettings with(Map<String, String> overrides) {
        Map<String, String> merged = new HashMap<>(values);
        merged.putAll(overrides);
        return new CheckSettings(merged);
    }

    /** These settings overridden by a settings file; a missing file changes nothing. */
    public CheckSettings withFile(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return this;
        }
        Properties properties = new Properties();
        String text = utf8Text(file);
        try {
            properties.load(new java.io.StringReader(text));
        } catch (IllegalArgumentException e) {
            // A backslash-u escape without four hex digits.
            throw new IOException(file + ":" + lineOfBadEscape(text) + ": " + e.getMessage()
                    + " (write a backslash as \\\\, or a character as \\u followed by four hex digits)", e);
        }
        Map<String, String> overrides = new HashMap<>();
        properties.stringPropertyNames().forEach(key -> overrides.put(key, properties.getProperty(key)));
        return with(overrides);
    }

    /** The file's text, or a message naming the line of the first byte that is not UTF-8. */
    private static String utf8Text(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length);
        java.nio.charset.CoderResult result = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT).decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new IOException(file + ":" + line + String.format(": not UTF-8 text (byte 0x%02X); save the file"
                    + " as UTF-8", bytes[in.position()] & 0xFF));
        }
        out.flip();
        return out.toString();
    }

    private static int lineOfBadEscape(String text) {
        String[] lines = text.split("\n", -1);
        java.util.regex.Pattern bad = java.util.regex.Pattern.compile("(?<!\\\\)\\\\u(?![0-9a-fA-F]{4})");
        for (int i = 0; i < lines.length; i++) {
            if (bad.matcher(lines[i]).find()) {
                return i + 1;
            }
        }
        return 1;
    }

    public boolean isEnabled(CheckDefinition check) {
        return !"false".equalsIgnoreCase(values.getOrDefault(check.id() + ".enabled", "true").trim());
    }

    /** The effective severity of a check (its default unless overridden with {@code <id>.severity}). */
    public Severity severity(CheckDefinition check) {
        String value = values.get(check.id() + ".severity");
        return value == null ? check.defaultSeverity() : Severity.parse(value);
    }

    /** The effective parameters of a check; a value that does not fit the parameter's type falls back to the default. */
    public Parameters parameters(CheckDefinition check) {
        Map<String, String> effective = new HashMap<>();
        for (ParameterDefinition parameter : check.parameters()) {
            String value = values.get(check.id() + "." + parameter.id());
            effective.put(parameter.id(), value != null && parameter.accepts(value) ? value.trim()
                    : parameter.defaultValue());
        }
        return new Parameters(check.id(), effective);
    }

    /**
     * The day the checks treat as today, if the settings name one.
     *
     * @throws IllegalArgumentException when {@value #AS_OF} is not a date such as 2027-02-15
     */
    public Optional<LocalDate> asOf() {
        String value = values.getOrDefault(AS_OF, "").trim();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(AS_OF + " must be a date such as 2027-02-15, not '" + value + "'", e);
        }
    }

    /** The raw keys and values, for preference pages. */
    public Map<String, String> asMap() {
        return values;
    }
}
