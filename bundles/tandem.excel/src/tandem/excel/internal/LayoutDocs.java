package tandem.excel.internal;

import tandem.excel.Column;
import tandem.excel.SheetLayout;
import tandem.excel.WorkbookLayout;

/**
 * Describes a layout in Markdown, one table per sheet, for docs/EXCEL.md. The tables are generated so that the
 * documentation says exactly what the code does; a test keeps the two in step.
 */
public final class LayoutDocs {

    private LayoutDocs() {
    }

    public static String markdown(WorkbookLayout layout) {
        StringBuilder md = new StringBuilder();
        String title = layout.documentName();
        md.append("### ").append(Character.toUpperCase(title.charAt(0))).append(title.substring(1)).append(" (`.").append(layout.fileExtension())
                .append("`)\n");
        for (SheetLayout sheet : layout.sheets()) {
            md.append("\n#### Sheet `").append(sheet.name()).append("`\n\n");
            if (!sheet.meaning().isEmpty()) {
                md.append(sheet.meaning()).append(' ');
            }
            if (sheet.isRoot()) {
                md.append("One row: the document itself.");
            } else {
                md.append("One row per ").append(Names.words(sheet.elementType().getName()));
                if (sheet.anchor() != null && !sheet.anchor().isRoot()) {
                    md.append(", naming its ").append(Names.words(sheet.parentType().getName()))
                            .append(" (sheet `").append(sheet.anchor().name()).append("`)");
                }
                md.append('.');
                if (!sheet.key().isEmpty()) {
                    md.append(" Rows are identified by ").append(String.join(" and ", sheet.key()))
                            .append(" (unique per ").append(sheet.anchor().isRoot() ? layout.documentName()
                                    : Names.words(sheet.parentType().getName()))
                            .append(").");
                } else if (sheet.idAttribute() == null && sheet.containment().isMany()) {
                    md.append(" Rows without an id are matched by their position when importing into a plan.");
                }
            }
            md.append("\n\n| Column | Type | Required | Meaning |\n| --- | --- | --- | --- |\n");
            for (Column column : sheet.columns()) {
                md.append("| ").append(column.name()).append(" | ").append(escape(type(sheet, column))).append(" | ")
                        .append(column.required() ? "yes" : "no").append(" | ").append(escape(meaning(sheet, column)))
                        .append(" |\n");
            }
        }
        return md.toString();
    }

    private static String type(SheetLayout sheet, Column column) {
        return column.valueDescription();
    }

    private static String meaning(SheetLayout sheet, Column column) {
        String meaning = column.meaning().replace('\n', ' ').trim();
        if (sheet.rowTypes().size() > 1 && column.role() == Column.Role.VALUE
                && column.features().size() < sheet.rowTypes().size()) {
            meaning = (meaning.isEmpty() ? "" : meaning + " ") + "(" + String.join(", ",
                    column.features().keySet().stream().map(SheetLayout::typeName).toList()) + " rows only)";
        }
        return meaning;
    }

    private static String escape(String text) {
        return text.replace("|", "\\|");
    }
}
