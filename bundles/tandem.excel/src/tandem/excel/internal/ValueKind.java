package tandem.excel.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/** The kinds of values a cell holds, decided by the type of the model attribute behind its column. */
public enum ValueKind {
    TEXT("text"),
    WHOLE_NUMBER("whole number"),
    NUMBER("number"),
    YES_NO("yes/no"),
    DATE("date"),
    TIME("time of day"),
    DATE_TIME("date and time"),
    CHOICE("one of"),
    REFERENCE("name or id"),
    OTHER("text");

    private final String description;

    ValueKind(String description) {
        this.description = description;
    }

    public static ValueKind of(EStructuralFeature feature) {
        if (feature instanceof EReference) {
            return REFERENCE;
        }
        return of(((EAttribute) feature).getEAttributeType());
    }

    public static ValueKind of(EClassifier type) {
        if (type instanceof EEnum) {
            return CHOICE;
        }
        Class<?> c = type.getInstanceClass();
        if (c == null) {
            return OTHER;
        }
        if (c == String.class) {
            return TEXT;
        }
        if (c == int.class || c == Integer.class || c == long.class || c == Long.class || c == short.class
                || c == Short.class || c == byte.class || c == Byte.class || c == BigInteger.class) {
            return WHOLE_NUMBER;
        }
        if (c == double.class || c == Double.class || c == float.class || c == Float.class
                || c == BigDecimal.class) {
            return NUMBER;
        }
        if (c == boolean.class || c == Boolean.class) {
            return YES_NO;
        }
        if (c == LocalDate.class) {
            return DATE;
        }
        if (c == LocalTime.class) {
            return TIME;
        }
        if (c == LocalDateTime.class) {
            return DATE_TIME;
        }
        return OTHER;
    }

    /** Whether cells of this kind are real Excel dates. */
    public boolean isTemporal() {
        return this == DATE || this == TIME || this == DATE_TIME;
    }

    /** How the documentation and messages describe the values a column takes. */
    public static String describe(EStructuralFeature feature) {
        ValueKind kind = of(feature);
        String single;
        if (kind == CHOICE) {
            single = "one of " + ((EEnum) feature.getEType()).getELiterals().stream().map(ValueKind::readable)
                    .collect(Collectors.joining(", "));
        } else if (kind == REFERENCE) {
            single = Names.words(feature.getEType().getName()) + " (name or id)";
        } else {
            single = kind.description;
        }
        return feature.isMany() ? "list of " + single + ", separated by ;" : single;
    }

    /** The readable name of an enumeration literal: {@code emailBlast} is written {@code email blast}. */
    public static String readable(EEnumLiteral literal) {
        return Names.words(literal.getLiteral());
    }
}
