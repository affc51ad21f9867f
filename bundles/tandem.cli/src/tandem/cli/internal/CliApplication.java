package tandem.cli.internal;

import java.nio.file.Path;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

import tandem.cli.CliContext;

/** The headless application behind {@code tandem-cli}; its result is the process exit code. */
public class CliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        Bundle bundle = FrameworkUtil.getBundle(CliApplication.class);
        BundleContext bundles = bundle.getBundleContext();
        if (Boolean.parseBoolean(bundles.getProperty(LeftOutBundles.HEADLESS_PROPERTY))) {
            LeftOutBundles.warning(bundles.getBundles()).ifPresent(System.err::println);
        }
        Version version = bundle.getVersion();
        CliRunner runner = new CliRunner(new CommandRegistry(),
                version.getMajor() + "." + version.getMinor() + "." + version.getMicro()
                        + (version.getQualifier().isEmpty() ? "" : " (build " + version.getQualifier() + ")"));
        int exitCode = runner.run(args == null ? new String[0] : args,
                CliContext.of(System.out, System.err, Path.of(System.getProperty("user.dir"))));
        System.out.flush();
        System.err.flush();
        return Integer.valueOf(exitCode);
    }

    @Override
    public void stop() {
        // Commands run to completion; there is nothing to interrupt.
    }
}
