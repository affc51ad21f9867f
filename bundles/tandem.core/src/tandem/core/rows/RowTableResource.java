package tandem.core.rows;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

import tandem.core.documents.PlanResourceFactory;

/**
 * A plan document whose large row tables do not go through XML: its file is a ZIP archive holding the document's
 * small part as plain XMI ({@value #DOCUMENT_ENTRY}), each {@link RowTable} as one {@link RowTableFormat}
 * entry, named {@code rows/<element's URI fragment>/<attribute>}, and an end entry that proves the file complete.
 * <p>
 * Row tables are the values of single-valued, transient EMF attributes whose data type's instance class is
 * {@link RowTable}; the XMI leaves them out and this resource writes them beside it, in the same file, so that one
 * atomic save ({@link tandem.core.documents.PlanDocuments#save}) covers both. A document whose tables are all
 * empty is written as plain XMI, and plain XMI files load (their tables stay unset), so small documents stay
 * readable and older files open; they become archives on the first save with rows.
 * <p>
 * Loading is bounded ({@link RowTableFormat.Limits}, option {@link #OPTION_ROW_LIMITS}) and fails with a message
 * naming the archive entry on anything malformed ({@link tandem.core.documents.PlanDocuments#load} adds the
 * file); nothing in the archive refers to other files.
 */
public class RowTableResource extends XMIResourceImpl {

    /** The archive entry holding the document's XMI. */
    public static final String DOCUMENT_ENTRY = "document.xmi";

    /** Load option: the {@link RowTableFormat.Limits} to read row tables with (default {@code Limits.DEFAULT}). */
    public static final String OPTION_ROW_LIMITS = "tandem.rows.limits";

    /**
     * The archive's last entry, saying how many row tables precede it: entries are read in order without the
     * central directory, so a file cut short is recognised by its missing end entry.
     */
    static final String END_ENTRY = "end";

    private static final String ROWS_PREFIX = "rows/";
    private static final int MAX_ENTRIES = 1024;

    public RowTableResource(URI uri) {
        super(uri);
    }

    /** The document part is read with the nesting depth bounded, as every plan file is. */
    @Override
    protected XMLLoad createXMLLoad() {
        return PlanResourceFactory.depthLimitedLoad(createXMLHelper());
    }

    @Override
    protected boolean useUUIDs() {
        return false;
    }

    @Override
    public void doSave(OutputStream out, Map<?, ?> options) throws IOException {
        Map<String, RowTable> tables = tablesToWrite();
        if (tables.isEmpty()) {
            super.doSave(out, options);
            return;
        }
        ZipOutputStream zip = new ZipOutputStream(new KeepOpenOutput(out), StandardCharsets.UTF_8);
        zip.setLevel(1);
        zip.putNextEntry(new ZipEntry(DOCUMENT_ENTRY));
        super.doSave(new KeepOpenOutput(zip), options);
        zip.closeEntry();
        for (Map.Entry<String, RowTable> table : tables.entrySet()) {
            zip.putNextEntry(new ZipEntry(table.getKey()));
            RowTableFormat.write(table.getValue(), zip);
            zip.closeEntry();
        }
        zip.putNextEntry(new ZipEntry(END_ENTRY));
        zip.write(("tables=" + tables.size() + "\n").getBytes(StandardCharsets.US_ASCII));
        zip.closeEntry();
        zip.finish();
        zip.flush();
    }

    @Override
    public void doLoad(InputStream in, Map<?, ?> options) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
        buffered.mark(4);
        byte[] head = buffered.readNBytes(4);
        buffered.reset();
        if (!(head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4)) {
            super.doLoad(buffered, options);
            return;
        }
        RowTableFormat.Limits limits = options != null
                && options.get(OPTION_ROW_LIMITS) instanceof RowTableFormat.Limits given ? given
                        : RowTableFormat.Limits.DEFAULT;
        Map<String, RowTable> tables = new LinkedHashMap<>();
        boolean documentRead = false;
        boolean ended = false;
        try {
            ZipInputStream zip = new ZipInputStream(buffered, StandardCharsets.UTF_8);
            int entries = 0;
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                if (++entries > MAX_ENTRIES) {
                    throw new RowTableFormatException("more than " + MAX_ENTRIES + " archive entries");
                }
                if (ended) {
                    throw new RowTableFormatException("archive entry '" + name + "' after the end entry");
                }
                if (name.equals(DOCUMENT_ENTRY) && !documentRead) {
                    documentRead = true;
                    super.doLoad(new KeepOpenInput(zip), options);
                    zip.readAllBytes(); // to the entry's end, so that its checksum is verified
                } else if (name.equals(END_ENTRY)) {
                    String end = new String(zip.readNBytes(64), StandardCharsets.US_ASCII).trim();
                    if (!end.equals("tables=" + tables.size()) || zip.read() != -1) {
                        throw new RowTableFormatException("the end entry does not match the " + tables.size()
                                + " row tables read");
                    }
                    ended = true;
                } else if (name.startsWith(ROWS_PREFIX) && !tables.containsKey(name) && !entry.isDirectory()) {
                    tables.put(name, RowTableFormat.read(new KeepOpenInput(zip), "archive entry " + name, limits));
                } else {
                    throw new RowTableFormatException("unexpected or repeated archive entry '" + name + "'");
                }
            }
        } catch (ZipException e) {
            throw new RowTableFormatException("damaged archive (" + e.getMessage() + ")");
        }
        if (!ended) {
            throw new RowTableFormatException("the archive is incomplete (no end entry): was the file cut short?");
        }
        if (!documentRead) {
            throw new RowTableFormatException("the archive has no " + DOCUMENT_ENTRY);
        }
        for (Map.Entry<String, RowTable> table : tables.entrySet()) {
            attach(table.getKey(), table.getValue());
        }
    }

    private void attach(String entry, RowTable table) throws RowTableFormatException {
        String path = entry.substring(ROWS_PREFIX.length());
        int slash = path.lastIndexOf('/');
        EObject owner = slash <= 0 ? null
                : getEObject(URLDecoder.decode(path.substring(0, slash), StandardCharsets.UTF_8));
        EStructuralFeature feature = owner == null ? null
                : owner.eClass().getEStructuralFeature(path.substring(slash + 1));
        if (!(feature instanceof EAttribute attribute) || !holdsRows(attribute)) {
            throw new RowTableFormatException(
                    "archive entry " + entry + ": rows for an element or attribute the document does not have");
        }
        owner.eSet(attribute, table);
    }

    private Map<String, RowTable> tablesToWrite() {
        Map<String, RowTable> tables = new LinkedHashMap<>();
        for (Iterator<EObject> all = getAllContents(); all.hasNext();) {
            EObject element = all.next();
            for (EAttribute attribute : element.eClass().getEAllAttributes()) {
                if (holdsRows(attribute) && element.eGet(attribute) instanceof RowTable table && !table.isEmpty()) {
                    String fragment = URLEncoder.encode(getURIFragment(element), StandardCharsets.UTF_8);
                    tables.put(ROWS_PREFIX + fragment + "/" + attribute.getName(), table);
                }
            }
        }
        return tables;
    }

    private static boolean holdsRows(EAttribute attribute) {
        return !attribute.isMany() && attribute.getEAttributeType().getInstanceClass() == RowTable.class;
    }

    /** Lets the XMI loader and saver close "their" stream without closing the archive. */
    private static final class KeepOpenInput extends FilterInputStream {
        KeepOpenInput(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the archive stays open for the next entry
        }
    }

    private static final class KeepOpenOutput extends FilterOutputStream {
        KeepOpenOutput(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
