package tandem.excel.internal.read;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;

import tandem.excel.internal.BadValue;
import tandem.excel.internal.ExcelDates;
import tandem.excel.internal.ValueKind;
import tandem.excel.internal.ValueText;

/**
 * Converts cells to attribute values. Real Excel numbers, dates and booleans are taken as they are; the same values
 * typed as text are accepted too (numbers stored as text, ISO dates typed by hand). A formula counts as the result
 * the file holds for it. A value of the wrong kind, an Excel error value or a formula without a saved result is
 * refused with a reason.
 */
public final class CellValues {

    private CellValues() {
    }

    /**
     * The value of a non-blank cell for the attribute: a single value, or a list for many-valued attributes.
     *
     * @throws BadValue saying what is wrong with the cell
     */
    public static Object convert(Cell cell, EAttribute attribute) throws BadValue {
        EDataType type = attribute.getEAttributeType();
        requireValue(cell);
        if (attribute.isMany()) {
            List<Object> values = new ArrayList<>();
            if (cell.kind() == Cell.Kind.TEXT) {
                for (String item : cell.text().split(";")) {
                    if (!item.isBlank()) {
                        values.add(ValueText.parse(ValueKind.of(type) == ValueKind.TEXT ? item.trim() : item,
                                type));
                    }
                }
            } else {
                values.add(single(cell, type));
            }
            return values;
        }
        return single(cell, type);
    }

    /**
     * Refuses cells that hold no value: formulas whose result the file does not hold (the program that wrote it did
     * not calculate them) and Excel error values.
     */
    public static void requireValue(Cell cell) throws BadValue {
        if (cell.kind() == Cell.Kind.FORMULA) {
            // A cell sharing another cell's formula writes no formula text of its own.
            String formula = cell.text() == null || cell.text().equals("=") ? "" : " (" + cell.text() + ")";
            throw new BadValue("holds a formula" + formula + " without a saved result; open the workbook in a"
                    + " spreadsheet program and save it again, or paste the cells as values");
        }
        if (cell.kind() == Cell.Kind.ERROR) {
            throw new BadValue("holds the Excel error " + cell.text());
        }
        if (cell.kind() == Cell.Kind.TEXT && cell.text() != null) {
            requirePlainText(cell.text());
        }
    }

    /**
     * Refuses characters a plan file cannot hold (XML 1.0 allows no control characters but tab and line breaks):
     * a workbook may hold them, written as {@code _x001B_}, and they would make the saved plan unreadable.
     */
    private static void requirePlainText(String text) throws BadValue {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c < 0xD800
                    || c >= 0xE000 && c <= 0xFFFD || Character.isSurrogate(c) && isPairedSurrogate(text, i);
            if (!allowed) {
                throw new BadValue(String.format("holds the control character U+%04X (shown in Excel as _x%04X_), "
                        + "which a plan file cannot hold: remove it", (int) c, (int) c));
            }
        }
    }

    private static boolean isPairedSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }

    private static Object single(Cell cell, EDataType type) throws BadValue {
        ValueKind kind = ValueKind.of(type);
        Class<?> c = type.getInstanceClass();
        switch (cell.kind()) {
        case TEXT:
            return ValueText.parse(cell.text(), type);
        case BOOLEAN:
            boolean value = !"0".equals(cell.text());
            if (kind == ValueKind.YES_NO) {
                return value;
            }
            if (kind == ValueKind.TEXT) {
                return value ? "TRUE" : "FALSE";
            }
            throw new BadValue("'" + (value ? "TRUE" : "FALSE") + "' is not " + expected(kind, type));
        case NUMBER:
            return number(cell, kind, c, type);
        default:
            throw new BadValue("'" + cell.text() + "' is not " + expected(kind, type));
        }
    }

    private static Object number(Cell cell, ValueKind kind, Class<?> c, EDataType type) throws BadValue {
        double number;
        try {
            number = cell.number();
        } catch (NumberFormatException e) {
            throw new BadValue("'" + cell.text() + "' is not a number");
        }
        switch (kind) {
        case WHOLE_NUMBER:
            if (number == Math.rint(number) && Math.abs(number) < 9e15) {
                return ValueText.whole(number, c, cell.text());
            }
            return ValueText.whole(number, c, shown(cell));
        case NUMBER:
            return ValueText.decimal(number, c);
        case YES_NO:
            if (number == 1 || number == 0) {
                return number == 1;
            }
            throw new BadValue("'" + shown(cell) + "' is not yes or no");
        case DATE:
            if (cell.date()) {
                LocalDateTime dateTime = ExcelDates.dateTime(number);
                if (!dateTime.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
                    throw new BadValue("'" + shown(cell) + "' has a time of day; a date is expected");
                }
                return dateTime.toLocalDate();
            }
            throw new BadValue("'" + shown(cell) + "' is not a date");
        case TIME:
            if (cell.date() && number >= 0 && number < 1) {
                return ExcelDates.dateTime(number).toLocalTime();
            }
            throw new BadValue("'" + shown(cell) + "' is not a time of day");
        case DATE_TIME:
            if (cell.date()) {
                return ExcelDates.dateTime(number);
            }
            throw new BadValue("'" + shown(cell) + "' is not a date and time");
        default:
            return ValueText.parse(shown(cell), type);
        }
    }

    /** A number cell as a planner sees it: dates as ISO text, whole numbers without a decimal point. */
    public static String shown(Cell cell) {
        if (cell.kind() != Cell.Kind.NUMBER) {
            return cell.text();
        }
        double number;
        try {
            number = cell.number();
        } catch (NumberFormatException e) {
            return cell.text();
        }
        if (cell.date()) {
            LocalDateTime dateTime = ExcelDates.dateTime(number);
            if (number >= 0 && number < 1) {
                return ValueText.format(dateTime.toLocalTime(), null);
            }
            return dateTime.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? dateTime.toLocalDate().toString()
                    : ValueText.format(dateTime, null);
        }
        return plain(number);
    }

    /**
     * A cell as a CSV export holds it, for readers of exported tables (the contact history): text trimmed (empty
     * for none), numbers plain, dates and times ISO 8601, a date always with its time ({@code 2027-03-01T00:00}), a
     * time of day alone ({@code 09:30}) for a date number below 1.
     */
    public static String isoText(Cell cell) {
        if (cell.kind() != Cell.Kind.NUMBER) {
            return cell.text() == null ? "" : cell.text().trim();
        }
        double number;
        try {
            number = cell.number();
        } catch (NumberFormatException e) {
            return cell.text();
        }
        if (cell.date()) {
            LocalDateTime dateTime = ExcelDates.dateTime(number);
            return number >= 0 && number < 1 ? dateTime.toLocalTime().toString() : dateTime.toString();
        }
        return plain(number);
    }

    /** A number without exponent and trailing zeros, a whole number without a decimal point. */
    private static String plain(double number) {
        if (number == Math.rint(number) && Math.abs(number) < 1e15) {
            return Long.toString((long) number);
        }
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }

    private static String expected(ValueKind kind, EDataType type) {
        return switch (kind) {
        case WHOLE_NUMBER -> "a whole number";
        case NUMBER -> "a number";
        case YES_NO -> "yes or no";
        case DATE -> "a date";
        case TIME -> "a time of day";
        case DATE_TIME -> "a date and time";
        default -> "a valid " + tandem.excel.internal.Names.words(type.getName());
        };
    }
}
