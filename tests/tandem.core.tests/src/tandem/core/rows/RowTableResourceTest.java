package tandem.core.rows;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.core.documents.PlanDocumentException;
import tandem.core.documents.PlanDocuments;

/** Documents holding row tables: one file, XMI for the small part, rows beside it, atomic and checked. */
class RowTableResourceTest {

    @TempDir
    Path folder;

    private EPackage model;
    private EClass log;
    private EAttribute name;
    private EAttribute rows;

    @BeforeEach
    void defineModel() {
        EcoreFactory ecore = EcoreFactory.eINSTANCE;
        model = ecore.createEPackage();
        model.setName("rowtest");
        model.setNsPrefix("rowtest");
        model.setNsURI("http://tandem.dev/test/rows");
        EDataType rowTable = ecore.createEDataType();
        rowTable.setName("RowTable");
        rowTable.setInstanceClass(RowTable.class);
        rowTable.setSerializable(false);
        model.getEClassifiers().add(rowTable);
        log = ecore.createEClass();
        log.setName("Log");
        EAttribute id = ecore.createEAttribute();
        id.setName("id");
        id.setEType(EcorePackage.Literals.ESTRING);
        id.setID(true);
        name = ecore.createEAttribute();
        name.setName("name");
        name.setEType(EcorePackage.Literals.ESTRING);
        rows = ecore.createEAttribute();
        rows.setName("rows");
        rows.setEType(rowTable);
        rows.setTransient(true);
        log.getEStructuralFeatures().addAll(List.of(id, name, rows));
        model.getEClassifiers().add(log);
    }

    private ResourceSet resourceSet() {
        ResourceSet set = PlanDocuments.createResourceSet();
        set.getPackageRegistry().put(model.getNsURI(), model);
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("rowtest", new RowTableResourceFactory());
        return set;
    }

    private URI uri(String file) {
        return URI.createFileURI(folder.resolve(file).toString());
    }

    private Path save(String file, RowTable table) throws IOException {
        Resource resource = resourceSet().createResource(uri(file));
        EObject element = EcoreUtil.create(log);
        element.eSet(name, "Billing history");
        element.eSet(rows, table);
        resource.getContents().add(element);
        PlanDocuments.save(resource);
        return folder.resolve(file);
    }

    private EObject load(String file) throws PlanDocumentException {
        return PlanDocuments.load(resourceSet(), uri(file)).getContents().get(0);
    }

    @Test
    void rowsAreSavedBesideTheXmiInOneFileAndLoadBack() throws IOException {
        Path file = save("billing.rowtest", RowTableTest.sample());

        List<String> entries = new ArrayList<>();
        String document = null;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.add(entry.getName());
                if (entry.getName().equals(RowTableResource.DOCUMENT_ENTRY)) {
                    document = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertEquals(3, entries.size(), entries.toString());
        assertEquals("end", entries.get(2));
        assertTrue(entries.get(1).startsWith("rows/log-") && entries.get(1).endsWith("/rows"), entries.toString());
        assertTrue(document.contains("name=\"Billing history\""), document);
        assertTrue(!document.contains("Sales"), "rows are not in the XMI");

        EObject loaded = load("billing.rowtest");
        assertEquals("Billing history", loaded.eGet(name));
        assertEquals(RowTableTest.sample(), loaded.eGet(rows));
    }

    @Test
    void documentsWithoutRowsStayPlainXmiAndPlainXmiLoads() throws IOException {
        Path file = save("empty.rowtest", RowTable.empty(RowTableTest.COLUMNS));
        String text = Files.readString(file);
        assertTrue(text.startsWith("<?xml"), text);
        EObject loaded = load("empty.rowtest");
        assertEquals("Billing history", loaded.eGet(name));
        assertNull(loaded.eGet(rows));
    }

    @Test
    void aFailedSaveLeavesTheFileAsItWas() throws IOException {
        Path file = save("billing.rowtest", RowTableTest.sample());
        byte[] before = Files.readAllBytes(file);
        Resource resource = resourceSet().createResource(uri("billing.rowtest"));
        EObject element = EcoreUtil.create(log);
        resource.getContents().add(element);
        // A table whose column claims a type its data does not have fails half-way through writing.
        element.eSet(rows, new RowTable(List.of(new Column("n", ColumnType.INT)), new Object[] { new long[1] },
                new String[1][], 1));
        assertThrows(RuntimeException.class, () -> PlanDocuments.save(resource));
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void damagedArchivesAreReportedWithTheFileAndNothingIsLoaded() throws IOException {
        Path file = save("billing.rowtest", RowTableTest.sample());
        byte[] whole = Files.readAllBytes(file);
        // Cut inside the rows entry's data.
        int rowsName = indexOf(whole, "rows/".getBytes(StandardCharsets.UTF_8));
        Files.write(folder.resolve("cut.rowtest"), Arrays.copyOf(whole, rowsName + 40));
        PlanDocumentException cut = assertThrows(PlanDocumentException.class, () -> load("cut.rowtest"));
        assertTrue(cut.getMessage().contains("cut.rowtest"), cut.getMessage());
        // Cut after the document entry: without the end entry the missing rows are noticed, not lost silently.
        Files.write(folder.resolve("short.rowtest"), Arrays.copyOf(whole, rowsName - 30));
        PlanDocumentException cutShort = assertThrows(PlanDocumentException.class, () -> load("short.rowtest"));
        assertTrue(cutShort.getMessage().contains("short.rowtest: the archive is incomplete"), cutShort.getMessage());

        Files.write(folder.resolve("stranger.rowtest"), archive("rows/nobody/rows", RowTableTest.sample()));
        PlanDocumentException stranger = assertThrows(PlanDocumentException.class, () -> load("stranger.rowtest"));
        assertTrue(stranger.getMessage().contains("rows for an element or attribute the document does not have"),
                stranger.getMessage());

        Files.write(folder.resolve("other.rowtest"), archive("../../etc/passwd", RowTableTest.sample()));
        PlanDocumentException other = assertThrows(PlanDocumentException.class, () -> load("other.rowtest"));
        assertTrue(other.getMessage().contains("unexpected or repeated archive entry '../../etc/passwd'"),
                other.getMessage());
    }

    private static int indexOf(byte[] data, byte[] part) {
        for (int i = 0; i + part.length <= data.length; i++) {
            if (Arrays.equals(data, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }

    private byte[] archive(String rowEntry, RowTable table) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(RowTableResource.DOCUMENT_ENTRY));
            zip.write(Files.readAllBytes(save("plain.rowtest", RowTable.empty(RowTableTest.COLUMNS))));
            zip.putNextEntry(new ZipEntry(rowEntry));
            RowTableFormat.write(table, zip);
            zip.putNextEntry(new ZipEntry("end"));
            zip.write("tables=1\n".getBytes(StandardCharsets.US_ASCII));
        }
        return bytes.toByteArray();
    }
}
