package tandem.excel.internal;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import tandem.excel.SheetLayout;

/** Walks a document the way a layout lays it out. */
public final class Elements {

    private Elements() {
    }

    /** Every element of the sheet in the document, in document order (parents in the order of their sheet). */
    public static void forEach(SheetLayout sheet, EObject root, Consumer<EObject> action) {
        if (sheet.isRoot()) {
            action.accept(root);
            return;
        }
        EReference containment = sheet.containment();
        forEach(sheet.parent(), root, parent -> {
            if (!containment.getEContainingClass().isSuperTypeOf(parent.eClass())) {
                return;
            }
            Object value = parent.eGet(containment);
            if (containment.isMany()) {
                for (Object child : (List<?>) value) {
                    action.accept((EObject) child);
                }
            } else if (value != null) {
                action.accept((EObject) value);
            }
        });
    }

    /** How many elements the sheet has in the document. */
    public static int count(SheetLayout sheet, EObject root) {
        int[] count = {0};
        forEach(sheet, root, e -> count[0]++);
        return count[0];
    }

    /** The element the parent column of the sheet names for a row element. */
    public static EObject anchorOf(SheetLayout sheet, EObject element) {
        EObject anchor = element.eContainer();
        for (int i = 0; i < sheet.pathFromAnchor().size() && anchor != null; i++) {
            anchor = anchor.eContainer();
        }
        return anchor;
    }

    /** The element's id, or {@code null}. */
    public static String id(EObject element) {
        EAttribute id = element.eClass().getEIDAttribute();
        Object value = id == null ? null : element.eGet(id);
        return value == null ? null : value.toString();
    }

    /** The element's name, or {@code null} when it has none. */
    public static String name(EObject element) {
        EStructuralFeature name = element.eClass().getEStructuralFeature("name");
        if (name == null || name.isMany() || !(name instanceof EAttribute)) {
            return null;
        }
        Object value = element.eGet(name);
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}
