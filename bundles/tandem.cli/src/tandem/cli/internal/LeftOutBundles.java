package tandem.cli.internal;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import org.osgi.framework.Bundle;

/**
 * The command line runs in a configuration of its own that leaves the workbench's bundles out (the start script's
 * {@code lib/cli-bundles-excluded.txt}). A bundle that needs one of those cannot resolve there, and its commands
 * would be missing without a word: this says which bundles that happened to.
 */
final class LeftOutBundles {

    /** Framework property the start script sets in the command line's own configuration. */
    static final String HEADLESS_PROPERTY = "tandem.cli.headless";

    private LeftOutBundles() {
    }

    /** One line naming the bundles that could not be resolved, if any. */
    static Optional<String> warning(Bundle[] bundles) {
        String names = Arrays.stream(bundles).filter(b -> b.getState() == Bundle.INSTALLED)
                .map(b -> b.getSymbolicName() == null ? b.getLocation() : b.getSymbolicName()).sorted()
                .collect(Collectors.joining(", "));
        if (names.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(CliRunner.NAME + ": warning: left out of the command line, as they need bundles of the"
                + " workbench that it does not start (see lib/cli-bundles-excluded.txt): " + names);
    }
}
