package tandem.excel;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;

import tandem.excel.internal.LayoutRegistry;

/** The workbook layouts of all plan document types, contributed through {@code tandem.excel.layouts}. */
public final class WorkbookLayouts {

    private WorkbookLayouts() {
    }

    /** The layout for plan files with the extension (without the dot), e.g. {@code campaigns}. */
    public static Optional<WorkbookLayout> forFileExtension(String extension) {
        return extension == null ? Optional.empty()
                : LayoutRegistry.instance().layout(extension.toLowerCase(Locale.ROOT));
    }

    /** The layout for a plan file, judged by its extension. */
    public static Optional<WorkbookLayout> forFile(Path planFile) {
        String name = planFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : forFileExtension(name.substring(dot + 1));
    }

    /** The layout for a document, judged by its root's type. */
    public static Optional<WorkbookLayout> forDocument(EObject root) {
        return LayoutRegistry.instance().all().stream().filter(l -> l.rootType() == root.eClass()).findFirst();
    }

    /** The plan file extensions that have a layout, sorted. */
    public static List<String> fileExtensions() {
        return LayoutRegistry.instance().fileExtensions();
    }
}
