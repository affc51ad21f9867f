package tandem.excel.internal.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;


import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;

/**
 * The texts of a workbook's shared strings table by index, as POI's table gives them
 * ({@code getItemAt(index).toString()}): the {@code <t>} of an item, or its rich text runs' {@code <t>}s joined,
 * phonetic runs left out, {@code _xHHHH_} escapes decoded.
 * <p>
 * {@link #read} reads the part itself into plain strings, which spares the import POI's XML object model of every
 * item ({@link SharedStringsTable} is built on XMLBeans, whose type system the import then need not load at all);
 * {@link #of} answers from POI's table, which the sheet reader's fallback uses.
 */
interface SharedTexts {

    /**
     * The text at the index.
     *
     * @throws RuntimeException for an index the table does not have
     */
    String at(int index);

    /** POI's table, or {@code null} for none. */
    static SharedTexts of(SharedStrings strings) {
        return strings == null ? null : index -> strings.getItemAt(index).toString();
    }

    /**
     * Reads a shared strings part.
     *
     * @return its texts, or {@code null} when it has something this reader does not read the way POI does (another
     *         namespace, an item without text, unexpected elements in an item, malformed XML): the caller then uses
     *         POI's table, which reads it or says what is wrong with it
     */
    static SharedTexts read(InputStream in) throws IOException {
        Reader reader = new Reader();
        if (!reader.parse(in)) {
            return null;
        }
        String[] texts = reader.texts.toArray(new String[0]);
        return index -> texts[index];
    }

    /** The SAX handler of {@link #read}. */
    final class Reader extends PartReader {
        final List<String> texts = new ArrayList<>();
        private int depth;
        /** Depth of an element whose content is skipped (phonetic runs, run properties, other elements), or 0. */
        private int skipping;
        private boolean inItem;
        private String itemText;
        private int itemTexts;
        private StringBuilder runs;
        private boolean inRun;
        private int runTexts;
        private StringBuilder text;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            depth++;
            if (!understood || skipping != 0) {
                return;
            }
            if (text != null) {
                understood = false; // an element inside a <t>
                return;
            }
            boolean main = MAIN.equals(uri);
            if (depth == 1) {
                rootSeen = true;
                understood = main && "sst".equals(localName);
            } else if (depth == 2) {
                if (main && "si".equals(localName)) {
                    inItem = true;
                    itemText = null;
                    itemTexts = 0;
                    runs = null;
                } else {
                    skipping = depth; // not an item to POI either
                }
            } else if (depth == 3 && inItem) {
                if (main && "t".equals(localName)) {
                    understood = ++itemTexts == 1;
                    text = new StringBuilder();
                } else if (main && "r".equals(localName)) {
                    if (runs == null) {
                        runs = new StringBuilder();
                    }
                    inRun = true;
                    runTexts = 0;
                } else if (main && ("rPh".equals(localName) || "phoneticPr".equals(localName))) {
                    skipping = depth;
                } else {
                    understood = false;
                }
            } else if (depth == 4 && inRun) {
                if (main && "t".equals(localName)) {
                    understood = ++runTexts == 1;
                    text = new StringBuilder();
                } else if (main && "rPr".equals(localName)) {
                    skipping = depth;
                } else {
                    understood = false;
                }
            } else {
                understood = false;
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (text != null && skipping == 0) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (skipping == depth) {
                skipping = 0;
            } else if (understood && skipping == 0) {
                if (text != null) {
                    if (inRun) {
                        runs.append(text);
                    } else {
                        itemText = text.toString();
                    }
                    text = null;
                } else if (inRun && depth == 3) {
                    inRun = false;
                    understood = runTexts == 1; // POI would join "null" for a run without text
                } else if (inItem && depth == 2) {
                    inItem = false;
                    String joined = runs != null ? runs.toString() : itemText;
                    if (joined == null) {
                        understood = false; // an item without any text
                    } else {
                        // POI decodes _xHHHH_ escapes (XSSFRichTextString), here only where there may be one
                        texts.add(joined.contains("_x") ? new XSSFRichTextString(joined).toString() : joined);
                    }
                }
            }
            depth--;
        }
    }
}
