package tandem.excel.internal.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.util.CellReference;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

import tandem.excel.Column;
import tandem.excel.ImportOptions;
import tandem.excel.ReferenceScope;
import tandem.excel.SheetLayout;
import tandem.excel.WorkbookException;
import tandem.excel.WorkbookLayout;
import tandem.excel.WorkbookProblem;
import tandem.excel.internal.BadValue;
import tandem.excel.internal.CellLocations;
import tandem.excel.internal.Elements;
import tandem.excel.internal.Names;

/**
 * Builds a new document from a workbook, sheet by sheet in layout order (parents before children), row by row as
 * the rows stream in. Every problem is collected, located by sheet and cell; references are resolved when all
 * sheets are read, so they may point at rows further down or on later sheets.
 */
public final class DocumentReader {

    /** What was read: the new document, and the problems (the document is only usable without problems). */
    public record Outcome(EObject document, List<WorkbookProblem> problems, Map<String, Integer> rows,
            Map<String, java.util.Set<String>> columns, CellLocations locations) {
    }

    private record Located(EObject element, String where) {
    }

    private record Pending(EObject owner, EReference reference, List<String> texts, String sheet, String cell) {
    }

    /** A row whose key names other elements (a skill's queue): checked for duplicates once references resolve. */
    private record PendingKey(SheetLayout sheet, EObject owner, EObject element, int row, String cell) {
    }

    private final WorkbookLayout layout;
    private final ReferenceScope scope;
    private final ImportOptions options;
    private final Problems problems;
    private final EObject root;
    private final Map<String, Located> ids = new HashMap<>();
    private final Map<String, List<EObject>> names = new HashMap<>();
    private final List<Pending> pending = new ArrayList<>();
    private final List<PendingKey> pendingKeys = new ArrayList<>();
    private final Map<String, Integer> rows = new LinkedHashMap<>();
    private final Map<String, java.util.Set<String>> columnsRead = new LinkedHashMap<>();
    private final Map<EClass, ScopeIndex> scopeIndexes = new HashMap<>();
    private final CellLocations locations = new CellLocations();

    public DocumentReader(WorkbookLayout layout, ReferenceScope scope, ImportOptions options) {
        this.layout = layout;
        this.scope = scope;
        this.options = options;
        this.problems = new Problems(options.maxProblems());
        this.root = EcoreUtil.create(layout.rootType());
    }

    public Outcome read(WorkbookFile file) {
        Map<String, String> present = new HashMap<>();
        for (String name : file.sheetNames()) {
            present.putIfAbsent(Names.loose(name), name);
        }
        boolean any = false;
        for (SheetLayout sheet : layout.sheets()) {
            String actual = present.get(Names.loose(sheet.name()));
            rows.put(sheet.name(), 0);
            if (actual == null) {
                continue;
            }
            any = true;
            SheetReading reading = new SheetReading(sheet, actual);
            try {
                file.read(actual, reading::row);
            } catch (WorkbookException e) {
                e.problems().forEach(p -> problems.addFile(p.reason()));
                return new Outcome(root, problems.all(), rows, columnsRead, locations);
            }
            rows.put(sheet.name(), reading.count);
        }
        if (!any) {
            problems.addFile(file.displayName() + " has none of the sheets of a " + layout.documentName() + " ("
                    + layout.sheets().stream().map(SheetLayout::name).collect(Collectors.joining(", "))
                    + "); is it the right workbook?");
        }
        for (Pending p : pending) {
            resolve(p);
        }
        checkPendingKeys();
        return new Outcome(root, problems.all(), rows, columnsRead, locations);
    }

    /** Duplicate keys among rows whose key has a reference column, now that the references are resolved. */
    private void checkPendingKeys() {
        Map<SheetLayout, Map<EObject, Map<Object, Integer>>> seen = new HashMap<>();
        for (PendingKey p : pendingKeys) {
            List<Object> parts = new ArrayList<>();
            for (String keyColumn : p.sheet().key()) {
                EStructuralFeature feature = p.sheet().column(keyColumn).orElseThrow().feature(p.element().eClass());
                Object part = feature == null ? null : p.element().eGet(feature);
                if (part == null) {
                    parts = null; // missing or unknown: reported already
                    break;
                }
                parts.add(part);
            }
            if (parts == null) {
                continue;
            }
            Object key = parts.size() == 1 ? parts.get(0) : parts;
            Integer earlier = seen.computeIfAbsent(p.sheet(), s -> new HashMap<>())
                    .computeIfAbsent(p.owner(), o -> new HashMap<>()).putIfAbsent(key, p.row());
            if (earlier != null) {
                problems.add(p.sheet().name(), p.cell(), "duplicate " + String.join(" and ", p.sheet().key()) + " "
                        + parts.stream().map(DocumentReader::keyText).collect(Collectors.joining(" ")) + " (row "
                        + earlier + " has it too)");
            }
        }
    }

    private static String keyText(Object part) {
        if (part instanceof EObject element) {
            EStructuralFeature name = element.eClass().getEStructuralFeature("name");
            Object text = name == null ? null : element.eGet(name);
            return text == null ? String.valueOf(EcoreUtil.getID(element)) : "'" + text + "'";
        }
        return tandem.excel.internal.ValueText.format(part, null);
    }

    /** The reading of one sheet: its header first, then its rows. */
    private final class SheetReading {
        private final SheetLayout sheet;
        private final String name;
        private final Map<Integer, Column> columns = new LinkedHashMap<>();
        private boolean headerRead;
        private boolean skipRows;
        private int count;
        private int typeIndex = -1;
        private int parentIndex = -1;
        private int idIndex = -1;
        private final Map<EObject, Map<Object, Integer>> keys = new IdentityHashMap<>();
        private final Map<EObject, Integer> singles = new IdentityHashMap<>();
        private final Map<String, Column> keyColumnsByName = new HashMap<>();

        SheetReading(SheetLayout sheet, String name) {
            this.sheet = sheet;
            this.name = name;
        }

        boolean row(Row row) {
            if (!headerRead) {
                if (!row.isBlank()) {
                    header(row);
                }
                return true;
            }
            if (blank(row)) {
                return true;
            }
            count++;
            if (count > options.maxRowsPerSheet()) {
                problems.add(name, Integer.toString(row.number()), "the sheet has more than "
                        + options.maxRowsPerSheet() + " rows; Tandem reads at most that many");
                count = options.maxRowsPerSheet();
                return false;
            }
            if (!skipRows) {
                element(row);
            }
            return true;
        }

        private boolean blank(Row row) {
            for (Cell cell : row.cells()) {
                if (!cell.isBlank() && columns.containsKey(cell.column())) {
                    return false;
                }
            }
            return true;
        }

        private void header(Row row) {
            headerRead = true;
            for (Cell cell : row.cells()) {
                if (cell.isBlank()) {
                    continue;
                }
                String text = CellValues.shown(cell).trim();
                String wanted = Names.loose(text);
                for (Column column : sheet.columns()) {
                    if (Names.loose(column.name()).equals(wanted)) {
                        if (columns.containsValue(column)) {
                            problems.add(name, ref(cell.column(), row.number()), "column '" + column.name()
                                    + "' appears twice");
                        } else {
                            columns.put(cell.column(), column);
                        }
                    }
                }
            }
            for (Column column : sheet.columns()) {
                if (column.required() && !columns.containsValue(column)) {
                    problems.add(name, null, "missing required column '" + column.name() + "'");
                    if (column.role() != Column.Role.VALUE) {
                        skipRows = true;
                    }
                }
            }
            columnsRead.put(sheet.name(), columns.values().stream().map(Column::name)
                    .collect(Collectors.toCollection(java.util.LinkedHashSet::new)));
            columns.forEach((index, column) -> {
                switch (column.role()) {
                case TYPE -> typeIndex = index;
                case PARENT -> parentIndex = index;
                case ID -> idIndex = index;
                default -> {
                    // value columns are read in element()
                }
                }
            });
        }

        private void element(Row row) {
            if (sheet.isRoot() && count > 1) {
                problems.add(name, Integer.toString(row.number()), "the " + sheet.name()
                        + " sheet has one row for the " + layout.documentName() + "; this is another one");
                return;
            }
            EClass type = type(row);
            if (type == null) {
                return;
            }
            EObject owner = null;
            EObject element;
            if (sheet.isRoot()) {
                element = root;
            } else {
                owner = owner(row);
                if (owner == null) {
                    return;
                }
                element = EcoreUtil.create(type);
            }
            id(row, element);
            values(row, type, element);
            locations.put(element, name, row.number(), columns);
            if (owner != null) {
                if (!keyIsNew(row, owner, element)) {
                    return;
                }
                attach(row, owner, element);
            }
            String elementName = Elements.name(element);
            if (elementName != null && element.eClass().getEIDAttribute() != null) {
                names.computeIfAbsent(elementName, n -> new ArrayList<>(1)).add(element);
            }
        }

        private EClass type(Row row) {
            if (typeIndex < 0) {
                return sheet.rowTypes().get(0);
            }
            Cell cell = row.cell(typeIndex);
            String ref = ref(typeIndex, row.number());
            if (cell == null || cell.isBlank()) {
                problems.add(name, ref, "type is required");
                return null;
            }
            String wanted = Names.loose(CellValues.shown(cell));
            for (EClass type : sheet.rowTypes()) {
                if (Names.loose(type.getName()).equals(wanted)) {
                    return type;
                }
            }
            problems.add(name, ref, "'" + CellValues.shown(cell).trim() + "' is not a row type of this sheet (one of "
                    + sheet.rowTypes().stream().map(SheetLayout::typeName).collect(Collectors.joining(", "))
                    + ")");
            return null;
        }

        private EObject owner(Row row) {
            EObject anchor;
            SheetLayout anchorSheet = sheet.anchor();
            if (anchorSheet.isRoot()) {
                anchor = root;
            } else {
                Cell cell = row.cell(parentIndex);
                String ref = ref(parentIndex, row.number());
                Column parentColumn = columns.get(parentIndex);
                if (cell == null || cell.isBlank()) {
                    problems.add(name, ref, parentColumn.name() + " is required");
                    return null;
                }
                anchor = findInDocument(CellValues.shown(cell).trim(), anchorSheet.elementType(), name, ref);
                if (anchor == null) {
                    return null;
                }
            }
            EObject owner = anchor;
            for (EReference step : sheet.pathFromAnchor()) {
                if (!step.getEContainingClass().isSuperTypeOf(owner.eClass())) {
                    problems.add(name, ref(parentIndex, row.number()), describe(anchor) + " has no "
                            + Names.words(step.getName()));
                    return null;
                }
                EObject next = (EObject) owner.eGet(step);
                if (next == null) {
                    next = EcoreUtil.create(step.getEReferenceType());
                    owner.eSet(step, next);
                }
                owner = next;
            }
            if (!sheet.containment().getEContainingClass().isSuperTypeOf(owner.eClass())) {
                problems.add(name, ref(parentIndex, row.number()), describe(anchor) + " has no "
                        + Names.words(sheet.containment().getName()));
                return null;
            }
            return owner;
        }

        private void id(Row row, EObject element) {
            if (idIndex < 0) {
                return;
            }
            Cell cell = row.cell(idIndex);
            if (cell == null || cell.isBlank()) {
                return;
            }
            String id = CellValues.shown(cell).trim();
            String ref = ref(idIndex, row.number());
            Located earlier = ids.get(id);
            if (earlier != null) {
                problems.add(name, ref, "duplicate id '" + id + "' (" + earlier.where() + " has it too)");
                return;
            }
            element.eSet(element.eClass().getEIDAttribute(), id);
            ids.put(id, new Located(element, name + "!" + ref));
        }

        @SuppressWarnings("unchecked")
        private void values(Row row, EClass type, EObject element) {
            for (Map.Entry<Integer, Column> entry : columns.entrySet()) {
                Column column = entry.getValue();
                if (column.role() != Column.Role.VALUE) {
                    continue;
                }
                int index = entry.getKey();
                Cell cell = row.cell(index);
                EStructuralFeature feature = column.feature(type);
                boolean blank = cell == null || cell.isBlank();
                if (feature == null) {
                    if (!blank) {
                        problems.add(name, where(cell, index, row), "a " + Names.words(type.getName()) + " has no " + column.name()
                                + "; leave the cell empty");
                    }
                    continue;
                }
                if (blank) {
                    if (column.required()) {
                        problems.add(name, where(cell, index, row), column.name() + " is required");
                    }
                    continue;
                }
                try {
                    CellValues.requireValue(cell);
                } catch (BadValue e) {
                    problems.add(name, where(cell, index, row), e.getMessage());
                    continue;
                }
                if (feature instanceof EReference reference) {
                    List<String> texts = new ArrayList<>();
                    String text = CellValues.shown(cell);
                    for (String part : reference.isMany() ? text.split(";") : new String[] {text}) {
                        if (!part.isBlank()) {
                            texts.add(part.trim());
                        }
                    }
                    pending.add(new Pending(element, reference, texts, name, where(cell, index, row)));
                    continue;
                }
                try {
                    Object value = CellValues.convert(cell, (EAttribute) feature);
                    if (feature.isMany()) {
                        ((EList<Object>) element.eGet(feature)).addAll((List<Object>) value);
                    } else {
                        element.eSet(feature, value);
                    }
                } catch (BadValue e) {
                    problems.add(name, where(cell, index, row), e.getMessage());
                }
            }
        }

        private boolean keyIsNew(Row row, EObject owner, EObject element) {
            List<String> keyColumns = sheet.key();
            if (keyColumns.isEmpty()) {
                return true;
            }
            List<Object> parts = new ArrayList<>(keyColumns.size());
            for (String keyColumn : keyColumns) {
                Column column = keyColumnsByName.computeIfAbsent(keyColumn, k -> sheet.column(k).orElseThrow());
                EStructuralFeature feature = column.feature(element.eClass());
                if (feature instanceof EReference) {
                    // resolved only when every sheet is read
                    pendingKeys.add(new PendingKey(sheet, owner, element, row.number(),
                            ref(indexOf(keyColumns.get(0)), row.number())));
                    return true;
                }
                Object part = feature == null ? null : element.eGet(feature);
                if (part == null) {
                    return true; // a missing key value is reported as a missing value
                }
                parts.add(part);
            }
            Object key = parts.size() == 1 ? parts.get(0) : parts;
            Integer earlier = keys.computeIfAbsent(owner, o -> new HashMap<>()).putIfAbsent(key, row.number());
            if (earlier != null) {
                int index = indexOf(keyColumns.get(0));
                problems.add(name, ref(index, row.number()), "duplicate " + String.join(" and ", keyColumns) + " "
                        + parts.stream().map(p -> tandem.excel.internal.ValueText.format(p, null))
                                .collect(Collectors.joining(" ")) + " (row " + earlier + " has it too)");
                return false;
            }
            return true;
        }

        @SuppressWarnings("unchecked")
        private void attach(Row row, EObject owner, EObject element) {
            EReference containment = sheet.containment();
            if (containment.isMany()) {
                ((InternalEList<EObject>) owner.eGet(containment)).addUnique(element);
                return;
            }
            Integer earlier = singles.putIfAbsent(owner, row.number());
            if (earlier != null || owner.eGet(containment) != null) {
                problems.add(name, Integer.toString(row.number()), describe(owner) + " has only one " + Names.words(containment.getName())
                        + (earlier == null ? "" : " (row " + earlier + " is the first)"));
                return;
            }
            owner.eSet(containment, element);
        }

        private int indexOf(String columnName) {
            for (Map.Entry<Integer, Column> entry : columns.entrySet()) {
                if (entry.getValue().name().equals(columnName)) {
                    return entry.getKey();
                }
            }
            return 0;
        }
    }

    /** The reference of a cell, as the file names it or computed from its position. */
    private static String where(Cell cell, int column, Row row) {
        return cell != null && cell.ref() != null ? cell.ref() : ref(column, row.number());
    }

    private static String ref(int column, int row) {
        return CellReference.convertNumToColString(column) + row;
    }

    private static String describe(EObject element) {
        String text = Names.words(element.eClass().getName());
        String label = Elements.name(element);
        if (label == null) {
            label = Elements.id(element);
        }
        return label == null ? "the " + text : text + " '" + label + "'";
    }

    @SuppressWarnings("unchecked")
    private void resolve(Pending p) {
        List<EObject> targets = new ArrayList<>();
        for (String text : p.texts()) {
            EObject target = find(text, p.reference().getEReferenceType(), p.sheet(), p.cell(), true);
            if (target != null) {
                targets.add(target);
            }
        }
        if (targets.size() != p.texts().size()) {
            return;
        }
        if (p.reference().isMany()) {
            ((EList<EObject>) p.owner().eGet(p.reference())).addAll(targets);
        } else if (!targets.isEmpty()) {
            p.owner().eSet(p.reference(), targets.get(0));
        }
    }

    private EObject findInDocument(String text, EClass type, String sheet, String cell) {
        return find(text, type, sheet, cell, false);
    }

    /**
     * The element a cell names by id or by name: the workbook's own elements first, then the scope's. A scope
     * element that the workbook has too (same id) stands for the workbook's element, so that a row naming a drop by
     * its old name still finds it when the workbook renames the drop and is imported into the plan that has it.
     *
     * @param inScope whether the cell may name elements of other documents (references), or only of the workbook's
     *                own document (parent columns)
     */
    private EObject find(String text, EClass type, String sheet, String cell, boolean inScope) {
        String what = Names.words(type.getName());
        Located byId = ids.get(text);
        if (byId != null) {
            if (type.isInstance(byId.element())) {
                return byId.element();
            }
            problems.add(sheet, cell, "'" + text + "' is a " + Names.words(byId.element().eClass().getName())
                    + ", not a " + what);
            return null;
        }
        ScopeIndex index = scopeIndexes.computeIfAbsent(type, t -> new ScopeIndex(scope.candidates(t)));
        for (boolean ignoreCase : new boolean[] {false, true}) {
            List<EObject> named = new ArrayList<>();
            withName(names, text, ignoreCase).stream().filter(type::isInstance).forEach(named::add);
            if (named.isEmpty()) {
                EObject inOtherDocument = ignoreCase ? null : index.ids.get(text);
                if (inOtherDocument != null) {
                    named.add(inOtherDocument);
                } else {
                    named.addAll(withName(index.names, text, ignoreCase));
                }
                named.replaceAll(this::counterpart);
                if (!inScope) {
                    named.removeIf(e -> !isInDocument(e));
                }
            }
            if (named.size() == 1) {
                return named.get(0);
            }
            if (named.size() > 1) {
                problems.add(sheet, cell, named.size() + " " + what + "s are named '" + text
                        + "'; use the id instead (" + named.stream().map(Elements::id)
                                .collect(Collectors.joining(", ")) + ")");
                return null;
            }
        }
        problems.add(sheet, cell, "unknown " + what + " '" + text + "'");
        return null;
    }

    private static List<EObject> withName(Map<String, List<EObject>> byName, String text, boolean ignoreCase) {
        if (!ignoreCase) {
            return byName.getOrDefault(text, List.of());
        }
        List<EObject> found = new ArrayList<>();
        byName.forEach((name, objects) -> {
            if (name.equalsIgnoreCase(text)) {
                found.addAll(objects);
            }
        });
        return found;
    }

    /** The workbook's element with the same id as a scope element, or the scope element itself. */
    private EObject counterpart(EObject scopeElement) {
        String id = Elements.id(scopeElement);
        Located imported = id == null ? null : ids.get(id);
        return imported != null && imported.element().eClass() == scopeElement.eClass() ? imported.element()
                : scopeElement;
    }

    private boolean isInDocument(EObject element) {
        return EcoreUtil.getRootContainer(element) == root;
    }

    /** The scope's candidates of one type by id and by name. */
    private static final class ScopeIndex {
        final Map<String, EObject> ids = new HashMap<>();
        final Map<String, List<EObject>> names = new HashMap<>();

        ScopeIndex(List<EObject> candidates) {
            for (EObject candidate : candidates) {
                String id = Elements.id(candidate);
                if (id != null) {
                    ids.putIfAbsent(id, candidate);
                }
                String name = Elements.name(candidate);
                if (name != null) {
                    names.computeIfAbsent(name, n -> new ArrayList<>(1)).add(candidate);
                }
            }
        }
    }
}
