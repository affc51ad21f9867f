package tandem.core.ui.emf;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** Text to model values and back, with messages a planner understands. */
public final class DataTypes {

    private DataTypes() {
    }

    /** Parses text into a value of the type; empty text is no value where the type allows it. */
    public static Object parse(EDataType type, String text) {
        String trimmed = text == null ? "" : text.trim();
        Class<?> instanceClass = type.getInstanceClass();
        if (trimmed.isEmpty()) {
            if (instanceClass != null && instanceClass.isPrimitive()) {
                throw new IllegalArgumentException("a value is required");
            }
            return instanceClass == String.class ? text : null;
        }
        return EcoreUtil.createFromString(type, instanceClass == String.class ? text : trimmed);
    }

    /**
     * The attribute's value as text: a percentage for an attribute holding a share ({@link Percent}), the data
     * type's own text otherwise; empty for no value.
     */
    public static String textOf(EAttribute attribute, Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number number && Percent.showsPercent(attribute)) {
            return Percent.format(number.doubleValue());
        }
        return EcoreUtil.convertToString(attribute.getEAttributeType(), value);
    }

    /**
     * Parses text into a value of the attribute: a percentage for an attribute holding a share ({@link Percent}),
     * the data type's value otherwise; empty text is no value where the type allows it.
     *
     * @throws IllegalArgumentException when the text is not a value; {@link #problemOf(EAttribute, String,
     *                                  RuntimeException)} says why
     */
    public static Object parse(EAttribute attribute, String text) {
        EDataType type = attribute.getEAttributeType();
        if (text != null && !text.isBlank() && Percent.showsPercent(attribute)) {
            double share = Percent.parse(text);
            Class<?> c = type.getInstanceClass();
            return c == float.class || c == Float.class ? Float.valueOf((float) share) : Double.valueOf(share);
        }
        return parse(type, text);
    }

    /** Why the text is not a value of the attribute. */
    public static String problemOf(EAttribute attribute, String text, RuntimeException e) {
        if (text != null && !text.isBlank() && Percent.showsPercent(attribute) && e.getMessage() != null) {
            return e.getMessage();
        }
        return problemOf(attribute.getEAttributeType(), text, e);
    }

    /** Why the text is not a value of the type. */
    public static String problemOf(EDataType type, String text, RuntimeException e) {
        Class<?> c = type.getInstanceClass();
        if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
            return "'" + text + "' is not a whole number";
        }
        if (c == double.class || c == Double.class || c == float.class || c == Float.class) {
            return "'" + text + "' is not a number";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? "'" + text + "' is not a valid " + type.getName() : message;
    }
}
