package tandem.core.rows;

import java.util.Objects;

/**
 * One column of a {@link RowTable}: a name (unique in its table, used in files) and how its values are held.
 *
 * @param name the column's name, 1 to 64 characters
 * @param type how its values are held
 */
public record Column(String name, ColumnType type) {

    /** Longest column name accepted, in files too. */
    public static final int MAX_NAME_LENGTH = 64;

    public Column {
        Objects.requireNonNull(type, "type");
        if (name == null || name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("column name must have 1 to " + MAX_NAME_LENGTH + " characters");
        }
    }
}
