package tandem.ivr.ui.internal.flow;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.jface.viewers.IColorProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import tandem.ivr.model.EntryPoint;
import tandem.ivr.model.flow.CallFlow;
import tandem.ivr.model.flow.EdgeKind;
import tandem.ivr.model.flow.EntryPoints;
import tandem.core.ui.emf.ItemLabelProvider;

/** Labels of the call-flow tree: "[1 / billing] Route 'Billing'", "[no match] (no node yet)". */
public final class FlowLabels extends LabelProvider implements IColorProvider {

    /** The text of the group of unreached nodes. */
    public static final String UNREACHED = "Not reached from any entry point";

    private final ItemLabelProvider icons;

    public FlowLabels(AdapterFactory adapterFactory) {
        icons = new ItemLabelProvider(adapterFactory);
    }

    @Override
    public String getText(Object element) {
        if (!(element instanceof FlowItem item)) {
            return String.valueOf(element);
        }
        return switch (item.kind()) {
        case ENTRY -> entryText(item.entry());
        case GROUP -> UNREACHED;
        case UNREACHED -> CallFlow.nameOf(item.node());
        case STEP -> prefix(item) + CallFlow.nameOf(item.node());
        case MISSING -> prefix(item) + "(no node yet)";
        case LOOP -> prefix(item) + "back to " + CallFlow.nameOf(item.node());
        case SEEN -> prefix(item) + "to " + CallFlow.nameOf(item.node()) + " (shown above)";
        };
    }

    private static String prefix(FlowItem item) {
        return item.edge() == null || item.edge().kind() == EdgeKind.START ? "" : "[" + item.edge().label() + "] ";
    }

    /** An entry point as planners read it: "Spring offer line (0800 100 200, code SPRING26)". */
    public static String entryText(EntryPoint entry) {
        StringBuilder text = new StringBuilder(
                entry.getName() == null || entry.getName().isBlank() ? "Entry point" : entry.getName());
        String number = entry.getNumber();
        String code = EntryPoints.campaignCodeOf(entry);
        if (number != null && !number.isBlank() || code != null) {
            text.append(" (");
            if (number != null && !number.isBlank()) {
                text.append(number.trim());
            }
            if (code != null) {
                text.append(number != null && !number.isBlank() ? ", " : "").append("code ").append(code);
            }
            text.append(')');
        }
        return text.toString();
    }

    @Override
    public Image getImage(Object element) {
        if (!(element instanceof FlowItem item)) {
            return null;
        }
        ISharedImages shared = PlatformUI.getWorkbench().getSharedImages();
        return switch (item.kind()) {
        case MISSING -> shared.getImage(ISharedImages.IMG_OBJS_WARN_TSK);
        case GROUP -> shared.getImage(ISharedImages.IMG_OBJ_FOLDER);
        case ENTRY -> icons.getImage(item.entry());
        default -> icons.getImage(item.node());
        };
    }

    @Override
    public Color getForeground(Object element) {
        if (element instanceof FlowItem item) {
            if (item.kind() == FlowItem.Kind.MISSING) {
                return Display.getCurrent().getSystemColor(SWT.COLOR_DARK_RED);
            }
            if (item.kind() == FlowItem.Kind.LOOP || item.kind() == FlowItem.Kind.SEEN) {
                return Display.getCurrent().getSystemColor(SWT.COLOR_DARK_GRAY);
            }
        }
        return null;
    }

    @Override
    public Color getBackground(Object element) {
        return null;
    }

    @Override
    public void dispose() {
        icons.dispose();
        super.dispose();
    }
}
