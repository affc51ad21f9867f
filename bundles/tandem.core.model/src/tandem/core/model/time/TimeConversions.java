package tandem.core.model.time;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EDataType.Internal.ConversionDelegate;

/**
 * Converts the model's date and time types to and from their ISO-8601 text in plan files ({@code 2026-03-01},
 * {@code 08:30}, {@code 2026-03-01T08:30}). Registered for data types annotated with {@value #URI}, through the
 * extension point {@code org.eclipse.emf.ecore.conversion_delegate}, and by {@link #register()} outside OSGi.
 */
public class TimeConversions implements ConversionDelegate.Factory {

    public static final String URI = "http://tandem.dev/time";

    /** Registers the conversions when running without the extension registry (plain Java). */
    public static void register() {
        ConversionDelegate.Factory.Registry.INSTANCE.putIfAbsent(URI, new TimeConversions());
    }

    @Override
    public ConversionDelegate createConversionDelegate(EDataType type) {
        Class<?> instanceClass = type.getInstanceClass();
        if (instanceClass == LocalDate.class) {
            return new Iso(type, LocalDate::parse);
        }
        if (instanceClass == LocalTime.class) {
            return new Iso(type, LocalTime::parse);
        }
        if (instanceClass == LocalDateTime.class) {
            return new Iso(type, LocalDateTime::parse);
        }
        return null;
    }

    private static final class Iso implements ConversionDelegate {
        private final EDataType type;
        private final java.util.function.Function<String, Object> parser;

        Iso(EDataType type, java.util.function.Function<String, Object> parser) {
            this.type = type;
            this.parser = parser;
        }

        @Override
        public String convertToString(Object value) {
            return value == null ? null : value.toString();
        }

        @Override
        public Object createFromString(String literal) {
            if (literal == null || literal.isBlank()) {
                return null;
            }
            try {
                return parser.apply(literal.trim());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + literal + "' is not a valid " + type.getName()
                        + " (expected ISO form such as " + example() + ")", e);
            }
        }

        private String example() {
            Class<?> c = type.getInstanceClass();
            return c == LocalDate.class ? "2026-03-01" : c == LocalTime.class ? "08:30" : "2026-03-01T08:30";
        }
    }
}
