package tandem.core.registry;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IContributor;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IRegistryEventListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.spi.RegistryContributor;

/**
 * Reads one extension point into descriptors, lazily and safely.
 * <p>
 * Descriptors are read on first use and read again after bundles contributing to the point come or go. A
 * contribution that is wrong (a missing attribute, a duplicate id) is reported in the error log, naming the
 * contributing bundle, and skipped: it never keeps the other contributions from working. Contributed classes are
 * not created here; descriptors hold {@link LazyInstance}s that create them on first use.
 *
 * @param <T> the descriptor type
 */
public abstract class ExtensionReader<T> {

    private final String extensionPointId;
    private List<T> descriptors;
    private IRegistryEventListener listener;

    /** @param extensionPointId the fully qualified id, e.g. {@code tandem.cli.commands} */
    protected ExtensionReader(String extensionPointId) {
        this.extensionPointId = extensionPointId;
    }

    /** The valid contributions, in registry order. */
    public synchronized List<T> descriptors() {
        if (descriptors == null) {
            descriptors = List.copyOf(readAll());
        }
        return descriptors;
    }

    private List<T> readAll() {
        IExtensionRegistry registry = Platform.getExtensionRegistry();
        List<T> result = new ArrayList<>();
        if (registry == null) {
            return result;
        }
        if (listener == null) {
            listener = new IRegistryEventListener() {
                @Override
                public void added(IExtension[] extensions) {
                    invalidate();
                }

                @Override
                public void removed(IExtension[] extensions) {
                    invalidate();
                }

                @Override
                public void added(IExtensionPoint[] extensionPoints) {
                    invalidate();
                }

                @Override
                public void removed(IExtensionPoint[] extensionPoints) {
                    invalidate();
                }
            };
            registry.addListener(listener, extensionPointId);
        }
        for (IConfigurationElement element : registry.getConfigurationElementsFor(extensionPointId)) {
            try {
                T descriptor = read(element, result);
                if (descriptor != null) {
                    result.add(descriptor);
                }
            } catch (InvalidContributionException e) {
                logInvalid(element, e.getMessage(), null);
            } catch (RuntimeException e) {
                logInvalid(element, "could not be read: " + e, e);
            }
        }
        return result;
    }

    /** Forgets what was read, so that the next {@link #descriptors()} reads the registry again. */
    public synchronized void invalidate() {
        descriptors = null;
    }

    /**
     * Turns one configuration element into a descriptor.
     *
     * @param element   the contribution
     * @param readSoFar the descriptors already accepted, to detect duplicates
     * @return the descriptor, or {@code null} to skip an element this reader does not handle
     * @throws InvalidContributionException when the contribution is wrong; it is logged and skipped
     */
    protected abstract T read(IConfigurationElement element, List<T> readSoFar) throws InvalidContributionException;

    /** The value of a required attribute. */
    protected static String required(IConfigurationElement element, String attribute)
            throws InvalidContributionException {
        String value = element.getAttribute(attribute);
        if (value == null || value.isBlank()) {
            throw new InvalidContributionException("<" + element.getName() + "> lacks the required attribute '"
                    + attribute + "'");
        }
        return value.trim();
    }

    /** The bundle that made the contribution, naming a fragment rather than its host. */
    public static String contributorOf(IConfigurationElement element) {
        IContributor contributor = element.getContributor();
        return contributor instanceof RegistryContributor registry ? registry.getActualName() : contributor.getName();
    }

    /** Reports a bad contribution in the error log, naming its bundle and the extension point. */
    protected void logInvalid(IConfigurationElement element, String message, Throwable cause) {
        String contributor = contributorOf(element);
        Platform.getLog(getClass()).log(new Status(IStatus.ERROR, contributor, "Ignored a contribution of bundle '"
                + contributor + "' to extension point '" + extensionPointId + "': " + message, cause));
    }
}
