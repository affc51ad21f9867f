package tandem.excel.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.util.CellReference;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import tandem.excel.Column;

/**
 * Where the elements of an imported document came from: the sheet and row of each element, and through the sheet's
 * header the column of each of its features, so that a problem found later (by the model's validation) names the
 * cell to correct.
 */
public final class CellLocations {

    /** The sheet and row of one element, with the sheet's columns by index (shared by all rows of the sheet). */
    private record Origin(String sheet, int row, Map<Integer, Column> columns) {
    }

    /** A sheet with its columns, shared by the rows recorded for it. */
    private record Sheet(String name, Map<Integer, Column> columns) {
    }

    // Recorded in arrays, as rows stream in (a plan's elements are read by the hundred thousand), and looked up
    // through a map built only when a problem asks where an element came from.
    private final List<Sheet> sheets = new ArrayList<>();
    private EObject[] elements = new EObject[256];
    private int[] rows = new int[256];
    private int[] sheetOf = new int[256];
    private int count;
    private Map<EObject, Integer> index;

    /** Records that the element was read from the row of the sheet whose header gave these columns. */
    public void put(EObject element, String sheet, int row, Map<Integer, Column> columns) {
        int s = sheets.size() - 1;
        if (s < 0 || !sheets.get(s).name().equals(sheet) || sheets.get(s).columns() != columns) {
            sheets.add(new Sheet(sheet, columns));
            s++;
        }
        if (count == elements.length) {
            elements = Arrays.copyOf(elements, count * 2);
            rows = Arrays.copyOf(rows, count * 2);
            sheetOf = Arrays.copyOf(sheetOf, count * 2);
        }
        elements[count] = element;
        rows[count] = row;
        sheetOf[count] = s;
        count++;
        index = null;
    }

    private Origin origin(EObject element) {
        if (index == null) {
            index = new IdentityHashMap<>(count * 2);
            for (int i = 0; i < count; i++) {
                index.put(elements[i], i);
            }
        }
        Integer i = index.get(element);
        if (i == null) {
            return null;
        }
        Sheet sheet = sheets.get(sheetOf[i]);
        return new Origin(sheet.name(), rows[i], sheet.columns());
    }

    /** Whether the element was read from a row. */
    public boolean has(EObject element) {
        return origin(element) != null;
    }

    /**
     * The sheet of the element (or of its nearest container read from a row), or {@code null} when none was read
     * from a row.
     */
    public String sheet(EObject element) {
        Origin origin = nearest(element);
        return origin == null ? null : origin.sheet();
    }

    /**
     * The cell of the element's feature, such as {@code D7}; the row, such as {@code 7}, when the sheet has no
     * column for it; {@code null} when the element was not read from a row.
     */
    public String cell(EObject element, EStructuralFeature feature) {
        Origin origin = origin(element);
        if (origin == null) {
            origin = nearest(element);
            return origin == null ? null : Integer.toString(origin.row());
        }
        if (feature != null) {
            for (Map.Entry<Integer, Column> entry : origin.columns().entrySet()) {
                if (entry.getValue().feature(element.eClass()) == feature) {
                    return CellReference.convertNumToColString(entry.getKey()) + origin.row();
                }
            }
        }
        return Integer.toString(origin.row());
    }

    private Origin nearest(EObject element) {
        for (EObject e = element; e != null; e = e.eContainer()) {
            Origin origin = origin(e);
            if (origin != null) {
                return origin;
            }
        }
        return null;
    }
}
