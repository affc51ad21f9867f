package tandem.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;

/** A bundle that cannot resolve in the command line's configuration is named, not silently missing. */
class LeftOutBundlesTest {

    private final BundleContext context = FrameworkUtil.getBundle(LeftOutBundlesTest.class).getBundleContext();

    @Test
    void namesABundleThatNeedsAMissingBundle() throws Exception {
        Bundle needsUi = install("tandem.leftout.cli", "Require-Bundle", "tandem.no.such.ui.bundle");
        try {
            assertEquals(Bundle.INSTALLED, needsUi.getState(), "precondition: the bundle is not resolved");
            Optional<String> warning = LeftOutBundles.warning(new Bundle[] { context.getBundle(0), needsUi });
            assertTrue(warning.isPresent(), "no warning for a bundle left out");
            assertTrue(warning.get().startsWith("tandem-cli: warning: left out of the command line"), warning.get());
            assertTrue(warning.get().endsWith(": tandem.leftout.cli"), warning.get());
            assertEquals(1, warning.get().lines().count(), "one line");
        } finally {
            needsUi.uninstall();
        }
    }

    @Test
    void saysNothingWhenEveryBundleResolved() {
        Bundle cli = FrameworkUtil.getBundle(LeftOutBundles.class);
        assertEquals(Optional.empty(), LeftOutBundles.warning(new Bundle[] { context.getBundle(0), cli }));
    }

    private Bundle install(String symbolicName, String header, String value) throws IOException, BundleException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue(header, value);
        ByteArrayOutputStream jar = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(jar, manifest)) {
            out.flush();
        }
        return context.installBundle("test:" + symbolicName, new ByteArrayInputStream(jar.toByteArray()));
    }
}
