package tandem.core.ui.emf;

import java.net.URL;

import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.graphics.Image;

/** Turns the image objects EMF item providers answer (URLs, composed images) into SWT images. */
public final class ItemImages {

    private ItemImages() {
    }

    /** The descriptor for an item provider's image object, or {@code null}. */
    public static ImageDescriptor descriptorOf(Object image) {
        if (image instanceof ImageDescriptor descriptor) {
            return descriptor;
        }
        if (image instanceof Image swt) {
            return ImageDescriptor.createFromImage(swt);
        }
        if (image instanceof URL url) {
            return ImageDescriptor.createFromURL(url);
        }
        if (image instanceof ComposedImage composed && !composed.getImages().isEmpty()) {
            // Overlays are decoration only; the base image carries the meaning.
            return descriptorOf(composed.getImages().get(0));
        }
        return null;
    }

    /** The image, created in (and disposed with) the given resource manager, or {@code null}. */
    public static Image imageOf(Object image, ResourceManager resources) {
        ImageDescriptor descriptor = descriptorOf(image);
        return descriptor == null ? null : resources.create(descriptor);
    }
}
