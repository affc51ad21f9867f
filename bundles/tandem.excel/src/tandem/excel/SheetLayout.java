package tandem.excel;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;

import tandem.excel.internal.Names;

/**
 * One sheet of a workbook: a table of the elements held by one containment reference (or the document itself for
 * the first sheet), one row per element.
 * <p>
 * Rows of a nested sheet name the element they belong to in their parent column: the nearest element above them
 * that has an id (the anchor), for example the campaign of a drop. Elements without an id held by a single-valued
 * containment (a campaign's offer) are reached through their anchor too.
 */
public final class SheetLayout {

    private final String name;
    private final EReference containment;
    private final SheetLayout parent;
    private final SheetLayout anchor;
    private final EClass parentType;
    private final List<EReference> pathFromAnchor;
    private final List<EClass> rowTypes;
    private final List<Column> columns;
    private final List<String> key;
    private final String meaning;

    SheetLayout(String name, EReference containment, SheetLayout parent, SheetLayout anchor, EClass parentType,
            List<EReference> pathFromAnchor, List<EClass> rowTypes, List<Column> columns, List<String> key,
            String meaning) {
        this.name = name;
        this.containment = containment;
        this.parent = parent;
        this.anchor = anchor;
        this.parentType = parentType;
        this.pathFromAnchor = List.copyOf(pathFromAnchor);
        this.rowTypes = List.copyOf(rowTypes);
        this.columns = List.copyOf(columns);
        this.key = List.copyOf(key);
        this.meaning = meaning;
    }

    /** The sheet (tab) name. */
    public String name() {
        return name;
    }

    /** Whether this is the document's own sheet (one row). */
    public boolean isRoot() {
        return containment == null;
    }

    /** The containment whose elements are the rows; {@code null} for the document sheet. */
    public EReference containment() {
        return containment;
    }

    /** The sheet of the elements holding this sheet's elements; {@code null} for the document sheet. */
    public SheetLayout parent() {
        return parent;
    }

    /** The sheet whose rows the parent column names; {@code null} for the document sheet. */
    public SheetLayout anchor() {
        return anchor;
    }

    /**
     * The type of the elements the parent column names: the type holding the rows (a menu for menu options), or the
     * anchor's type when the rows are reached through single-valued containments; {@code null} for the document
     * sheet.
     */
    public EClass parentType() {
        return parentType;
    }

    /** The single-valued containments from an anchor element down to the element holding the rows. */
    public List<EReference> pathFromAnchor() {
        return pathFromAnchor;
    }

    /** The declared type of the rows. */
    public EClass elementType() {
        return containment == null ? rowTypes.get(0) : containment.getEReferenceType();
    }

    /** The concrete types rows can have; more than one means the sheet has a {@code type} column. */
    public List<EClass> rowTypes() {
        return rowTypes;
    }

    public boolean hasTypeColumn() {
        return column(Column.Role.TYPE).isPresent();
    }

    /** The readable name of a row type, as the {@code type} column shows it, e.g. {@code Hours check}. */
    public static String typeName(EClass type) {
        return Names.title(type.getName());
    }

    /** The id attribute of the rows, or {@code null} when they have none. */
    public EAttribute idAttribute() {
        return elementType().getEIDAttribute();
    }

    public List<Column> columns() {
        return columns;
    }

    /** The column with the given header name. */
    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    /** The first column with the given role. */
    public Optional<Column> column(Column.Role role) {
        return columns.stream().filter(c -> c.role() == role).findFirst();
    }

    /**
     * The columns that identify a row without an id among its siblings (for example the start of a staffing
     * interval); empty when rows without ids are matched by position.
     */
    public List<String> key() {
        return key;
    }

    /** What the sheet holds, for the documentation. */
    public String meaning() {
        return meaning;
    }

    @Override
    public String toString() {
        return name;
    }
}
