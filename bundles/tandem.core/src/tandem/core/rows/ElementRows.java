package tandem.core.rows;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.FeatureMap;

/**
 * The elements of one contained list as a {@link RowTable}, one column per attribute, and back: how a
 * {@link RowTableResource} stores row lists (many small elements of one class, such as the intervals of a staffing
 * plan) without one XML element per row while the model keeps one EObject per row.
 * <p>
 * Columns are derived from the class, never listed by hand: every attribute that XMI would save (not transient,
 * derived or volatile), named as the attribute, so that attributes added to the class later are stored without
 * a change here. Column types follow the attribute's instance class:
 * <ul>
 * <li>{@code int}, {@code short}, {@code byte}, {@code char}, {@code boolean}: {@link ColumnType#INT};</li>
 * <li>{@code long} and the boxed integers (null as {@link Long#MIN_VALUE}): {@link ColumnType#LONG};</li>
 * <li>{@code double}, {@code float} and boxed (null as the NaN {@link #NULL_DOUBLE_BITS}): {@link ColumnType#DOUBLE};</li>
 * <li>{@code LocalDateTime}: {@link ColumnType#EPOCH_MINUTE} when every value is set and to the minute;</li>
 * <li>anything else, and every unsettable attribute: {@link ColumnType#DICTIONARY} of the data type's string form
 * ({@link EcoreUtil#convertToString}), {@value #UNSET} for null or unset (XML cannot hold that character).</li>
 * </ul>
 * A table read back may lack columns (their attributes keep their defaults); a column that names no storable
 * attribute of the class, or whose type does not fit the attribute, is an error naming the column.
 */
public final class ElementRows {

    /** The raw bits of the NaN that stands for null in DOUBLE columns (not Java's canonical NaN). */
    public static final long NULL_DOUBLE_BITS = 0x7ff8_dead_0000_0001L;

    /** The dictionary string that stands for null or unset. */
    public static final String UNSET = "\u0000";

    private ElementRows() {
    }

    /**
     * Whether the elements of this class can be held as rows: a concrete class whose saved features are all
     * single-valued attributes (no references but its container, no feature maps, no row tables).
     */
    public static boolean storable(EClass eClass) {
        if (eClass.isAbstract() || eClass.isInterface()) {
            return false;
        }
        for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
            if (feature instanceof EReference reference) {
                if (!reference.isContainer() && !reference.isTransient() && !reference.isDerived()
                        && !reference.isVolatile()) {
                    return false;
                }
            } else if (saved((EAttribute) feature) && (feature.isMany()
                    || FeatureMap.Entry.class == feature.getEType().getInstanceClass()
                    || RowTable.class == feature.getEType().getInstanceClass())) {
                return false;
            }
        }
        return true;
    }

    /** The attributes stored as columns, in the class's order. */
    static List<EAttribute> columnAttributes(EClass eClass) {
        List<EAttribute> attributes = new ArrayList<>();
        for (EAttribute attribute : eClass.getEAllAttributes()) {
            if (saved(attribute)) {
                attributes.add(attribute);
            }
        }
        return attributes;
    }

    private static boolean saved(EAttribute attribute) {
        return !attribute.isTransient() && !attribute.isDerived() && !attribute.isVolatile();
    }

    /** The table of these elements, all of class {@code eClass} ({@link #storable}). */
    public static RowTable toTable(EClass eClass, List<? extends EObject> elements) {
        List<EAttribute> attributes = columnAttributes(eClass);
        List<Column> columns = new ArrayList<>(attributes.size());
        for (EAttribute attribute : attributes) {
            columns.add(new Column(attribute.getName(), columnType(attribute, elements)));
        }
        int rows = elements.size();
        RowTable.Builder builder = RowTable.builder(columns, rows);
        for (int r = 0; r < rows; r++) {
            builder.appendRow();
        }
        Object[] data = builder.arrays();
        for (int c = 0; c < columns.size(); c++) {
            EAttribute attribute = attributes.get(c);
            Class<?> type = attribute.getEAttributeType().getInstanceClass();
            switch (columns.get(c).type()) {
            case INT -> {
                int[] values = (int[]) data[c];
                for (int r = 0; r < rows; r++) {
                    values[r] = intOf(elements.get(r).eGet(attribute));
                }
            }
            case LONG -> {
                long[] values = (long[]) data[c];
                for (int r = 0; r < rows; r++) {
                    Object value = elements.get(r).eGet(attribute);
                    values[r] = value == null ? Long.MIN_VALUE : ((Number) numeric(value)).longValue();
                }
            }
            case DOUBLE -> {
                double[] values = (double[]) data[c];
                for (int r = 0; r < rows; r++) {
                    Object value = elements.get(r).eGet(attribute);
                    values[r] = value == null ? Double.longBitsToDouble(NULL_DOUBLE_BITS)
                            : ((Number) value).doubleValue();
                }
            }
            case EPOCH_MINUTE -> {
                int[] values = (int[]) data[c];
                for (int r = 0; r < rows; r++) {
                    values[r] = RowTable.epochMinute((LocalDateTime) elements.get(r).eGet(attribute));
                }
            }
            case DICTIONARY -> {
                EDataType dataType = attribute.getEAttributeType();
                for (int r = 0; r < rows; r++) {
                    EObject element = elements.get(r);
                    Object value = attribute.isUnsettable() && !element.eIsSet(attribute) ? null
                            : element.eGet(attribute);
                    builder.setString(c, r, value == null ? UNSET
                            : EcoreUtil.convertToString(dataType, value));
                }
            }
            default -> throw new IllegalStateException("no " + columns.get(c).type() + " columns for " + type);
            }
        }
        return builder.build();
    }

    private static ColumnType columnType(EAttribute attribute, List<? extends EObject> elements) {
        Class<?> type = attribute.getEAttributeType().getInstanceClass();
        if (attribute.isUnsettable() || type == null) {
            return ColumnType.DICTIONARY;
        }
        if (type == int.class || type == short.class || type == byte.class || type == char.class
                || type == boolean.class) {
            return ColumnType.INT;
        }
        if (type == long.class || type == Integer.class || type == Short.class || type == Byte.class
                || type == Character.class || type == Boolean.class) {
            return ColumnType.LONG;
        }
        if (type == double.class || type == float.class || type == Double.class || type == Float.class) {
            return ColumnType.DOUBLE;
        }
        if (type == LocalDateTime.class) {
            for (EObject element : elements) {
                LocalDateTime value = (LocalDateTime) element.eGet(attribute);
                if (value == null || value.getSecond() != 0 || value.getNano() != 0) {
                    return ColumnType.DICTIONARY;
                }
            }
            return ColumnType.EPOCH_MINUTE;
        }
        return ColumnType.DICTIONARY;
    }

    private static int intOf(Object value) {
        if (value instanceof Boolean flag) {
            return flag ? 1 : 0;
        }
        if (value instanceof Character character) {
            return character;
        }
        return ((Number) value).intValue();
    }

    private static Object numeric(Object value) {
        if (value instanceof Boolean flag) {
            return flag ? 1 : 0;
        }
        if (value instanceof Character character) {
            return (int) character;
        }
        return value;
    }

    /**
     * New elements of {@code eClass}, one per row of the table, their attributes set from its columns (without
     * notifications: nobody listens to new elements).
     *
     * @param source names the table in messages (file and entry)
     * @throws RowTableFormatException naming the source and column when a column does not fit the class
     */
    public static List<EObject> toElements(EClass eClass, RowTable table, String source)
            throws RowTableFormatException {
        List<EAttribute> attributes = columnAttributes(eClass);
        List<Column> columns = table.columns();
        int rows = table.rowCount();
        EAttribute[] byColumn = new EAttribute[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            EStructuralFeature feature = eClass.getEStructuralFeature(column.name());
            if (!(feature instanceof EAttribute attribute) || !attributes.contains(attribute)) {
                throw new RowTableFormatException(source + ": column '" + column.name() + "' is not an attribute of "
                        + eClass.getName() + " (was the file written by a newer Tandem?)");
            }
            if (!fits(attribute, column.type())) {
                throw new RowTableFormatException(source + ": column '" + column.name() + "' holds "
                        + column.type() + " values, which do not fit " + eClass.getName() + "." + column.name());
            }
            byColumn[c] = attribute;
        }
        EFactory factory = eClass.getEPackage().getEFactoryInstance();
        List<EObject> elements = new ArrayList<>(rows);
        for (int r = 0; r < rows; r++) {
            elements.add(factory.create(eClass));
        }
        for (int c = 0; c < columns.size(); c++) {
            set(byColumn[c], table, c, elements, source);
        }
        return elements;
    }

    private static boolean fits(EAttribute attribute, ColumnType column) {
        Class<?> type = attribute.getEAttributeType().getInstanceClass();
        return switch (column) {
        case DICTIONARY -> true;
        case INT -> type == int.class || type == short.class || type == byte.class || type == char.class
                || type == boolean.class;
        case LONG -> type == long.class || type == Integer.class || type == Short.class || type == Byte.class
                || type == Character.class || type == Boolean.class;
        case DOUBLE -> type == double.class || type == float.class || type == Double.class || type == Float.class;
        case EPOCH_MINUTE -> type == LocalDateTime.class;
        case SHORT -> false;
        };
    }

    private static void set(EAttribute attribute, RowTable table, int column, List<EObject> elements,
            String source) throws RowTableFormatException {
        Class<?> type = attribute.getEAttributeType().getInstanceClass();
        int rows = elements.size();
        switch (table.columns().get(column).type()) {
        case INT -> {
            int[] values = (int[]) table.data(column);
            for (int r = 0; r < rows; r++) {
                elements.get(r).eSet(attribute, box(type, values[r]));
            }
        }
        case LONG -> {
            long[] values = (long[]) table.data(column);
            for (int r = 0; r < rows; r++) {
                long value = values[r];
                if (value == Long.MIN_VALUE && !type.isPrimitive()) {
                    continue; // null: the default of a boxed attribute without default, else set below
                }
                if (type != long.class && (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE)) {
                    throw new RowTableFormatException(source + ": column '" + attribute.getName() + "' row "
                            + (r + 1) + ": " + value + " is out of range");
                }
                elements.get(r).eSet(attribute, type == long.class ? (Object) value : box(type, (int) value));
            }
            if (!type.isPrimitive() && attribute.getDefaultValue() != null) {
                for (int r = 0; r < rows; r++) {
                    if (values[r] == Long.MIN_VALUE) {
                        elements.get(r).eSet(attribute, null);
                    }
                }
            }
        }
        case DOUBLE -> {
            double[] values = (double[]) table.data(column);
            boolean boxed = !type.isPrimitive();
            boolean single = type == float.class || type == Float.class;
            for (int r = 0; r < rows; r++) {
                double value = values[r];
                Object boxedValue = boxed && Double.doubleToRawLongBits(value) == NULL_DOUBLE_BITS ? null
                        : single ? (Object) (float) value : (Object) value;
                if (boxedValue != null || attribute.getDefaultValue() != null) {
                    elements.get(r).eSet(attribute, boxedValue);
                }
            }
        }
        case EPOCH_MINUTE -> {
            int[] values = (int[]) table.data(column);
            for (int r = 0; r < rows; r++) {
                elements.get(r).eSet(attribute, RowTable.dateTime(values[r]));
            }
        }
        case DICTIONARY -> {
            EDataType dataType = attribute.getEAttributeType();
            String[] dictionary = table.dictionaryArray(column);
            Object[] decoded = new Object[dictionary.length];
            boolean[] done = new boolean[dictionary.length];
            int[] codes = (int[]) table.data(column);
            for (int r = 0; r < rows; r++) {
                int code = codes[r];
                if (!done[code]) { // only the strings rows use: a dictionary may hold others
                    done[code] = true;
                    if (!UNSET.equals(dictionary[code])) {
                        try {
                            decoded[code] = EcoreUtil.createFromString(dataType, dictionary[code]);
                        } catch (RuntimeException e) {
                            throw new RowTableFormatException(source + ": column '" + attribute.getName()
                                    + "' row " + (r + 1) + ": '" + dictionary[code] + "' is not a "
                                    + dataType.getName());
                        }
                    }
                }
                Object value = decoded[code];
                if (value != null) {
                    elements.get(r).eSet(attribute, value);
                } else if (!UNSET.equals(dictionary[codes[r]])) {
                    continue;
                } else if (!attribute.isUnsettable() && attribute.getDefaultValue() != null
                        && !attribute.getEAttributeType().getInstanceClass().isPrimitive()) {
                    elements.get(r).eSet(attribute, null);
                }
            }
        }
        default -> throw new RowTableFormatException(source + ": column '" + attribute.getName() + "' holds "
                + table.columns().get(column).type() + " values");
        }
    }

    private static Object box(Class<?> type, int value) {
        if (type == int.class || type == Integer.class) {
            return value;
        }
        if (type == boolean.class || type == Boolean.class) {
            return value != 0;
        }
        if (type == short.class || type == Short.class) {
            return (short) value;
        }
        if (type == byte.class || type == Byte.class) {
            return (byte) value;
        }
        return (char) value;
    }
}
