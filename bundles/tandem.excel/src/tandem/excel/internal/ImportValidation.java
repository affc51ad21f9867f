package tandem.excel.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import tandem.core.documents.ElementPaths;
import tandem.core.validation.ModelValidation;
import tandem.excel.WorkbookProblem;

/**
 * Runs the models' own validation on what an import would write, so that an import never accepts a value that
 * validation (the editors, {@code tandem-cli validate}) rejects. Each error becomes a problem at the sheet and cell
 * the value came from.
 */
public final class ImportValidation {

    private ImportValidation() {
    }

    /**
     * The errors validation finds in the document.
     *
     * @param root      the document as it would be written
     * @param concerns  which elements' errors count (those the import added or changed)
     * @param imported  the imported element an element of the document got its values from (itself when it was
     *                  added)
     * @param locations where the imported elements were read
     * @param rootSheet the sheet to name for errors of elements not read from any row
     */
    public static List<WorkbookProblem> errors(EObject root, Predicate<EObject> concerns,
            Function<EObject, EObject> imported, CellLocations locations, String rootSheet, int maxProblems) {
        List<WorkbookProblem> problems = new ArrayList<>();
        Diagnostic diagnostic = ModelValidation.validate(root);
        collect(diagnostic, concerns, imported, locations, rootSheet, maxProblems, problems);
        return problems;
    }

    private static void collect(Diagnostic diagnostic, Predicate<EObject> concerns, Function<EObject, EObject> imported,
            CellLocations locations, String rootSheet, int maxProblems, List<WorkbookProblem> problems) {
        for (Diagnostic child : diagnostic.getChildren()) {
            if (problems.size() >= maxProblems) {
                return;
            }
            if (child.getSeverity() < Diagnostic.ERROR) {
                continue;
            }
            if (!child.getChildren().isEmpty() && child.getData().isEmpty()) {
                collect(child, concerns, imported, locations, rootSheet, maxProblems, problems);
                continue;
            }
            EObject element = child.getData().isEmpty() || !(child.getData().get(0) instanceof EObject e) ? null : e;
            if (element == null || !concerns.test(element)) {
                continue;
            }
            EStructuralFeature feature = child.getData().size() > 1
                    && child.getData().get(1) instanceof EStructuralFeature f ? f : null;
            EObject source = imported.apply(element);
            String sheet = source == null ? null : locations.sheet(source);
            String cell = sheet == null ? null : locations.cell(source, feature);
            String message = child.getMessage();
            if (child.getException() != null) {
                message += " (" + child.getException() + ")";
            }
            if (!message.contains(ElementPaths.step(element))) {
                message = ElementPaths.of(element) + ": " + message;
            }
            problems.add(new WorkbookProblem(sheet == null ? rootSheet : sheet, cell, message));
        }
    }
}
