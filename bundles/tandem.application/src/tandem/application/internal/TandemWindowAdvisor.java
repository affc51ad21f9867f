package tandem.application.internal;

import java.util.Set;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.internal.WorkbenchPlugin;
import org.eclipse.ui.internal.registry.ActionSetRegistry;
import org.eclipse.ui.internal.registry.IActionSetDescriptor;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** The Tandem window: menus, tool bar, status line and progress. */
@SuppressWarnings("restriction") // the action set registry: the one way to drop another bundle's action set
public class TandemWindowAdvisor extends WorkbenchWindowAdvisor {

    /** Text-editor action sets a planner has no use for ("Convert Line Delimiters To" in the File menu). */
    private static final Set<String> UNWANTED_ACTION_SETS = Set.of(
            "org.eclipse.ui.edit.text.actionSet.convertLineDelimitersTo");

    public TandemWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        super(configurer);
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new TandemActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        configurer.setInitialSize(new Point(1280, 800));
        configurer.setShowCoolBar(true);
        configurer.setShowStatusLine(true);
        configurer.setShowProgressIndicator(true);
        configurer.setShowPerspectiveBar(true);
        configurer.setTitle("Tandem");
        removeUnwantedActionSets();
    }

    private static void removeUnwantedActionSets() {
        ActionSetRegistry registry = WorkbenchPlugin.getDefault().getActionSetRegistry();
        for (IActionSetDescriptor set : registry.getActionSets()) {
            if (UNWANTED_ACTION_SETS.contains(set.getId())) {
                registry.removeExtension(set.getConfigurationElement().getDeclaringExtension(), new Object[] { set });
            }
        }
    }
}
