package tandem.core.ui.emf;

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
