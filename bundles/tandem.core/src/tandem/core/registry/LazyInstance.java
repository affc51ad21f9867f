package tandem.core.registry;

import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;

/**
 * A contributed class, created on first use. A class that cannot be created or has the wrong type is reported
 * once in the error log and yields nothing from then on.
 *
 * @param <T> the expected type
 */
public final class LazyInstance<T> {

    private final IConfigurationElement element;
    private final String attribute;
    private final Class<T> type;
    private T instance;
    private boolean failed;

    public LazyInstance(IConfigurationElement element, String attribute, Class<T> type) {
        this.element = element;
        this.attribute = attribute;
        this.type = type;
    }

    /** The instance, creating it if needed; empty when it cannot be created (the reason is in the error log). */
    public synchronized Optional<T> get() {
        if (instance == null && !failed) {
            String contributor = ExtensionReader.contributorOf(element);
            try {
                Object created = element.createExecutableExtension(attribute);
                if (type.isInstance(created)) {
                    instance = type.cast(created);
                } else {
                    failed = true;
                    Platform.getLog(LazyInstance.class).log(new Status(IStatus.ERROR, contributor, "Class '"
                            + element.getAttribute(attribute) + "' contributed by bundle '" + contributor
                            + "' does not implement " + type.getName()));
                }
            } catch (CoreException | RuntimeException | LinkageError e) {
                failed = true;
                Platform.getLog(LazyInstance.class).log(new Status(IStatus.ERROR, contributor, "Could not create '"
                        + element.getAttribute(attribute) + "' contributed by bundle '" + contributor + "'", e));
            }
        }
        return Optional.ofNullable(instance);
    }

    /** The class name as contributed, for messages. */
    public String className() {
        return element.getAttribute(attribute);
    }
}
