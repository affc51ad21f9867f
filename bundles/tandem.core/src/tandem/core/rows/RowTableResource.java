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
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLSave;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMISaveImpl;

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
 * <p>
 * <b>Row lists.</b> A plan type may also name containment references whose elements are rows (many small
 * elements of one class, such as a staffing plan's intervals; {@link RowTableResourceFactory#RowTableResourceFactory(
 * EReference...)}). The model keeps one EObject per row, but a list of at least {@link #OPTION_ROW_LIST_MIN}
 * elements (default {@value #DEFAULT_ROW_LIST_MIN}) is saved as one {@code elements/<owner>/<reference>} entry,
 * a {@link RowTable} with one column per attribute of the class ({@link ElementRows}), and left out of the XMI;
 * loading creates the elements directly from the columns. Shorter lists, and lists whose elements are not all of
 * the reference's own class or whose class has references ({@link ElementRows#storable}), stay XMI, so small
 * plans stay readable in diffs; old XMI files load and are written in the compact form on the next save.
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

    /**
     * Save option: the fewest elements of a row list that are written as a row table rather than XMI (an
     * {@link Integer}; default {@value #DEFAULT_ROW_LIST_MIN}; 0 or 1 writes every non-empty row list compactly).
     */
    public static final String OPTION_ROW_LIST_MIN = "tandem.rows.listMin";

    /** Row lists shorter than this stay XMI unless {@link #OPTION_ROW_LIST_MIN} says otherwise. */
    public static final int DEFAULT_ROW_LIST_MIN = 1000;

    private static final String ROWS_PREFIX = "rows/";
    private static final String ELEMENTS_PREFIX = "elements/";
    private static final int MAX_ENTRIES = 1024;
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private final Set<EReference> rowLists;
    /** The row lists the save in progress writes as tables, by owner: the XMI leaves them out. */
    private Map<EObject, List<EReference>> leftOut = Map.of();

    public RowTableResource(URI uri) {
        this(uri, List.of());
    }

    /**
     * @param rowLists the containment references whose elements are rows; while their class is not
     *                 {@link ElementRows#storable} (it has gained a reference, say), they are saved as XMI and
     *                 compact files written before still load
     */
    public RowTableResource(URI uri, Collection<EReference> rowLists) {
        super(uri);
        for (EReference reference : rowLists) {
            if (!reference.isContainment() || !reference.isMany()) {
                throw new IllegalArgumentException(reference.getName() + " is not a containment list");
            }
        }
        this.rowLists = Set.copyOf(rowLists);
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

    /** The XMI leaves out the row lists written as tables beside it. */
    @Override
    protected XMLSave createXMLSave() {
        return new XMISaveImpl(createXMLHelper()) {
            @Override
            protected boolean shouldSaveFeature(EObject o, EStructuralFeature f) {
                List<EReference> omitted = leftOut.get(o);
                return (omitted == null || !omitted.contains(f)) && super.shouldSaveFeature(o, f);
            }
        };
    }

    @Override
    public void doSave(OutputStream out, Map<?, ?> options) throws IOException {
        int listMin = options != null && options.get(OPTION_ROW_LIST_MIN) instanceof Integer given ? given
                : DEFAULT_ROW_LIST_MIN;
        Map<String, RowTable> tables = new LinkedHashMap<>();
        Map<EObject, List<EReference>> lists = new IdentityHashMap<>();
        for (EObject root : getContents()) {
            collect(root, Math.max(listMin, 1), tables, lists);
        }
        if (tables.isEmpty()) {
            super.doSave(out, options);
            return;
        }
        ZipOutputStream zip = new ZipOutputStream(new KeepOpenOutput(out), StandardCharsets.UTF_8);
        zip.setLevel(1);
        zip.putNextEntry(entry(DOCUMENT_ENTRY));
        leftOut = lists;
        try {
            super.doSave(new KeepOpenOutput(zip), options);
        } finally {
            leftOut = Map.of();
        }
        zip.closeEntry();
        for (Map.Entry<String, RowTable> table : tables.entrySet()) {
            zip.putNextEntry(entry(table.getKey()));
            RowTableFormat.write(table.getValue(), zip);
            zip.closeEntry();
        }
        zip.putNextEntry(entry(END_ENTRY));
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
                } else if ((name.startsWith(ROWS_PREFIX) || name.startsWith(ELEMENTS_PREFIX))
                        && !tables.containsKey(name) && !entry.isDirectory()) {
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
        boolean elements = entry.startsWith(ELEMENTS_PREFIX);
        String path = entry.substring(elements ? ELEMENTS_PREFIX.length() : ROWS_PREFIX.length());
        int slash = path.lastIndexOf('/');
        EObject owner = slash <= 0 ? null
                : getEObject(URLDecoder.decode(path.substring(0, slash), StandardCharsets.UTF_8));
        EStructuralFeature feature = owner == null ? null
                : owner.eClass().getEStructuralFeature(path.substring(slash + 1));
        if (elements) {
            if (!(feature instanceof EReference reference) || !rowLists.contains(reference)) {
                throw new RowTableFormatException("archive entry " + entry
                        + ": rows for an element or list the document does not have");
            }
            @SuppressWarnings("unchecked")
            InternalEList<EObject> list = (InternalEList<EObject>) owner.eGet(reference);
            if (!list.isEmpty()) {
                throw new RowTableFormatException(
                        "archive entry " + entry + ": the document already holds these rows as XMI");
            }
            list.addAllUnique(ElementRows.toElements(reference.getEReferenceType(), table, "archive entry " + entry));
            return;
        }
        if (!(feature instanceof EAttribute attribute) || !holdsRows(attribute)) {
            throw new RowTableFormatException(
                    "archive entry " + entry + ": rows for an element or attribute the document does not have");
        }
        owner.eSet(attribute, table);
    }

    /**
     * Collects the row tables of this element and the elements it contains, and the row lists to write as tables
     * (whose elements are not visited: they hold no tables).
     */
    private void collect(EObject element, int listMin, Map<String, RowTable> tables,
            Map<EObject, List<EReference>> lists) {
        EClass eClass = element.eClass();
        for (EAttribute attribute : eClass.getEAllAttributes()) {
            if (holdsRows(attribute) && element.eGet(attribute) instanceof RowTable table && !table.isEmpty()) {
                String fragment = URLEncoder.encode(getURIFragment(element), StandardCharsets.UTF_8);
                tables.put(ROWS_PREFIX + fragment + "/" + attribute.getName(), table);
            }
        }
        for (EReference reference : eClass.getEAllContainments()) {
            if (reference.isMany()) {
                @SuppressWarnings("unchecked")
                List<EObject> children = (List<EObject>) element.eGet(reference);
                if (rowLists.contains(reference) && children.size() >= listMin
                        && ElementRows.storable(reference.getEReferenceType())
                        && allOfClass(children, reference.getEReferenceType())) {
                    String fragment = URLEncoder.encode(getURIFragment(element), StandardCharsets.UTF_8);
                    tables.put(ELEMENTS_PREFIX + fragment + "/" + reference.getName(),
                            ElementRows.toTable(reference.getEReferenceType(), children));
                    lists.computeIfAbsent(element, e -> new ArrayList<>()).add(reference);
                    continue;
                }
                for (EObject child : children) {
                    collect(child, listMin, tables, lists);
                }
            } else if (element.eGet(reference) instanceof EObject child) {
                collect(child, listMin, tables, lists);
            }
        }
    }

    private static boolean allOfClass(List<EObject> elements, EClass eClass) {
        for (EObject element : elements) {
            if (element.eClass() != eClass) {
                return false;
            }
        }
        return true;
    }

    /**
     * An archive entry dated 1980-01-01 (the first date ZIP can hold): the same document is written to the same
     * bytes at any time, as XMI is, so that saving unchanged plans changes no file under version control.
     */
    private static ZipEntry entry(String name) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(FIXED_TIME);
        return entry;
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
