package tandem.excel.internal.read;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * Whether a cell style formats numbers as dates or times, decided once per style of a workbook (a sheet of a million
 * dated cells uses a handful of styles).
 */
final class DateStyles {

    private static final byte UNKNOWN = 0;
    private static final byte DATE = 1;
    private static final byte NOT_DATE = 2;

    private final StylesTable styles;
    private final byte[] known;

    DateStyles(StylesTable styles) {
        this.styles = styles;
        this.known = new byte[styles == null ? 0 : Math.max(0, styles.getNumCellStyles())];
    }

    /** Whether the style with this index formats dates; {@code false} for an index the workbook does not have. */
    boolean isDate(int index) {
        if (index < 0 || index >= known.length) {
            return false;
        }
        byte state = known[index];
        if (state == UNKNOWN) {
            state = formatsDates(index) ? DATE : NOT_DATE;
            known[index] = state;
        }
        return state == DATE;
    }

    private boolean formatsDates(int index) {
        XSSFCellStyle style = styles.getStyleAt(index);
        if (style == null) {
            return false;
        }
        int format = style.getDataFormat();
        String pattern = style.getDataFormatString();
        if (pattern == null) {
            pattern = BuiltinFormats.getBuiltinFormat(format);
        }
        return pattern != null && DateUtil.isADateFormat(format, pattern);
    }
}
