package tandem.core.rows;

/** How the values of one {@link RowTable} column are held: one primitive array per column. */
public enum ColumnType {
    /** 32-bit integers ({@code int[]}). */
    INT,
    /** 64-bit integers ({@code long[]}). */
    LONG,
    /** Doubles ({@code double[]}). */
    DOUBLE,
    /** 16-bit integers ({@code short[]}). */
    SHORT,
    /** Local date-times to the minute, as minutes since 1970-01-01T00:00 ({@code int[]}). */
    EPOCH_MINUTE,
    /** Strings from a small set (queue names), as codes into the column's dictionary ({@code int[]}). */
    DICTIONARY;

    /** A stable number for the file format; never reorder. */
    int code() {
        return ordinal();
    }

    static ColumnType ofCode(int code) {
        ColumnType[] all = values();
        return code >= 0 && code < all.length ? all[code] : null;
    }
}
