package tandem.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.cli.CliContext;

/** {@code tandem-cli validate} names the element of each problem once, by its path. */
class ValidateOutputTest {

    @TempDir
    Path root;

    @Test
    void aProblemNamesItsElementOnce() throws Exception {
        Files.writeString(root.resolve("acme.center"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <core:ContactCenter xmlns:core="http://tandem.dev/core/1.0" id="center-1" name="Acme">
                  <teams id="team-1" name="Night shift" headcount="-3"/>
                </core:ContactCenter>
                """);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliContext context = CliContext.of(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), root);
        assertEquals(1, new CliRunner(new CommandRegistry(), "9.9.9").run(new String[] { "validate", "." }, context));
        String problems = err.toString(StandardCharsets.UTF_8);
        assertTrue(problems.contains("acme.center: Contact center 'Acme' / Team 'Night shift': headcount -3 cannot be"
                + " negative"), problems);
        assertEquals(problems.indexOf("Team 'Night shift'"), problems.lastIndexOf("Team 'Night shift'"), problems);
    }
}
