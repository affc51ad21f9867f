package tandem.excel.internal.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;

import tandem.excel.Column;
import tandem.excel.MergePlan;
import tandem.excel.SheetCounts;
import tandem.excel.SheetLayout;
import tandem.excel.WorkbookLayout;
import tandem.excel.WorkbookProblem;
import tandem.excel.internal.CellLocations;
import tandem.excel.internal.Elements;
import tandem.excel.internal.ImportValidation;
import tandem.excel.internal.Names;

/**
 * Plans merging a document read from a workbook into an existing document. First every imported element is matched
 * with an existing one (by id; rows without id by their key, or by position among their siblings) or planned as an
 * addition; then the values of matched elements are compared column by column, references into the imported
 * document translated to the elements they were matched with.
 */
public final class Merger {

    private final WorkbookLayout layout;
    private final Function<String, Set<String>> columnsRead;
    private final Map<EObject, EObject> target = new IdentityHashMap<>();
    private final Map<String, EObject> existingById = new HashMap<>();
    private final List<Change> structure = new ArrayList<>();
    private final List<Change> values = new ArrayList<>();
    private final List<WorkbookProblem> problems = new ArrayList<>();
    private final Map<String, int[]> counts = new LinkedHashMap<>();
    private final Map<SheetLayout, List<EObject[]>> matched = new LinkedHashMap<>();
    private final Map<SheetLayout, List<EObject>> added = new LinkedHashMap<>();
    private final Set<EObject> moved = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    private final CellLocations locations;
    private final int maxProblems;
    private EObject existingRoot;

    private Merger(WorkbookLayout layout, Function<String, Set<String>> columnsRead, CellLocations locations,
            int maxProblems) {
        this.layout = layout;
        this.columnsRead = columnsRead;
        this.locations = locations;
        this.maxProblems = maxProblems;
    }

    /**
     * Plans the merge, and checks the merged document with the models' own validation: the changes are made, the
     * document validated, and the changes undone; errors in what the workbook adds or changes are problems of the
     * plan, located at the cells they come from.
     */
    public static MergePlan plan(EObject imported, EObject existing, WorkbookLayout layout,
            Function<String, Set<String>> columnsRead, CellLocations locations, int maxProblems) {
        Merger merger = new Merger(layout, columnsRead, locations, maxProblems);
        merger.existingRoot = existing;
        merger.index(existing);
        merger.match(imported, existing);
        merger.compare();
        return merger.result();
    }

    private void index(EObject existing) {
        for (Iterator<EObject> all = existing.eAllContents(); all.hasNext();) {
            EObject element = all.next();
            String id = Elements.id(element);
            if (id != null) {
                existingById.putIfAbsent(id, element);
            }
        }
    }

    private void match(EObject imported, EObject existing) {
        target.put(imported, existing);
        for (SheetLayout sheet : layout.sheets()) {
            counts.put(sheet.name(), new int[3]);
            matched.put(sheet, new ArrayList<>());
            added.put(sheet, new ArrayList<>());
        }
        SheetLayout rootSheet = layout.rootSheet();
        if (!columnsRead.apply(rootSheet.name()).isEmpty()) {
            matched.get(rootSheet).add(new EObject[] {imported, existing});
        }
        for (SheetLayout sheet : layout.sheets()) {
            if (sheet.isRoot()) {
                continue;
            }
            Map<EObject, Integer> positions = new IdentityHashMap<>();
            Map<EObject, Map<Object, EObject>> keys = new IdentityHashMap<>();
            List<EObject> elements = new ArrayList<>();
            Elements.forEach(sheet, imported, elements::add);
            for (EObject element : elements) {
                matchOne(sheet, element, positions, keys);
            }
        }
    }

    private void matchOne(SheetLayout sheet, EObject element, Map<EObject, Integer> positions,
            Map<EObject, Map<Object, EObject>> keys) {
        EObject owner = element.eContainer();
        EObject targetOwner = target.get(owner);
        EReference containment = sheet.containment();
        if (targetOwner == null || targetOwner == owner) {
            // The owner is new: the element comes along with it.
            target.put(element, element);
            added.get(sheet).add(element);
            return;
        }
        EObject match = null;
        String id = Elements.id(element);
        if (element.eClass().getEIDAttribute() != null) {
            // Rows of elements with ids match by id only: a row with a blank id is a new element.
            match = id == null ? null : existingById.get(id);
        } else if (!containment.isMany()) {
            match = (EObject) targetOwner.eGet(containment);
        } else if (!sheet.key().isEmpty()) {
            Map<Object, EObject> index = keys.computeIfAbsent(targetOwner, o -> keyIndex(sheet, o));
            match = index.get(key(sheet, element));
        } else {
            List<?> siblings = (List<?>) targetOwner.eGet(containment);
            int position = positions.merge(targetOwner, 1, Integer::sum) - 1;
            match = position < siblings.size() ? (EObject) siblings.get(position) : null;
        }
        if (match == null) {
            target.put(element, element);
            added.get(sheet).add(element);
            structure.add(new Change.Add(targetOwner, containment, element));
            return;
        }
        if (match.eClass() != element.eClass()) {
            problems.add(new WorkbookProblem(sheet.name(), null, "'" + label(element) + "' is a "
                    + Names.words(match.eClass().getName()) + " in the document but a "
                    + Names.words(element.eClass().getName())
                    + " in the workbook; give the row a new id, or change the type in Tandem"));
            target.put(element, match);
            return;
        }
        target.put(element, match);
        if (match.eContainer() != targetOwner || match.eContainmentFeature() != containment) {
            structure.add(new Change.Move(match, targetOwner, containment));
            moved.add(match);
        }
        matched.get(sheet).add(new EObject[] {element, match});
    }

    private static String label(EObject element) {
        String id = Elements.id(element);
        return id != null ? id : Objects.toString(Elements.name(element), element.eClass().getName());
    }

    private static Map<Object, EObject> keyIndex(SheetLayout sheet, EObject owner) {
        Map<Object, EObject> index = new HashMap<>();
        for (Object child : (List<?>) owner.eGet(sheet.containment())) {
            index.putIfAbsent(key(sheet, (EObject) child), (EObject) child);
        }
        return index;
    }

    private static Object key(SheetLayout sheet, EObject element) {
        List<Object> parts = new ArrayList<>();
        for (String column : sheet.key()) {
            EStructuralFeature feature = sheet.column(column).orElseThrow().feature(element.eClass());
            parts.add(feature == null ? null : element.eGet(feature));
        }
        return parts.size() == 1 ? parts.get(0) : parts;
    }

    private void compare() {
        for (SheetLayout sheet : layout.sheets()) {
            Set<String> present = columnsRead.apply(sheet.name());
            int[] count = counts.get(sheet.name());
            for (EObject[] pair : matched.get(sheet)) {
                boolean changed = compare(sheet, present, pair[0], pair[1]) || moved.contains(pair[1]);
                count[changed ? 1 : 2]++;
            }
            for (EObject element : added.get(sheet)) {
                translateReferences(sheet, element);
                count[0]++;
            }
        }
    }

    /** Plans setting the workbook's values on the existing element; answers whether any differ. */
    private boolean compare(SheetLayout sheet, Set<String> present, EObject imported, EObject existing) {
        boolean changed = false;
        for (Column column : sheet.columns()) {
            if (column.role() != Column.Role.VALUE || !present.contains(column.name())) {
                continue;
            }
            EStructuralFeature feature = column.feature(imported.eClass());
            if (feature == null) {
                continue;
            }
            Object value = translate(imported.eGet(feature), feature);
            if (feature.isUnsettable() && imported.eIsSet(feature) != existing.eIsSet(feature)) {
                // Empty and a stated default differ (no shrinkage against 0%).
                values.add(new Change.Set(existing, feature, imported.eIsSet(feature) ? value : Change.UNSET));
                changed = true;
            } else if (!same(value, existing.eGet(feature), feature)) {
                values.add(new Change.Set(existing, feature, value));
                changed = true;
            }
        }
        return changed;
    }

    /** References of a new element that point at imported elements must point at what those became. */
    private void translateReferences(SheetLayout sheet, EObject element) {
        for (Column column : sheet.columns()) {
            EStructuralFeature feature = column.feature(element.eClass());
            if (column.role() != Column.Role.VALUE || !(feature instanceof EReference)) {
                continue;
            }
            Object value = element.eGet(feature);
            Object translated = translate(value, feature);
            if (!same(translated, value, feature)) {
                values.add(new Change.Set(element, feature, translated));
            }
        }
    }

    private Object translate(Object value, EStructuralFeature feature) {
        if (!(feature instanceof EReference)) {
            return value;
        }
        if (feature.isMany()) {
            List<Object> translated = new ArrayList<>();
            for (Object item : (List<?>) value) {
                translated.add(target.getOrDefault(item, (EObject) item));
            }
            return translated;
        }
        return value == null ? null : target.getOrDefault(value, (EObject) value);
    }

    /** Makes the changes, validates what they touch, and takes them back, leaving the document as it was. */
    private List<WorkbookProblem> validate(List<Change> changes) {
        Set<EObject> touched = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Set<EObject> added = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Change change : changes) {
            touched.add(change.affected());
            if (change instanceof Change.Add) {
                added.add(change.affected());
            }
        }
        Map<EObject, EObject> source = new IdentityHashMap<>();
        target.forEach((importedElement, existingElement) -> source.putIfAbsent(existingElement, importedElement));
        Resource resource = existingRoot.eResource();
        boolean modified = resource != null && resource.isModified();
        MergeCommand trial = new MergeCommand("validate", changes);
        trial.execute();
        try {
            return ImportValidation.errors(existingRoot, element -> touched.contains(element)
                    || isInside(element, added), element -> source.getOrDefault(element, element), locations,
                    layout.rootSheet().name(), maxProblems);
        } finally {
            trial.undo();
            if (resource != null) {
                resource.setModified(modified);
            }
        }
    }

    private static boolean isInside(EObject element, Set<EObject> added) {
        for (EObject e = element; e != null; e = e.eContainer()) {
            if (added.contains(e)) {
                return true;
            }
        }
        return false;
    }

    private static boolean same(Object a, Object b, EStructuralFeature feature) {
        if (feature.isMany()) {
            List<?> x = (List<?>) a;
            List<?> y = (List<?>) b;
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!sameValue(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return sameValue(a, b);
    }

    private static boolean sameValue(Object a, Object b) {
        if (a instanceof EObject || b instanceof EObject) {
            return a == b;
        }
        return Objects.equals(a, b);
    }

    private MergePlan result() {
        List<SheetCounts> sheetCounts = new ArrayList<>();
        counts.forEach((sheet, c) -> sheetCounts.add(new SheetCounts(sheet, c[0], c[1], c[2])));
        List<Change> changes = new ArrayList<>(structure);
        changes.addAll(values);
        if (problems.isEmpty() && !changes.isEmpty()) {
            problems.addAll(validate(changes));
        }
        List<WorkbookProblem> found = List.copyOf(problems);
        return new MergePlan() {
            @Override
            public List<SheetCounts> counts() {
                return sheetCounts;
            }

            @Override
            public List<WorkbookProblem> problems() {
                return found;
            }

            @Override
            public boolean changesAnything() {
                return !changes.isEmpty();
            }

            @Override
            public Command command(String label) {
                if (!found.isEmpty()) {
                    throw new IllegalStateException("the import cannot be applied: " + found);
                }
                return new MergeCommand(label, changes);
            }
        };
    }
}
