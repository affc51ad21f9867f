package tandem.guards;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks the shape of the bundles under {@code bundles/} and exits with status 1, listing every breach, when:
 * <ul>
 * <li>a headless bundle (all but the {@code *.ui} bundles and {@code tandem.application}) requires or imports SWT,
 * JFace, the Eclipse UI or a Tandem UI bundle, or a Java file of it imports one of their packages;</li>
 * <li>a package named {@code internal} or {@code impl} is exported without {@code x-internal} or
 * {@code x-friends};</li>
 * <li>README.md does not name a bundle.</li>
 * </ul>
 */
public final class BundleShape {

    private static final Pattern UI_NAME = Pattern.compile(
            "org\\.eclipse\\.(swt|jface|ui|e4\\.ui)(\\..*)?|tandem\\..*\\.ui|tandem\\.application");
    private static final Pattern UI_IMPORT = Pattern.compile(
            "(?m)^import (static )?(org\\.eclipse\\.(swt|jface|ui|e4\\.ui)|tandem\\.[a-z.]*\\.ui)\\.");

    private BundleShape() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        List<String> breaches = check(root);
        if (!breaches.isEmpty()) {
            breaches.forEach(b -> System.err.println("bundle shape: " + b));
            System.exit(1);
        }
        System.out.println("bundle shape: headless bundles, exports and README agree");
    }

    static List<String> check(Path root) throws IOException {
        List<String> breaches = new ArrayList<>();
        String readme = Files.readString(root.resolve("README.md"));
        try (Stream<Path> bundles = Files.list(root.resolve("bundles"))) {
            for (Path bundle : bundles.sorted().toList()) {
                Path manifestFile = bundle.resolve("META-INF/MANIFEST.MF");
                if (!Files.isRegularFile(manifestFile)) {
                    continue;
                }
                Manifest manifest;
                try (InputStream in = Files.newInputStream(manifestFile)) {
                    manifest = new Manifest(in);
                }
                String id = manifest.getMainAttributes().getValue("Bundle-SymbolicName").split(";")[0].trim();
                if (!readme.contains("`" + id + "`") && !readme.contains(id + "`")) {
                    breaches.add(id + ": not listed in README.md's folder table");
                }
                checkExports(id, manifest.getMainAttributes().getValue("Export-Package"), breaches);
                if (!UI_NAME.matcher(id).matches()) {
                    checkHeadless(id, bundle, manifest, breaches);
                }
            }
        }
        return breaches;
    }

    private static void checkExports(String id, String exports, List<String> breaches) {
        for (String clause : clauses(exports)) {
            String name = clause.split(";")[0].trim();
            boolean internal = name.matches(".*\\.(internal|impl)(\\..*)?");
            if (internal && !clause.contains("x-internal:=true") && !clause.contains("x-friends:=")) {
                breaches.add(id + ": exports " + name + " without x-internal or x-friends");
            }
        }
    }

    private static void checkHeadless(String id, Path bundle, Manifest manifest, List<String> breaches)
            throws IOException {
        for (String header : new String[] { "Require-Bundle", "Import-Package" }) {
            for (String clause : clauses(manifest.getMainAttributes().getValue(header))) {
                String name = clause.split(";")[0].trim();
                if (UI_NAME.matcher(name).matches()) {
                    breaches.add(id + ": a headless bundle, but its " + header + " names " + name);
                }
            }
        }
        for (String folder : new String[] { "src", "src-gen" }) {
            Path sources = bundle.resolve(folder);
            if (!Files.isDirectory(sources)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher matcher = UI_IMPORT.matcher(Files.readString(file));
                    if (matcher.find()) {
                        breaches.add(id + ": a headless bundle, but " + bundle.relativize(file) + " imports "
                                + matcher.group(2));
                    }
                }
            }
        }
    }

    /** The comma-separated clauses of a manifest header, commas inside quotes kept. */
    private static List<String> clauses(String header) {
        List<String> clauses = new ArrayList<>();
        if (header == null) {
            return clauses;
        }
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                clauses.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        clauses.add(current.toString());
        return clauses;
    }
}
