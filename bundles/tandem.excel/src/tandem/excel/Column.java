package tandem.excel;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;

import tandem.excel.internal.ValueKind;

/**
 * One column of a sheet: its stable header name and what it holds. A value column maps to one feature per row type
 * (in a sheet of several row types, features of the same name share a column).
 */
public final class Column {

    /** What a column holds. */
    public enum Role {
        /** The element's stable id; blank for new rows. */
        ID,
        /** The row type, in sheets whose rows are of several types. */
        TYPE,
        /** The name or id of the element the row belongs to (for example the campaign of a drop). */
        PARENT,
        /** An attribute or a reference of the element. */
        VALUE
    }

    private final String name;
    private final Role role;
    private final Map<EClass, EStructuralFeature> features;
    private final boolean required;
    private final String meaning;

    Column(String name, Role role, Map<EClass, EStructuralFeature> features, boolean required, String meaning) {
        this.name = name;
        this.role = role;
        this.features = Collections.unmodifiableMap(new LinkedHashMap<>(features));
        this.required = required;
        this.meaning = meaning;
    }

    /** The header, e.g. {@code start_date}. */
    public String name() {
        return name;
    }

    public Role role() {
        return role;
    }

    /** Whether the column must be present and every row must give a value. */
    public boolean required() {
        return required;
    }

    /** What the column means, for the documentation. */
    public String meaning() {
        return meaning;
    }

    /** The feature this column holds for rows of the given type, or {@code null} when it does not apply. */
    public EStructuralFeature feature(EClass rowType) {
        return features.get(rowType);
    }

    /** The features per row type. */
    public Map<EClass, EStructuralFeature> features() {
        return features;
    }

    /** Any of the column's features, for describing it. */
    public EStructuralFeature anyFeature() {
        return features.isEmpty() ? null : features.values().iterator().next();
    }

    /** The values the column takes, in words: {@code date}, {@code queue (name or id)}... */
    public String valueDescription() {
        return switch (role) {
        case ID -> "text";
        case TYPE -> "row type";
        case PARENT -> "name or id";
        case VALUE -> ValueKind.describe(anyFeature());
        };
    }

    @Override
    public String toString() {
        return name;
    }
}
