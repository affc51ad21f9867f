package tandem.excel.internal;

import java.util.IdentityHashMap;
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

    private final Map<EObject, Origin> origins = new IdentityHashMap<>();

    /** Records that the element was read from the row of the sheet whose header gave these columns. */
    public void put(EObject element, String sheet, int row, Map<Integer, Column> columns) {
        origins.put(element, new Origin(sheet, row, columns));
    }

    /** Whether the element was read from a row. */
    public boolean has(EObject element) {
        return origins.containsKey(element);
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
        Origin origin = origins.get(element);
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
            Origin origin = origins.get(e);
            if (origin != null) {
                return origin;
            }
        }
        return null;
    }
}
