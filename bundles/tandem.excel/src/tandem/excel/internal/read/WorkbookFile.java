package tandem.excel.internal.read;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import tandem.excel.WorkbookException;

/**
 * An .xlsx file opened for streaming reads. Opening checks the file before POI parses anything, so that every bad
 * file gets a plain reason: not a workbook, an old .xls, password-protected, damaged or incomplete. POI's zip-bomb
 * limits ({@code ZipSecureFile}) stay as they are.
 */
public final class WorkbookFile implements Closeable {

    private final String displayName;
    private final OPCPackage pkg;
    private final XSSFReader reader;
    /** For the scanner: read from the parts themselves where they hold only what those readers know, else POI's. */
    private final DateStyles dates;
    private final SharedTexts texts;
    /** POI's tables, for its sheet handler: made when first needed (a sheet the scanner does not read). */
    private StylesTable poiStyles;
    private SharedStrings poiStrings;
    private boolean poiTablesRead;
    private final boolean date1904;
    private final Map<String, PackagePart> sheets = new LinkedHashMap<>();

    private WorkbookFile(String displayName, OPCPackage pkg) throws IOException, OpenXML4JException {
        this.displayName = displayName;
        this.pkg = pkg;
        this.reader = new XSSFReader(pkg);
        // The parts as XSSFReader finds its tables: the first part of the content type.
        PackagePart stylesPart = firstPart(XSSFRelation.STYLES.getContentType());
        DateStyles ownDates = null;
        if (stylesPart == null) {
            ownDates = new DateStyles(null);
        } else {
            try (InputStream in = stylesPart.getInputStream()) {
                ownDates = DateStyles.read(in);
            }
        }
        PackagePart stringsPart = firstPart(XSSFRelation.SHARED_STRINGS.getContentType());
        SharedTexts ownTexts = null;
        boolean textsRead = stringsPart == null;
        if (stringsPart != null) {
            try (InputStream in = stringsPart.getInputStream()) {
                ownTexts = SharedTexts.read(in);
                textsRead = ownTexts != null;
            }
        }
        if (ownDates == null || !textsRead) {
            // something the own readers leave to POI: its tables, which read it or say what is wrong with it
            poiTables();
        }
        this.dates = ownDates != null ? ownDates : new DateStyles(poiStyles);
        this.texts = textsRead ? ownTexts : SharedTexts.of(poiStrings);
        this.date1904 = usesDate1904(reader);
        XSSFReader.SheetIterator iterator = reader.getSheetIterator();
        while (iterator.hasNext()) {
            try (InputStream ignored = iterator.next()) {
                sheets.put(iterator.getSheetName(), iterator.getSheetPart());
            }
        }
    }

    private PackagePart firstPart(String contentType) throws InvalidFormatException {
        java.util.List<PackagePart> parts = pkg.getPartsByContentType(contentType);
        return parts.isEmpty() ? null : parts.get(0);
    }

    /** POI's styles and shared strings tables (XMLBeans), read once, for its sheet handler. */
    private void poiTables() throws IOException {
        if (poiTablesRead) {
            return;
        }
        try {
            poiStyles = reader.getStylesTable();
            poiStrings = reader.getSharedStringsTable();
        } catch (InvalidFormatException e) {
            throw new IOException(e.getMessage(), e);
        }
        poiTablesRead = true;
    }

    /**
     * Opens a workbook.
     *
     * @throws WorkbookException saying in plain words why the file cannot be read
     */
    public static WorkbookFile open(Path file) throws WorkbookException {
        return open(file, tandem.excel.ImportOptions.DEFAULT_MAX_SHARED_STRINGS_BYTES);
    }

    /**
     * Opens a workbook whose table of texts (shared strings, held in memory while reading) unpacks to at most
     * {@code maxSharedStringsBytes}.
     *
     * @throws WorkbookException saying in plain words why the file cannot be read
     */
    public static WorkbookFile open(Path file, long maxSharedStringsBytes) throws WorkbookException {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new WorkbookException(name + ": no such file");
        }
        FileMagic magic;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            if (Files.size(file) == 0) {
                throw new WorkbookException(name + " is empty, not an Excel workbook");
            }
            magic = FileMagic.valueOf(in);
        } catch (WorkbookException e) {
            throw e;
        } catch (IOException e) {
            throw new WorkbookException(name + " cannot be read: " + e.getMessage());
        }
        if (magic == FileMagic.OLE2) {
            throw new WorkbookException(describeOle2(file, name));
        }
        if (magic != FileMagic.OOXML) {
            throw new WorkbookException(name + " is not an Excel workbook (.xlsx)");
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("[Content_Types].xml") == null) {
                throw new WorkbookException(name + " is a zip archive, not an Excel workbook (.xlsx)");
            }
            requireSmallEnoughStrings(zip, name, maxSharedStringsBytes);
        } catch (ZipException e) {
            throw new WorkbookException(name + " is damaged or incomplete (" + e.getMessage()
                    + "); was it copied or downloaded completely?");
        } catch (WorkbookException e) {
            throw e;
        } catch (IOException e) {
            throw new WorkbookException(name + " cannot be read: " + e.getMessage());
        }
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            return new WorkbookFile(name, pkg);
        } catch (IOException | OpenXML4JException | RuntimeException e) {
            if (pkg != null) {
                pkg.revert();
            }
            throw new WorkbookException(name + " " + Failures.describe(e, "is damaged or not an Excel workbook"));
        }
    }

    /**
     * Refuses a table of texts that would unpack to more than the limit, judged by the sizes the archive declares
     * and, where it declares none or too little, by unpacking it without keeping it.
     */
    private static void requireSmallEnoughStrings(ZipFile zip, String name, long max) throws WorkbookException,
            IOException {
        java.util.Enumeration<? extends java.util.zip.ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            java.util.zip.ZipEntry entry = entries.nextElement();
            if (!entry.getName().toLowerCase(java.util.Locale.ROOT).endsWith("sharedstrings.xml")) {
                continue;
            }
            long size = entry.getSize();
            if (size < 0 || size <= max) {
                // The declared size may lie: count what it really unpacks to, up to the limit.
                size = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    byte[] buffer = new byte[64 * 1024];
                    for (int read; (read = in.read(buffer)) > 0 && size <= max;) {
                        size += read;
                    }
                }
            }
            if (size > max) {
                String limit = max >= 1024 * 1024 ? max / (1024 * 1024) + " MB" : max + " bytes";
                throw new WorkbookException(name + ": its table of texts (" + entry.getName() + ") unpacks to more "
                        + "than " + limit + ", more than Tandem reads; split the workbook");
            }
        }
    }

    private static String describeOle2(Path file, String name) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptedPackage") || root.hasEntry("EncryptionInfo")) {
                return name + " is password-protected (encrypted); remove the password in Excel and save it again";
            }
            if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
                return name + " is an Excel 97-2003 workbook (.xls); open it in Excel and save it as .xlsx";
            }
        } catch (IOException | RuntimeException e) {
            return name + " is damaged or not an Excel workbook";
        }
        return name + " is not an Excel workbook (.xlsx)";
    }

    /**
     * Whether the workbook counts dates from 1904 ({@code <workbookPr date1904="1"/>}, old Mac Excel): its date
     * numbers are 1,462 days smaller than the same dates in the usual 1900 system.
     */
    private static boolean usesDate1904(XSSFReader reader) throws IOException, OpenXML4JException {
        boolean[] found = new boolean[1];
        try (InputStream in = reader.getWorkbookData()) {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName,
                        org.xml.sax.Attributes attributes) {
                    if ("workbookPr".equals(localName)) {
                        String value = attributes.getValue("date1904");
                        found[0] = "1".equals(value) || "true".equalsIgnoreCase(value);
                    }
                }
            });
            parser.parse(new InputSource(in));
        } catch (SAXException | ParserConfigurationException e) {
            throw new IOException("the workbook part cannot be read: " + e.getMessage(), e);
        }
        return found[0];
    }

    /** The file name, for messages. */
    public String displayName() {
        return displayName;
    }

    /** The sheet names in workbook order. */
    public Iterable<String> sheetNames() {
        return sheets.keySet();
    }

    /**
     * Streams the rows of a sheet into the sink, which may stop early.
     * <p>
     * The sheet is read by {@link SheetScanner}; where it meets something it does not read, the sheet is read again
     * by POI's handler ({@link SheetParser}), which skips the rows the scanner delivered, so that the sink gets every
     * row once, and a damaged sheet the message it always got. A large sheet is scanned on a second thread
     * ({@link RowHandOff}) while the sink takes its rows on this one; the sink sees the same rows either way.
     *
     * @throws WorkbookException when the sheet cannot be read (damaged, or it trips the zip-bomb limits)
     */
    public void read(String sheet, RowSink sink) throws WorkbookException {
        PackagePart part = part(sheet);
        if (RowHandOff.worthIt(part.getSize())) {
            readOnTwoThreads(sheet, part, sink);
        } else {
            readOnThisThread(sheet, part, sink);
        }
    }

    /**
     * Reads a sheet as {@link #read} does, all on the calling thread (for a caller that reads on a thread of its own,
     * and for tests).
     */
    public void readOnThisThread(String sheet, RowSink sink) throws WorkbookException {
        readOnThisThread(sheet, part(sheet), sink);
    }

    /** Reads a sheet as {@link #read} does, scanning on a second thread whatever its size (for tests). */
    public void readOnTwoThreads(String sheet, RowSink sink) throws WorkbookException {
        readOnTwoThreads(sheet, part(sheet), sink);
    }

    private PackagePart part(String sheet) {
        PackagePart part = sheets.get(sheet);
        if (part == null) {
            throw new IllegalArgumentException("no sheet " + sheet);
        }
        return part;
    }

    private void readOnThisThread(String sheet, PackagePart part, RowSink sink) throws WorkbookException {
        int delivered;
        SheetScanner scanner = new SheetScanner(texts, dates, date1904, sink);
        try (InputStream in = part.getInputStream()) {
            scanner.scan(in);
            return;
        } catch (SheetParser.StopReading e) {
            return; // the sink has what it wants
        } catch (SheetScanner.SinkFailure e) {
            throw sinkFailure(sheet, e.getCause());
        } catch (SheetScanner.NotUnderstood | IOException | RuntimeException e) {
            // read it again the general way, which reads it or says what is wrong with it
            delivered = scanner.delivered();
        }
        parse(sheet, part, skipping(delivered, sink));
    }

    private void readOnTwoThreads(String sheet, PackagePart part, RowSink sink) throws WorkbookException {
        RowHandOff handOff = new RowHandOff("sheet reader: " + displayName + ", " + sheet);
        InputStream in;
        try {
            in = part.getInputStream();
        } catch (IOException | RuntimeException e) {
            parse(sheet, part, sink); // as on one thread: the general way reads it or says what is wrong with it
            return;
        }
        try (in) {
            Exception failure;
            try {
                failure = handOff.run(rows -> new SheetScanner(texts, dates, date1904, rows).scan(in), sink);
            } catch (RuntimeException e) {
                throw sinkFailure(sheet, e); // the sink's own: the scanner's failures come back as the result
            }
            if (failure == null) {
                return; // read whole, or the sink has what it wants
            }
            // the scanner gave up (or failed): read it again the general way, as on one thread
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WorkbookException(displayName + ", sheet " + sheet + ": reading was interrupted");
        } catch (IOException e) {
            // closing the sheet's part: read it again the general way, as on one thread
        }
        parse(sheet, part, skipping(handOff.delivered(), sink));
    }

    private WorkbookException sinkFailure(String sheet, Throwable failure) {
        return new WorkbookException(displayName + ", sheet " + sheet + " " + Failures.describe(failure,
                "cannot be read"));
    }

    /**
     * Reads a sheet with POI's handler on the JDK's SAX parser alone (what {@link #read} falls back to), for tests
     * that compare both readers.
     */
    public void readWithPoi(String sheet, RowSink sink) throws WorkbookException {
        PackagePart part = sheets.get(sheet);
        if (part == null) {
            throw new IllegalArgumentException("no sheet " + sheet);
        }
        parse(sheet, part, sink);
    }

    /**
     * Whether the sheet scanner takes the number formats and shared strings from the workbook's parts as read by
     * Tandem ({@link DateStyles#read}, {@link SharedTexts#read}) rather than from POI's tables, for tests that compare
     * both.
     */
    public boolean readsOwnTables() {
        return !poiTablesRead;
    }

    /**
     * Reads a sheet with the scanner alone, for tests that check it reads a sheet without falling back.
     *
     * @return why the scanner gave up (after the rows it delivered), or {@code null} when it read the whole sheet
     */
    public String scanOnly(String sheet, RowSink sink) throws IOException {
        PackagePart part = sheets.get(sheet);
        if (part == null) {
            throw new IllegalArgumentException("no sheet " + sheet);
        }
        try (InputStream in = part.getInputStream()) {
            new SheetScanner(texts, dates, date1904, sink).scan(in);
            return null;
        } catch (SheetScanner.NotUnderstood e) {
            return e.getMessage();
        } catch (SheetParser.StopReading e) {
            return null;
        }
    }

    private void parse(String sheet, PackagePart part, RowSink sink) throws WorkbookException {
        try (InputStream in = part.getInputStream()) {
            poiTables();
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new SheetParser(poiStyles, poiStrings, sink, date1904));
            parser.parse(new InputSource(in));
        } catch (SheetParser.StopReading e) {
            // the sink has what it wants
        } catch (IOException | SAXException | ParserConfigurationException | RuntimeException e) {
            if (e.getCause() instanceof SheetParser.StopReading) {
                return;
            }
            throw new WorkbookException(displayName + ", sheet " + sheet + " "
                    + Failures.describe(e, "cannot be read"));
        }
    }

    /** The sink without the first {@code count} rows. */
    private static RowSink skipping(int count, RowSink sink) {
        if (count == 0) {
            return sink;
        }
        int[] skipped = {0};
        return row -> skipped[0]++ < count || sink.row(row);
    }

    @Override
    public void close() {
        pkg.revert();
    }
}
