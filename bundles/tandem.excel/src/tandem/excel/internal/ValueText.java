package tandem.excel.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Model values as text and back: for values inside list cells ({@code 0.5; 0.3; 0.2}), for values typed as text
 * where Excel would hold a number or a date, and for messages. Parsing is forgiving about form (ISO dates, times
 * without leading zero, percentages, {@code yes}/{@code no}) and strict about content.
 */
public final class ValueText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private ValueText() {
    }

    /** The value as it would be typed. */
    public static String format(Object value, EDataType type) {
        if (value == null) {
            return "";
        }
        if (value instanceof EEnumLiteral literal) {
            return ValueKind.readable(literal);
        }
        if (value instanceof org.eclipse.emf.common.util.Enumerator enumerator && type instanceof EEnum e) {
            EEnumLiteral literal = e.getEEnumLiteral(enumerator.getValue());
            return literal == null ? enumerator.getLiteral() : ValueKind.readable(literal);
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return Double.toString(d);
            }
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Number || value instanceof String) {
            return value.toString();
        }
        if (value instanceof Boolean b) {
            return b ? "yes" : "no";
        }
        if (value instanceof LocalTime time) {
            return time.getSecond() == 0 && time.getNano() == 0 ? TIME.format(time) : time.toString();
        }
        if (value instanceof LocalDateTime dateTime) {
            return dateTime.toLocalDate() + " " + format(dateTime.toLocalTime(), type);
        }
        if (value instanceof LocalDate) {
            return value.toString();
        }
        return type == null ? value.toString() : EcoreUtil.convertToString(type, value);
    }

    /**
     * Parses typed text into a value of the data type.
     *
     * @throws BadValue naming the text and what was expected
     */
    public static Object parse(String text, EDataType type) throws BadValue {
        String t = text.trim();
        ValueKind kind = ValueKind.of(type);
        Class<?> c = type.getInstanceClass();
        switch (kind) {
        case TEXT:
            return text;
        case WHOLE_NUMBER:
            return whole(t, c);
        case NUMBER:
            return decimal(t, c);
        case YES_NO:
            return yesNo(t);
        case DATE:
            return date(t);
        case TIME:
            return time(t);
        case DATE_TIME:
            return dateTime(t);
        case CHOICE:
            return choice(t, (EEnum) type);
        default:
            try {
                return EcoreUtil.createFromString(type, t);
            } catch (RuntimeException e) {
                throw new BadValue("'" + t + "' is not a valid " + Names.words(type.getName()));
            }
        }
    }

    /** A whole number of the instance class, from a value Excel holds as a double. */
    public static Object whole(double number, Class<?> c, String shown) throws BadValue {
        if (Double.isNaN(number) || Double.isInfinite(number) || number != Math.rint(number)) {
            throw new BadValue("'" + shown + "' is not a whole number");
        }
        if (c == BigInteger.class) {
            return BigDecimal.valueOf(number).toBigInteger();
        }
        return narrow((long) number, c, shown, Math.abs(number) > Long.MAX_VALUE);
    }

    private static Object whole(String t, Class<?> c) throws BadValue {
        String digits = t.replace("_", "");
        try {
            if (c == BigInteger.class) {
                return new BigDecimal(digits).toBigIntegerExact();
            }
            BigDecimal exact = new BigDecimal(digits);
            return narrow(exact.longValueExact(), c, t, false);
        } catch (NumberFormatException | ArithmeticException e) {
            try {
                new BigDecimal(digits);
                throw new BadValue("'" + t + "' is not a whole number");
            } catch (NumberFormatException notNumber) {
                throw new BadValue("'" + t + "' is not a number");
            }
        }
    }

    private static Object narrow(long value, Class<?> c, String shown, boolean overflow) throws BadValue {
        long min;
        long max;
        if (c == int.class || c == Integer.class) {
            min = Integer.MIN_VALUE;
            max = Integer.MAX_VALUE;
        } else if (c == short.class || c == Short.class) {
            min = Short.MIN_VALUE;
            max = Short.MAX_VALUE;
        } else if (c == byte.class || c == Byte.class) {
            min = Byte.MIN_VALUE;
            max = Byte.MAX_VALUE;
        } else {
            min = Long.MIN_VALUE;
            max = Long.MAX_VALUE;
        }
        if (overflow || value < min || value > max) {
            throw new BadValue("'" + shown + "' is too large");
        }
        if (c == int.class || c == Integer.class) {
            return (int) value;
        }
        if (c == short.class || c == Short.class) {
            return (short) value;
        }
        if (c == byte.class || c == Byte.class) {
            return (byte) value;
        }
        return value;
    }

    /** A decimal of the instance class. */
    public static Object decimal(double number, Class<?> c) {
        if (c == float.class || c == Float.class) {
            return (float) number;
        }
        if (c == BigDecimal.class) {
            return BigDecimal.valueOf(number);
        }
        return number;
    }

    private static Object decimal(String t, Class<?> c) throws BadValue {
        String s = t.replace("_", "");
        boolean percent = s.endsWith("%");
        if (percent) {
            s = s.substring(0, s.length() - 1).trim();
        }
        try {
            if (c == BigDecimal.class) {
                BigDecimal d = new BigDecimal(s);
                return percent ? d.movePointLeft(2) : d;
            }
            if (!s.matches("[+-]?(NaN|Infinity|(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?)")) {
                throw new NumberFormatException();
            }
            double d = Double.parseDouble(s);
            return decimal(percent ? d / 100 : d, c);
        } catch (NumberFormatException e) {
            throw new BadValue("'" + t + "' is not a number");
        }
    }

    private static Boolean yesNo(String t) throws BadValue {
        switch (t.toLowerCase(Locale.ROOT)) {
        case "yes", "y", "true", "1", "x":
            return Boolean.TRUE;
        case "no", "n", "false", "0":
            return Boolean.FALSE;
        default:
            throw new BadValue("'" + t + "' is not yes or no");
        }
    }

    private static LocalDate date(String t) throws BadValue {
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw new BadValue("'" + t + "' is not a date");
        }
    }

    private static LocalTime time(String t) throws BadValue {
        String s = t.length() >= 4 && t.charAt(1) == ':' ? "0" + t : t;
        try {
            return LocalTime.parse(s);
        } catch (DateTimeParseException e) {
            throw new BadValue("'" + t + "' is not a time of day");
        }
    }

    private static LocalDateTime dateTime(String t) throws BadValue {
        String s = t.replace('T', ' ');
        int space = s.indexOf(' ');
        try {
            if (space < 0) {
                return LocalDate.parse(s).atStartOfDay();
            }
            return LocalDate.parse(s.substring(0, space)).atTime(time(s.substring(space + 1).trim()));
        } catch (DateTimeParseException | BadValue e) {
            throw new BadValue("'" + t + "' is not a date and time");
        }
    }

    private static Object choice(String t, EEnum type) throws BadValue {
        String wanted = Names.loose(t);
        for (EEnumLiteral literal : type.getELiterals()) {
            if (Names.loose(literal.getLiteral()).equals(wanted) || Names.loose(literal.getName()).equals(wanted)) {
                return type.getEPackage().getEFactoryInstance().createFromString(type, literal.getLiteral());
            }
        }
        String what = Names.words(type.getName());
        throw new BadValue("'" + t + "' is not " + ("aeiou".indexOf(what.charAt(0)) >= 0 ? "an " : "a ") + what
                + " (one of "
                + type.getELiterals().stream().map(ValueKind::readable).collect(Collectors.joining(", ")) + ")");
    }
}
