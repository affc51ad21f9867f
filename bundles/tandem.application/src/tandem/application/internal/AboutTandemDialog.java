package tandem.application.internal;

import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/**
 * Help &gt; About: the product's name, its version read from the bundle that defines the product (so it changes with
 * every build, never a string kept by hand), and the product's about text. Every line is laid out at its natural
 * size and the dialog is sized to its contents, so nothing is clipped.
 */
public class AboutTandemDialog extends Dialog {

    /** The window title. */
    public static final String TITLE = "About Tandem";

    private Image image;

    public AboutTandemDialog(Shell parent) {
        super(parent);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
    }

    /**
     * "Version 0.1.0 (build 202612070530)" for a bundle version: major.minor.micro, and the build qualifier when the
     * build stamped one.
     */
    public static String versionText(Version version) {
        String text = "Version " + version.getMajor() + "." + version.getMinor() + "." + version.getMicro();
        String qualifier = version.getQualifier();
        if (!qualifier.isEmpty() && !"qualifier".equals(qualifier)) {
            text += " (build " + qualifier + ")";
        }
        return text;
    }

    /** The version of the bundle that defines the running product, or of this bundle when no product runs. */
    static Version productVersion() {
        IProduct product = Platform.getProduct();
        Bundle bundle = product != null && product.getDefiningBundle() != null ? product.getDefiningBundle()
                : FrameworkUtil.getBundle(AboutTandemDialog.class);
        return bundle != null ? bundle.getVersion() : Version.emptyVersion;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).spacing(16, 6).applyTo(area);
        IProduct product = Platform.getProduct();
        Label icon = new Label(area, SWT.NONE);
        ImageDescriptor descriptor = ImageDescriptor.createFromURL(
                AboutTandemDialog.class.getResource("/icons/tandem48.png"));
        image = descriptor.createImage(false);
        if (image != null) {
            icon.setImage(image);
        }
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).span(1, 3).applyTo(icon);

        Label name = new Label(area, SWT.NONE);
        name.setText(product != null && product.getName() != null ? product.getName() : "Tandem");
        name.setFont(JFaceResources.getHeaderFont());
        GridDataFactory.swtDefaults().applyTo(name);

        Label version = new Label(area, SWT.NONE);
        version.setText(versionText(productVersion()));
        version.setData("name", "version");
        GridDataFactory.swtDefaults().applyTo(version);

        Label text = new Label(area, SWT.NONE);
        text.setText(aboutText(product));
        text.setData("name", "about");
        GridDataFactory.swtDefaults().indent(0, 8).applyTo(text);
        return area;
    }

    /** The product's about text without its first line (the name, shown above in large type). */
    private static String aboutText(IProduct product) {
        String about = product != null ? product.getProperty("aboutText") : null;
        if (about == null) {
            return "Contact-center planning workbench.";
        }
        String name = product.getName();
        if (name != null && about.startsWith(name + "\n")) {
            about = about.substring(name.length() + 1);
        }
        return about.strip();
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    public boolean close() {
        boolean closed = super.close();
        if (closed && image != null) {
            image.dispose();
            image = null;
        }
        return closed;
    }
}
