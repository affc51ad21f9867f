package tandem.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Regenerates the EMF model and edit code of every {@code model/*.genmodel} below the bundles folder, without an
 * IDE.
 * <p>
 * Generation always goes to a scratch folder first. In {@code verify} mode the scratch output is compared with
 * the committed files and any difference fails the build, because generated code must never be edited by hand.
 * In {@code write} mode the generated files replace the committed ones (stale generated files are removed).
 * <p>
 * The generated files a bundle owns are {@code src-gen/} and, for edit bundles, {@code plugin.properties} and
 * {@code icons/full/}. Manifests and plugin.xml files stay hand-written.
 */
public final class RegenerateModels {

    private RegenerateModels() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3 || !Set.of("verify", "write").contains(args[0])) {
            throw new IllegalArgumentException(
                    "usage: RegenerateModels verify|write <bundles folder> <scratch folder> [model bundle, ...]");
        }
        // An optional comma-separated list of model bundles restricts the run to their genmodels.
        Set<String> only = args.length > 3 && args[3] != null && !args[3].isBlank() ? Set.of(args[3].split("\\s*,\\s*")) : Set.of();
        boolean write = args[0].equals("write");
        Path bundles = Path.of(args[1]).toAbsolutePath().normalize();
        Path scratch = Path.of(args[2]).toAbsolutePath().normalize();
        deleteTree(scratch);
        Files.createDirectories(scratch);

        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);

        List<Path> genModels;
        try (Stream<Path> files = Files.walk(bundles, 3)) {
            genModels = files.filter(p -> p.toString().endsWith(".genmodel"))
                    .filter(p -> only.isEmpty() || only.contains(bundles.relativize(p).getName(0).toString()))
                    .sorted().collect(Collectors.toList());
        }
        List<String> differences = new ArrayList<>();
        for (Path genModelFile : genModels) {
            Set<String> projects = generate(genModelFile, bundles, scratch);
            for (String project : projects) {
                Path generated = scratch.resolve(project);
                Path committed = bundles.resolve(project);
                for (String owned : ownedPaths(generated)) {
                    if (write) {
                        replace(generated.resolve(owned), committed.resolve(owned));
                    } else {
                        differences.addAll(compare(generated.resolve(owned), committed.resolve(owned), bundles));
                    }
                }
            }
            System.out.println("[codegen] " + bundles.relativize(genModelFile) + (write ? ": written" : ": checked"));
        }
        if (!differences.isEmpty()) {
            System.err.println("[codegen] Generated code differs from what the .genmodel files produce:");
            differences.forEach(d -> System.err.println("[codegen]   " + d));
            System.err.println("[codegen] Never edit src-gen by hand; run ./mvnw -pl releng/tandem.codegen process-classes"
                    + " -Dtandem.codegen=write after changing a model, and commit the result.");
            throw new IllegalStateException(differences.size() + " generated file(s) out of date");
        }
    }

    /** Runs the generator for one genmodel into the scratch folder; answers the projects it wrote. */
    private static Set<String> generate(Path genModelFile, Path bundles, Path scratch) throws IOException {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);

        // Every bundle is visible as a platform resource, so that cross-bundle ecore references resolve;
        // generation output is then redirected to scratch by mapping the generated projects' folders.
        try (Stream<Path> dirs = Files.list(bundles)) {
            for (Path dir : dirs.filter(Files::isDirectory).collect(Collectors.toList())) {
                EcorePlugin.getPlatformResourceMap().put(dir.getFileName().toString(),
                        URI.createFileURI(dir.toString() + "/"));
            }
        }
        GenModel genModel = (GenModel) resourceSet
                .getResource(URI.createFileURI(genModelFile.toString()), true).getContents().get(0);
        Set<String> projects = new TreeSet<>();
        projects.add(projectOf(genModel.getModelDirectory()));
        if (genModel.getEditDirectory() != null && !genModel.getEditDirectory().isEmpty()) {
            projects.add(projectOf(genModel.getEditDirectory()));
        }
        for (String project : projects) {
            URI target = URI.createFileURI(scratch.resolve(project).toString() + "/");
            EcorePlugin.getPlatformResourceMap().put(project, target);
            Files.createDirectories(scratch.resolve(project));
            // Existing hand-written plugin.xml/manifests are not read: the generator would only merge into them.
        }

        genModel.reconcile();
        genModel.setCanGenerate(true);
        genModel.setUpdateClasspath(false);
        Diagnostic valid = genModel.diagnose();
        if (valid.getSeverity() == Diagnostic.ERROR) {
            throw new IllegalStateException(genModelFile + " is invalid: " + describe(valid));
        }

        java.io.PrintStream stderr = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            runGenerator(genModelFile, genModel, projects.size() > 1);
        } finally {
            System.setErr(stderr);
            printWithoutMergeNotice(captured.toString(java.nio.charset.StandardCharsets.UTF_8));
        }
        for (String project : projects) {
            EcorePlugin.getPlatformResourceMap().put(project, URI.createFileURI(bundles.resolve(project) + "/"));
        }
        return projects;
    }

    /** EMF reports that the (deliberately absent) JMerge helper cannot be created; everything else is shown. */
    private static void printWithoutMergeNotice(String text) {
        boolean inNotice = false;
        for (String line : text.split("\\R")) {
            if (line.contains("Unable to instantiate a facade helper")) {
                inNotice = true;
            } else if (!(inNotice && line.startsWith("\tat "))) {
                inNotice = false;
                if (!line.isBlank()) {
                    System.err.println(line);
                }
            }
        }
    }

    private static void runGenerator(Path genModelFile, GenModel genModel, boolean withEdit) {
        Generator generator = new Generator();
        generator.setInput(genModel);
        // JMerge needs JDT, which is not on Maven Central in a usable form: generated files are simply overwritten,
        // which is right for us because hand-written code never lives in them.
        genModel.setFacadeHelperClass("tandem.codegen.NoJavaMerge");
        genModel.setCodeFormatting(false);
        BasicMonitor monitor = new BasicMonitor();
        check(genModelFile, generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, monitor));
        if (withEdit) {
            check(genModelFile, generator.generate(genModel, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE, monitor));
        }
    }

    private static void check(Path genModelFile, Diagnostic result) {
        if (result.getSeverity() == Diagnostic.ERROR) {
            throw new IllegalStateException("Generating " + genModelFile + " failed: " + describe(result));
        }
    }

    private static String describe(Diagnostic diagnostic) {
        StringBuilder text = new StringBuilder(String.valueOf(diagnostic.getMessage()));
        for (Diagnostic child : diagnostic.getChildren()) {
            text.append("\n  ").append(describe(child));
        }
        return text.toString();
    }

    private static String projectOf(String directory) {
        String path = directory.startsWith("/") ? directory.substring(1) : directory;
        return path.substring(0, path.indexOf('/'));
    }

    /** The generated files a bundle owns, relative to its folder. */
    private static List<String> ownedPaths(Path generatedProject) {
        List<String> owned = new ArrayList<>();
        owned.add("src-gen");
        if (Files.isDirectory(generatedProject.resolve("icons/full"))) {
            owned.add("icons/full");
            owned.add("plugin.properties");
        }
        return owned;
    }

    private static List<String> compare(Path generated, Path committed, Path base) throws IOException {
        List<String> differences = new ArrayList<>();
        Set<Path> generatedFiles = files(generated);
        Set<Path> committedFiles = files(committed);
        for (Path file : generatedFiles) {
            Path other = committed.resolve(generated.relativize(file).toString());
            if (!Files.exists(other)) {
                differences.add("missing: " + base.relativize(other));
            } else if (!Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1)
                    .equals(Files.readString(other, java.nio.charset.StandardCharsets.ISO_8859_1))) {
                differences.add("changed: " + base.relativize(other));
            }
        }
        for (Path file : committedFiles) {
            if (!Files.exists(generated.resolve(committed.relativize(file).toString()))) {
                differences.add("not generated any more: " + base.relativize(file));
            }
        }
        return differences;
    }

    private static Set<Path> files(Path root) throws IOException {
        if (Files.isRegularFile(root)) {
            return Set.of(root);
        }
        if (!Files.isDirectory(root)) {
            return Set.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static void replace(Path generated, Path committed) throws IOException {
        deleteTree(committed);
        if (Files.isRegularFile(generated)) {
            Files.createDirectories(committed.getParent());
            Files.copy(generated, committed, StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        for (Path file : files(generated)) {
            Path target = committed.resolve(generated.relativize(file).toString());
            Files.createDirectories(target.getParent());
            Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
