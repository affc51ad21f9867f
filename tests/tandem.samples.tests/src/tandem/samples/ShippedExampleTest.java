package tandem.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example {@code tandem.samples} ships as files ({@code example/}, copied into new projects in milliseconds) is
 * exactly what its code builds. When the code of the example changes, this test fails until the files are written
 * again:
 *
 * <pre>
 * ./mvnw -o verify -pl bundles/tandem.samples,tests/tandem.samples.tests -Dtandem.samples.example=write
 * </pre>
 *
 * which writes what the code builds into {@code bundles/tandem.samples/example/} (then build again and commit them).
 */
class ShippedExampleTest {

    private static final String HOW = "write them again: ./mvnw -o verify -pl bundles/tandem.samples,"
            + "tests/tandem.samples.tests -Dtandem.samples.example=write (docs/DEVELOPING.md)";

    @Test
    void theShippedFilesAreWhatTheCodeBuilds(@TempDir Path built) throws IOException {
        List<Path> files = SamplePlans.build().writeTo(built);
        assertEquals(SamplePlans.fileNames(), files.stream().map(file -> file.getFileName().toString()).toList());
        if ("write".equals(System.getProperty("tandem.samples.example"))) {
            Path folder = Path.of(System.getProperty("tandem.samples.exampleFolder"));
            Files.createDirectories(folder);
            for (Path file : files) {
                Files.copy(file, folder.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
            System.out.println("ShippedExampleTest: wrote the example into " + folder.toRealPath()
                    + "; build tandem.samples again to ship it");
            return; // the bundle under test still holds the files before
        }
        List<String> differing = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            byte[] actual = shipped(name);
            if (actual == null) {
                differing.add(name + " (not shipped)");
                continue;
            }
            byte[] expected = Files.readAllBytes(file);
            if (!Arrays.equals(expected, actual)) {
                differing.add(name + " (differs from byte " + Arrays.mismatch(expected, actual) + ")");
            }
        }
        if (!differing.isEmpty()) {
            fail("The example shipped in tandem.samples/" + SamplePlans.SHIPPED_FOLDER + " is not what its code builds: "
                    + String.join(", ", differing) + "; " + HOW);
        }
    }

    @Test
    void newProjectsGetTheShippedFiles(@TempDir Path folder) throws IOException {
        List<Path> written = SamplePlans.writeTo(folder.resolve("new"));
        assertEquals(SamplePlans.fileNames(), written.stream().map(file -> file.getFileName().toString()).toList());
        for (Path file : written) {
            byte[] shipped = shipped(file.getFileName().toString());
            assertNotNull(shipped, file.getFileName() + " is shipped");
            assertTrue(Arrays.equals(shipped, Files.readAllBytes(file)),
                    file.getFileName() + " is copied from the shipped example");
        }
        try (var left = Files.list(folder.resolve("new"))) {
            assertEquals(SamplePlans.fileNames().size(), left.count(), "no temporary file is left behind");
        }
    }

    /** The bytes of the shipped file of that name, or {@code null} when it is not shipped. */
    private static byte[] shipped(String name) throws IOException {
        URL url = SamplePlans.shippedFile(name);
        if (url == null) {
            return null;
        }
        try (InputStream in = url.openStream()) {
            return in.readAllBytes();
        }
    }
}
