package tandem.excel.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Cells written the way other spreadsheet programs write them, by editing a workbook's sheet XML. */
final class FormulaCells {

    private FormulaCells() {
    }

    /** The XML of every sheet of the workbook, one after the other. */
    static String sheetXml(Path workbook) throws IOException {
        StringBuilder xml = new StringBuilder();
        try (ZipFile zip = new ZipFile(workbook.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                if (entry.getName().startsWith("xl/worksheets/") && entry.getName().endsWith(".xml")) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        xml.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return xml.toString();
    }

    /** Rewrites the XML of every sheet of the workbook. */
    static void rewriteSheets(Path workbook, UnaryOperator<String> rewrite) throws IOException {
        Path edited = Files.createTempFile(workbook.getParent(), "edited", ".xlsx");
        try (ZipFile zip = new ZipFile(workbook.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(edited))) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                byte[] bytes;
                try (InputStream in = zip.getInputStream(entry)) {
                    bytes = in.readAllBytes();
                }
                if (entry.getName().startsWith("xl/worksheets/") && entry.getName().endsWith(".xml")) {
                    bytes = rewrite.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        Files.move(edited, workbook, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Replaces what the cell holds (its type attribute and content) by {@code content}, e.g.
     * {@code t="b"><f>TRUE()</f><v>1</v>} for a boolean formula with its cached result.
     */
    static void replace(Path workbook, String sheet, String ref, String content) throws IOException {
        int index;
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook excel = new XSSFWorkbook(in)) {
            index = excel.getSheetIndex(sheet);
        }
        String part = "xl/worksheets/sheet" + (index + 1) + ".xml";
        Path edited = Files.createTempFile(workbook.getParent(), "edited", ".xlsx");
        boolean found = false;
        try (ZipFile zip = new ZipFile(workbook.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(edited))) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                byte[] bytes;
                try (InputStream in = zip.getInputStream(entry)) {
                    bytes = in.readAllBytes();
                }
                if (entry.getName().equals(part)) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    Matcher cell = Pattern.compile("<c r=\"" + ref + "\"([^>]*?)( t=\"\\w+\")?([^>/]*)(/>|>.*?</c>)")
                            .matcher(xml);
                    found = cell.find();
                    if (found) {
                        String style = (cell.group(1) + cell.group(3)).replaceAll(" t=\"\\w+\"", "");
                        xml = xml.substring(0, cell.start()) + "<c r=\"" + ref + "\"" + style + " " + content + "</c>"
                                + xml.substring(cell.end());
                    }
                    bytes = xml.getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        if (!found) {
            Files.delete(edited);
            throw new IllegalArgumentException("no cell " + sheet + "!" + ref + " in " + workbook);
        }
        Files.move(edited, workbook, StandardCopyOption.REPLACE_EXISTING);
    }
}
