package tandem.excel.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
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
        Collector collector = new Collector(concerns, imported, locations, rootSheet, maxProblems);
        // Problems are located as they are found, not collected first: a million bad rows must not fill the memory.
        ModelValidation.validate(root, collector);
        return collector.problems();
    }

    /** Turns each error of the elements concerned into a located problem; counts those beyond the limit. */
    private static final class Collector implements DiagnosticChain {
        private final Predicate<EObject> concerns;
        private final Function<EObject, EObject> imported;
        private final CellLocations locations;
        private final String rootSheet;
        private final int maxProblems;
        private final List<WorkbookProblem> listed = new ArrayList<>();
        private int more;

        Collector(Predicate<EObject> concerns, Function<EObject, EObject> imported, CellLocations locations,
                String rootSheet, int maxProblems) {
            this.concerns = concerns;
            this.imported = imported;
            this.locations = locations;
            this.rootSheet = rootSheet;
            this.maxProblems = maxProblems;
        }

        @Override
        public void add(Diagnostic diagnostic) {
            if (diagnostic.getSeverity() < Diagnostic.ERROR) {
                return;
            }
            if (!diagnostic.getChildren().isEmpty() && diagnostic.getData().isEmpty()) {
                addAll(diagnostic);
                return;
            }
            EObject element = diagnostic.getData().isEmpty() || !(diagnostic.getData().get(0) instanceof EObject e)
                    ? null : e;
            if (element == null || !concerns.test(element)) {
                return;
            }
            if (listed.size() >= maxProblems) {
                more++;
                return;
            }
            EStructuralFeature feature = diagnostic.getData().size() > 1
                    && diagnostic.getData().get(1) instanceof EStructuralFeature f ? f : null;
            EObject source = imported.apply(element);
            String sheet = source == null ? null : locations.sheet(source);
            String cell = sheet == null ? null : locations.cell(source, feature);
            String message = diagnostic.getMessage();
            if (diagnostic.getException() != null) {
                message += " (" + diagnostic.getException() + ")";
            }
            if (!message.contains(ElementPaths.step(element))) {
                message = ElementPaths.of(element) + ": " + message;
            }
            listed.add(new WorkbookProblem(sheet == null ? rootSheet : sheet, cell, message));
        }

        @Override
        public void addAll(Diagnostic diagnostic) {
            for (Diagnostic child : diagnostic.getChildren()) {
                add(child);
            }
        }

        @Override
        public void merge(Diagnostic diagnostic) {
            if (diagnostic.getChildren().isEmpty()) {
                add(diagnostic);
            } else {
                addAll(diagnostic);
            }
        }

        List<WorkbookProblem> problems() {
            List<WorkbookProblem> all = new ArrayList<>(listed);
            if (more > 0) {
                all.add(WorkbookProblem.ofFile("... and " + more + " more problem(s)"));
            }
            return all;
        }
    }
}
