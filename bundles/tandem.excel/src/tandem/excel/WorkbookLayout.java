package tandem.excel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import tandem.excel.internal.Names;

/**
 * How one kind of plan document looks as an Excel workbook: one sheet for the document itself, then one sheet per
 * containment reference below it, each with a header row of stable column names.
 * <p>
 * Layouts are derived from the EMF model: every attribute becomes a column, every reference a column holding the
 * target's name or id, every containment its own sheet whose rows name their parent. A declaration only names the
 * sheets and says which columns are required, for example:
 *
 * <pre>
 * WorkbookLayout.builder(p.getCampaignCalendar(), "campaigns", "Calendar")
 *         .sheet("Campaigns", p.getCampaignCalendar_Campaigns(), s -&gt; s.required("name"))
 *         .sheet("Drops", p.getCampaign_Drops(), s -&gt; s.required("name", "date"))
 *         .build();
 * </pre>
 *
 * Containments that are not declared get a sheet named after the reference. Layouts are immutable.
 */
public final class WorkbookLayout {

    private final EClass rootType;
    private final String fileExtension;
    private final String documentName;
    private final List<SheetLayout> sheets;

    private WorkbookLayout(EClass rootType, String fileExtension, String documentName, List<SheetLayout> sheets) {
        this.rootType = rootType;
        this.fileExtension = fileExtension;
        this.documentName = documentName;
        this.sheets = List.copyOf(sheets);
    }

    /**
     * Starts the layout of documents of the given root type.
     *
     * @param rootType      the EClass of the document's root
     * @param fileExtension the plan file extension, without the dot, e.g. {@code campaigns}
     * @param rootSheet     the name of the sheet holding the document's own attributes, e.g. {@code Calendar}
     */
    public static Builder builder(EClass rootType, String fileExtension, String rootSheet) {
        return new Builder(rootType, fileExtension, rootSheet);
    }

    public EClass rootType() {
        return rootType;
    }

    /** The plan file extension, without the dot. */
    public String fileExtension() {
        return fileExtension;
    }

    /** What the document is, in words, e.g. {@code campaign calendar}. */
    public String documentName() {
        return documentName;
    }

    /** The sheets, the document's own first, every sheet after the sheet of its parent. */
    public List<SheetLayout> sheets() {
        return sheets;
    }

    public SheetLayout rootSheet() {
        return sheets.get(0);
    }

    public Optional<SheetLayout> sheet(String name) {
        return sheets.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    @Override
    public String toString() {
        return documentName + " (." + fileExtension + "): "
                + sheets.stream().map(SheetLayout::name).collect(Collectors.joining(", "));
    }

    /** What a declaration says about one sheet. */
    public static final class SheetSettings {
        private final Set<String> required = new LinkedHashSet<>();
        private final List<String> key = new ArrayList<>();
        private final Map<EStructuralFeature, String> renamed = new HashMap<>();
        private final Map<String, String> meanings = new HashMap<>();
        private String parentColumn;
        private String meaning;

        private SheetSettings() {
        }

        /** Columns that must be present and filled in every row. */
        public SheetSettings required(String... columns) {
            required.addAll(List.of(columns));
            return this;
        }

        /**
         * Columns that identify a row without an id among the rows of the same parent, for example the start of an
         * interval. Duplicates are errors, and importing into an existing document updates the element with the
         * same key. Without a key, rows without ids are matched by position.
         */
        public SheetSettings key(String... columns) {
            key.addAll(List.of(columns));
            return this;
        }

        /** The header of the parent column; by default the anchor's type, e.g. {@code campaign}. */
        public SheetSettings parentColumn(String name) {
            parentColumn = name;
            return this;
        }

        /** Gives the column of a feature another header than its name in snake case. */
        public SheetSettings rename(EStructuralFeature feature, String column) {
            renamed.put(feature, column);
            return this;
        }

        /** What a column means, when the model's documentation does not say it well for planners. */
        public SheetSettings meaning(String column, String text) {
            meanings.put(column, text);
            return this;
        }

        /** What the sheet holds. */
        public SheetSettings describe(String text) {
            meaning = text;
            return this;
        }
    }

    /** Declares a layout; {@link #build()} derives the sheets and columns from the model. */
    public static final class Builder {
        private final EClass rootType;
        private final String fileExtension;
        private final String rootSheet;
        private String documentName;
        private final SheetSettings rootSettings = new SheetSettings();
        private final Map<EReference, String> sheetNames = new LinkedHashMap<>();
        private final Map<EReference, SheetSettings> sheetSettings = new HashMap<>();
        private final Set<EStructuralFeature> skipped = new HashSet<>();
        private tandem.excel.internal.ModelDocumentation docs;

        private Builder(EClass rootType, String fileExtension, String rootSheet) {
            this.rootType = rootType;
            this.fileExtension = fileExtension;
            this.rootSheet = rootSheet;
            this.documentName = Names.words(rootType.getName());
        }

        /** What the document is, in words, e.g. {@code contact-center setup}. */
        public Builder documentName(String name) {
            documentName = name;
            return this;
        }

        public Builder root(Consumer<SheetSettings> settings) {
            settings.accept(rootSettings);
            return this;
        }

        public Builder sheet(String name, EReference containment) {
            return sheet(name, containment, s -> {
            });
        }

        public Builder sheet(String name, EReference containment, Consumer<SheetSettings> settings) {
            if (!containment.isContainment()) {
                throw new IllegalArgumentException(containment.getName() + " is not a containment");
            }
            sheetNames.put(containment, name);
            SheetSettings s = new SheetSettings();
            settings.accept(s);
            sheetSettings.put(containment, s);
            return this;
        }

        /** Leaves features out of the workbook (derived data, or data kept elsewhere). */
        public Builder skip(EStructuralFeature... features) {
            skipped.addAll(List.of(features));
            return this;
        }

        /**
         * Derives the layout.
         *
         * @throws IllegalStateException when the declaration does not fit the model (a declared sheet that is not
         *                               reachable, an unknown column, a duplicate sheet or column name)
         */
        public WorkbookLayout build() {
            docs = new tandem.excel.internal.ModelDocumentation();
            List<SheetLayout> sheets = new ArrayList<>();
            Set<EReference> used = new HashSet<>();
            SheetLayout root = sheet(rootSheet, null, null, rootSettings);
            sheets.add(root);
            walk(root, sheets, used);
            Set<EReference> unused = new HashSet<>(sheetNames.keySet());
            unused.removeAll(used);
            if (!unused.isEmpty()) {
                throw new IllegalStateException("Declared sheets are not part of a " + documentName + ": "
                        + unused.stream().map(sheetNames::get).collect(Collectors.joining(", ")));
            }
            Set<String> names = new HashSet<>();
            for (SheetLayout sheet : sheets) {
                if (!names.add(Names.loose(sheet.name()))) {
                    throw new IllegalStateException("Two sheets are named '" + sheet.name() + "'");
                }
                if (sheet.name().length() > 31 || sheet.name().matches(".*[\\[\\]:*?/\\\\].*")) {
                    throw new IllegalStateException("'" + sheet.name() + "' cannot be an Excel sheet name");
                }
            }
            return new WorkbookLayout(rootType, fileExtension, documentName, sheets);
        }

        private void walk(SheetLayout sheet, List<SheetLayout> sheets, Set<EReference> used) {
            Set<EReference> containments = new LinkedHashSet<>();
            for (EClass type : sheet.rowTypes()) {
                for (EReference r : type.getEAllContainments()) {
                    if (!skipped.contains(r) && r.isChangeable() && !r.isDerived() && !r.isTransient()) {
                        containments.add(r);
                    }
                }
            }
            for (EReference containment : containments) {
                used.add(containment);
                String name = sheetNames.getOrDefault(containment, Names.title(containment.getName()));
                SheetLayout child = sheet(name, containment, sheet,
                        sheetSettings.getOrDefault(containment, new SheetSettings()));
                sheets.add(child);
                walk(child, sheets, used);
            }
        }

        private SheetLayout sheet(String name, EReference containment, SheetLayout parent, SheetSettings settings) {
            EClass elementType = containment == null ? rootType : containment.getEReferenceType();
            List<EClass> rowTypes = containment == null ? List.of(rootType) : concreteTypes(elementType);
            if (rowTypes.isEmpty()) {
                throw new IllegalStateException("Sheet '" + name + "': " + elementType.getName()
                        + " has no concrete type");
            }
            SheetLayout anchor = null;
            List<EReference> path = new ArrayList<>();
            if (parent != null) {
                if (parent.isRoot() || parent.idAttribute() != null) {
                    anchor = parent;
                } else if (!parent.containment().isMany()) {
                    anchor = parent.anchor();
                    path.addAll(parent.pathFromAnchor());
                    path.add(parent.containment());
                } else {
                    throw new IllegalStateException("Sheet '" + name + "': rows of sheet '" + parent.name()
                            + "' have no id, so they cannot hold rows of another sheet");
                }
            }
            Map<String, Column> columns = new LinkedHashMap<>();
            EAttribute id = elementType.getEIDAttribute();
            if (id != null && !skipped.contains(id)) {
                Map<EClass, EStructuralFeature> ids = new LinkedHashMap<>();
                rowTypes.forEach(t -> ids.put(t, id));
                add(columns, new Column("id", Column.Role.ID, ids, false, settings.meanings.getOrDefault("id",
                        "Stable id of the " + Names.words(elementType.getName())
                                + "; leave it blank for new rows")));
            }
            if (rowTypes.size() > 1 || elementType.isAbstract()) {
                add(columns, new Column("type", Column.Role.TYPE, Map.of(), true, settings.meanings.getOrDefault(
                        "type", "Row type: " + rowTypes.stream().map(SheetLayout::typeName)
                                .collect(Collectors.joining(", ")))));
            }
            if (anchor != null && !anchor.isRoot()) {
                // Rows name the element holding them: a menu for menu options, though the Nodes sheet has all nodes.
                EClass parentType = path.isEmpty() ? containment.getEContainingClass() : anchor.elementType();
                String parentName = settings.parentColumn != null ? settings.parentColumn
                        : Names.column(parentType.getName());
                String what = settings.parentColumn != null ? Names.words(settings.parentColumn)
                        : Names.words(parentType.getName());
                add(columns, new Column(parentName, Column.Role.PARENT, Map.of(), true, settings.meanings
                        .getOrDefault(parentName, "Name or id of the " + what + " (sheet " + anchor.name()
                                + ") the row belongs to")));
            }
            Map<String, Map<EClass, EStructuralFeature>> values = new LinkedHashMap<>();
            for (EClass type : rowTypes) {
                for (EStructuralFeature feature : type.getEAllStructuralFeatures()) {
                    if (isColumn(feature, type)) {
                        String columnName = settings.renamed.getOrDefault(feature, Names.column(feature.getName()));
                        values.computeIfAbsent(columnName, n -> new LinkedHashMap<>()).put(type, feature);
                    }
                }
            }
            values.forEach((columnName, features) -> {
                EStructuralFeature any = features.values().iterator().next();
                String meaning = settings.meanings.get(columnName);
                if (meaning == null) {
                    meaning = documentation(any);
                }
                if (meaning.isEmpty()) {
                    meaning = defaultMeaning(any, elementType);
                }
                add(columns, new Column(columnName, Column.Role.VALUE, features,
                        settings.required.contains(columnName), meaning));
            });
            for (String required : settings.required) {
                if (!columns.containsKey(required)) {
                    throw new IllegalStateException("Sheet '" + name + "' has no column '" + required + "'");
                }
            }
            List<Column> all = new ArrayList<>();
            for (Column column : columns.values()) {
                all.add(settings.required.contains(column.name()) && !column.required()
                        ? new Column(column.name(), column.role(), column.features(), true, column.meaning())
                        : column);
            }
            for (String key : settings.key) {
                if (!columns.containsKey(key)) {
                    throw new IllegalStateException("Sheet '" + name + "' has no key column '" + key + "'");
                }
            }
            String meaning = settings.meaning;
            if (meaning == null) {
                meaning = containment == null ? documentation(rootType) : documentation(containment);
                if (meaning.isEmpty() && containment != null) {
                    meaning = documentation(elementType);
                }
            }
            EClass parentType = anchor == null ? null
                    : anchor.isRoot() || !path.isEmpty() ? anchor.elementType() : containment.getEContainingClass();
            return new SheetLayout(name, containment, parent, anchor, parentType, path, rowTypes, all, settings.key,
                    meaning);
        }

        private static String defaultMeaning(EStructuralFeature feature, EClass elementType) {
            String owner = Names.words(elementType.getName());
            switch (feature.getName()) {
            case "name":
                return "Name of the " + owner;
            case "description":
                return "Free text about the " + owner;
            default:
                String words = Names.words(feature.getName());
                return Character.toUpperCase(words.charAt(0)) + words.substring(1) + " of the " + owner;
            }
        }

        private boolean isColumn(EStructuralFeature feature, EClass type) {
            if (skipped.contains(feature) || feature.isDerived() || feature.isTransient() || feature.isVolatile()
                    || !feature.isChangeable() || feature == type.getEIDAttribute()) {
                return false;
            }
            if (feature instanceof EReference reference) {
                return !reference.isContainment() && !reference.isContainer();
            }
            return !org.eclipse.emf.ecore.util.FeatureMapUtil.isFeatureMap(feature);
        }

        private static void add(Map<String, Column> columns, Column column) {
            if (columns.putIfAbsent(column.name(), column) != null) {
                throw new IllegalStateException("Two columns are named '" + column.name() + "'");
            }
        }

        private static List<EClass> concreteTypes(EClass type) {
            List<EClass> types = new ArrayList<>();
            for (EClassifier classifier : type.getEPackage().getEClassifiers()) {
                if (classifier instanceof EClass c && !c.isAbstract() && !c.isInterface() && type.isSuperTypeOf(c)) {
                    types.add(c);
                }
            }
            return types;
        }

        private String documentation(org.eclipse.emf.ecore.EModelElement element) {
            return docs.of(element);
        }
    }
}
