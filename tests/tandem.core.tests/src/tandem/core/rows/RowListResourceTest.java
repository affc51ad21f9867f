package tandem.core.rows;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.impl.EFactoryImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.core.documents.PlanDocumentException;
import tandem.core.documents.PlanDocuments;

/**
 * Row lists: contained elements of one class saved as one row table beside the XMI (one column per attribute,
 * derived from the class), loaded back as the same elements.
 */
class RowListResourceTest {

    @TempDir
    Path folder;

    private EPackage model;
    private EClass plan;
    private EClass row;
    private EReference rows;
    private EEnum kind;

    @BeforeEach
    void defineModel() {
        EcoreFactory ecore = EcoreFactory.eINSTANCE;
        model = ecore.createEPackage();
        model.setName("rowlisttest");
        model.setNsPrefix("rowlisttest");
        model.setNsURI("http://tandem.dev/test/rowlist");
        EDataType dateTime = ecore.createEDataType();
        dateTime.setName("LocalDateTime");
        dateTime.setInstanceClass(LocalDateTime.class);
        model.getEClassifiers().add(dateTime);
        model.setEFactoryInstance(new EFactoryImpl() {
            @Override
            public Object createFromString(EDataType type, String literal) {
                return type == dateTime ? LocalDateTime.parse(literal) : super.createFromString(type, literal);
            }

            @Override
            public String convertToString(EDataType type, Object value) {
                return type == dateTime ? value.toString() : super.convertToString(type, value);
            }
        });
        kind = ecore.createEEnum();
        kind.setName("Kind");
        for (String literal : List.of("inbound", "outbound")) {
            EEnumLiteral value = ecore.createEEnumLiteral();
            value.setName(literal);
            value.setValue(kind.getELiterals().size());
            kind.getELiterals().add(value);
        }
        model.getEClassifiers().add(kind);

        row = ecore.createEClass();
        row.setName("Row");
        attribute(row, "start", dateTime);
        attribute(row, "baseline", EcorePackage.Literals.EDOUBLE);
        attribute(row, "aht", EcorePackage.Literals.EDOUBLE_OBJECT);
        attribute(row, "scheduled", EcorePackage.Literals.EINT);
        attribute(row, "cap", EcorePackage.Literals.EINTEGER_OBJECT);
        attribute(row, "open", EcorePackage.Literals.EBOOLEAN);
        attribute(row, "note", EcorePackage.Literals.ESTRING);
        attribute(row, "kind", kind);
        attribute(row, "shrinkage", EcorePackage.Literals.EDOUBLE).setUnsettable(true);
        attribute(row, "cache", EcorePackage.Literals.ESTRING).setTransient(true);
        model.getEClassifiers().add(row);

        plan = ecore.createEClass();
        plan.setName("Plan");
        EAttribute id = attribute(plan, "id", EcorePackage.Literals.ESTRING);
        id.setID(true);
        attribute(plan, "name", EcorePackage.Literals.ESTRING);
        rows = ecore.createEReference();
        rows.setName("rows");
        rows.setEType(row);
        rows.setContainment(true);
        rows.setUpperBound(-1);
        plan.getEStructuralFeatures().add(rows);
        model.getEClassifiers().add(plan);
    }

    private static EAttribute attribute(EClass owner, String name, EClassifier type) {
        EAttribute attribute = EcoreFactory.eINSTANCE.createEAttribute();
        attribute.setName(name);
        attribute.setEType(type);
        owner.getEStructuralFeatures().add(attribute);
        return attribute;
    }

    private ResourceSet resourceSet(EReference... rowLists) {
        ResourceSet set = PlanDocuments.createResourceSet();
        set.getPackageRegistry().put(model.getNsURI(), model);
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("rowlist",
                new RowTableResourceFactory(rowLists) {
                });
        PlanDocuments.confineToFolders(set, List.of(folder));
        return set;
    }

    private URI uri(String file) {
        return URI.createFileURI(folder.resolve(file).toString());
    }

    private EObject samplePlan(int count) {
        EObject root = EcoreUtil.create(plan);
        root.eSet(plan.getEStructuralFeature("id"), "plan-1");
        root.eSet(plan.getEStructuralFeature("name"), "Billing");
        @SuppressWarnings("unchecked")
        EList<EObject> list = (EList<EObject>) root.eGet(rows);
        LocalDateTime start = LocalDateTime.of(2026, 3, 29, 0, 0);
        for (int i = 0; i < count; i++) {
            EObject element = EcoreUtil.create(row);
            element.eSet(feature("start"), start.plusMinutes(15L * i));
            element.eSet(feature("baseline"), i % 7 == 0 ? 0.0 : i * 1.25);
            element.eSet(feature("aht"), i % 3 == 0 ? null : 180.0 + i);
            element.eSet(feature("scheduled"), i % 5 == 0 ? Integer.MIN_VALUE : i);
            element.eSet(feature("cap"), i % 4 == 0 ? null : -i);
            element.eSet(feature("open"), i % 2 == 0);
            element.eSet(feature("note"), i % 6 == 0 ? null : i % 6 == 1 ? "" : "note <" + (i % 3) + ">");
            element.eSet(feature("kind"), kind.getEEnumLiteral(i % 2).getInstance());
            if (i % 4 != 1) {
                element.eSet(feature("shrinkage"), i % 4 == 2 ? 0.0 : 0.3);
            }
            element.eSet(feature("cache"), "not saved");
            list.add(element);
        }
        return root;
    }

    private EAttribute feature(String name) {
        return (EAttribute) row.getEStructuralFeature(name);
    }

    private Path save(String file, EObject root, Map<?, ?> options) throws IOException {
        Resource resource = resourceSet(rows).createResource(uri(file));
        resource.getContents().add(root);
        resource.save(options);
        return folder.resolve(file);
    }

    private EObject load(String file, EReference... rowLists) throws PlanDocumentException {
        return PlanDocuments.load(resourceSet(rowLists), uri(file)).getContents().get(0);
    }

    private static Map<String, String> entries(Path file) throws IOException {
        Map<String, String> entries = new java.util.LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.ISO_8859_1));
            }
        }
        return entries;
    }

    /** The same rows, value by value, without the transient attribute (which is not saved). */
    private void assertSameRows(EObject expected, EObject actual) {
        @SuppressWarnings("unchecked")
        List<EObject> want = (List<EObject>) expected.eGet(rows);
        @SuppressWarnings("unchecked")
        List<EObject> got = (List<EObject>) actual.eGet(rows);
        assertEquals(want.size(), got.size());
        for (int i = 0; i < want.size(); i++) {
            for (EAttribute attribute : row.getEAllAttributes()) {
                if (attribute.isTransient()) {
                    assertNull(got.get(i).eGet(attribute));
                    continue;
                }
                assertEquals(want.get(i).eIsSet(attribute), got.get(i).eIsSet(attribute),
                        "row " + i + " " + attribute.getName() + " set");
                assertEquals(want.get(i).eGet(attribute), got.get(i).eGet(attribute),
                        "row " + i + " " + attribute.getName());
            }
            assertEquals(actual, got.get(i).eContainer());
        }
        assertEquals(expected.eGet(plan.getEStructuralFeature("name")),
                actual.eGet(plan.getEStructuralFeature("name")));
    }

    @Test
    void aLongRowListIsOneTableBesideTheXmiAndLoadsBackValueForValue() throws IOException {
        EObject original = samplePlan(1200);
        Path file = save("big.rowlist", original, Map.of());

        Map<String, String> entries = entries(file);
        assertEquals(List.of("document.xmi", "elements/plan-1/rows", "end"), new ArrayList<>(entries.keySet()));
        String document = entries.get("document.xmi");
        assertTrue(document.contains("name=\"Billing\""), document);
        assertFalse(document.contains("<rows"), "no XML element per row: " + document);

        EObject loaded = load("big.rowlist", rows);
        assertSameRows(samplePlan(1200), loaded);
        EObject last = (EObject) ((List<?>) loaded.eGet(rows)).get(1199);
        assertEquals(loaded.eResource(), last.eResource());
        assertEquals(last, loaded.eResource().getEObject(loaded.eResource().getURIFragment(last)));
    }

    @Test
    void theSameDocumentIsWrittenToTheSameBytesAtAnyTime() throws Exception {
        Path first = save("first.rowlist", samplePlan(1200), Map.of());
        Thread.sleep(2100); // ZIP times have a resolution of two seconds
        Path second = save("second.rowlist", samplePlan(1200), Map.of());
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }

    @Test
    void everyKindOfAttributeSurvivesWhenEveryListIsCompact() throws IOException {
        save("small.rowlist", samplePlan(24), Map.of(RowTableResource.OPTION_ROW_LIST_MIN, 1));
        assertTrue(entries(folder.resolve("small.rowlist")).containsKey("elements/plan-1/rows"));
        assertSameRows(samplePlan(24), load("small.rowlist", rows));
    }

    @Test
    void startsOffTheMinuteFallBackToTheirStringForm() throws IOException {
        EObject original = samplePlan(30);
        @SuppressWarnings("unchecked")
        List<EObject> list = (List<EObject>) original.eGet(rows);
        list.get(3).eSet(feature("start"), LocalDateTime.of(2026, 1, 1, 8, 0, 30));
        list.get(4).eSet(feature("start"), null);
        save("seconds.rowlist", original, Map.of(RowTableResource.OPTION_ROW_LIST_MIN, 1));
        EObject loaded = load("seconds.rowlist", rows);
        @SuppressWarnings("unchecked")
        List<EObject> got = (List<EObject>) loaded.eGet(rows);
        assertEquals(LocalDateTime.of(2026, 1, 1, 8, 0, 30), got.get(3).eGet(feature("start")));
        assertNull(got.get(4).eGet(feature("start")));
        assertEquals(list.get(5).eGet(feature("start")), got.get(5).eGet(feature("start")));
    }

    @Test
    void shortListsStayPlainXmiAndOldXmiFilesAreCompactedOnSave() throws IOException {
        Path file = save("week.rowlist", samplePlan(1200), Map.of(RowTableResource.OPTION_ROW_LIST_MIN, 5000));
        String text = Files.readString(file);
        assertTrue(text.startsWith("<?xml") && text.contains("<rows "), "short lists stay XMI");

        Resource old = PlanDocuments.load(resourceSet(rows), uri("week.rowlist"));
        assertSameRows(samplePlan(1200), old.getContents().get(0));
        PlanDocuments.save(old);
        assertTrue(entries(file).containsKey("elements/plan-1/rows"), "migrated on save");
        assertSameRows(samplePlan(1200), load("week.rowlist", rows));
    }

    @Test
    void missingColumnsKeepTheirDefaultsAndUnknownColumnsAreAnErrorNamingTheFile() throws IOException {
        save("columns.rowlist", samplePlan(10), Map.of(RowTableResource.OPTION_ROW_LIST_MIN, 1));

        // a newer class with one more attribute: the file has no column for it, the default stays
        EAttribute added = attribute(row, "outbound", EcorePackage.Literals.EDOUBLE);
        added.setDefaultValueLiteral("2.5");
        EObject loaded = load("columns.rowlist", rows);
        assertEquals(2.5, ((EObject) ((List<?>) loaded.eGet(rows)).get(3)).eGet(added));

        // an older class without "note" meets the file written with it
        row.getEStructuralFeatures().remove(row.getEStructuralFeature("note"));
        PlanDocumentException error = assertThrows(PlanDocumentException.class,
                () -> load("columns.rowlist", rows));
        assertTrue(error.getMessage().contains("columns.rowlist"), error.getMessage());
        assertTrue(error.getMessage().contains("'note'"), error.getMessage());
        assertFalse(error.getMessage().contains("\n"), error.getMessage());
    }

    @Test
    void rowsForAListThePlanTypeDoesNotDeclareAreRefused() throws IOException {
        save("undeclared.rowlist", samplePlan(10), Map.of(RowTableResource.OPTION_ROW_LIST_MIN, 1));
        PlanDocumentException error = assertThrows(PlanDocumentException.class, () -> load("undeclared.rowlist"));
        assertTrue(error.getMessage().contains("undeclared.rowlist"), error.getMessage());
        assertTrue(error.getMessage().contains("elements/plan-1/rows"), error.getMessage());
    }

    @Test
    void aCutShortFileIsRefusedNamingIt() throws IOException {
        Path file = save("cut.rowlist", samplePlan(1500), Map.of());
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        PlanDocumentException error = assertThrows(PlanDocumentException.class, () -> load("cut.rowlist", rows));
        assertTrue(error.getMessage().contains("cut.rowlist"), error.getMessage());
    }

    @Test
    void aRowClassThatGainsAReferenceIsSavedAsXmiAndItsCompactFilesStillLoad() throws IOException {
        save("before.rowlist", samplePlan(1200), Map.of());
        EReference link = EcoreFactory.eINSTANCE.createEReference();
        link.setName("plan");
        link.setEType(plan);
        row.getEStructuralFeatures().add(link);
        assertFalse(ElementRows.storable(row));

        assertSameRows(samplePlan(1200), load("before.rowlist", rows));
        EObject linked = samplePlan(1200);
        ((EObject) ((List<?>) linked.eGet(rows)).get(5)).eSet(link, linked);
        Path file = save("after.rowlist", linked, Map.of(RowTableResource.OPTION_ROW_LIST_MIN, 1));
        assertTrue(Files.readString(file).startsWith("<?xml"), "rows with references stay XMI");
        EObject loaded = load("after.rowlist", rows);
        assertEquals(loaded, ((EObject) ((List<?>) loaded.eGet(rows)).get(5)).eGet(link));
    }
}
