package tandem.ivr.ui.internal;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

import tandem.ivr.model.IvrScript;
import tandem.ivr.model.flow.StarterScript;
import tandem.ivr.ui.internal.diagram.DiagramOverview;
import tandem.ivr.ui.internal.diagram.DiagramPage;
import tandem.ivr.ui.internal.flow.FlowPage;
import tandem.ivr.ui.internal.simulator.SimulatorPage;

/**
 * The IVR script editor: the call flow as a tree with the details of the selected node, a flow diagram (with an
 * overview of it in the Outline view), and a simulator that walks a call through the script.
 */
public class IvrEditor extends tandem.core.ui.editors.PlanEditor {

    public static final String ID = "tandem.ivr.ui.ivrEditor";

    private FlowPage flowPage;
    private DiagramPage diagramPage;
    private SimulatorPage simulatorPage;

    @Override
    protected void addModelPages() throws PartInitException {
        // Queues, opening hours and campaigns of the same project, so that routes and checks can refer to them.
        ProjectPlans.loadBeside(getResource(), getEditingDomain().getResourceSet());
        flowPage = new FlowPage(this);
        diagramPage = new DiagramPage(this);
        simulatorPage = new SimulatorPage(this);
        addPage(flowPage);
        addPage(diagramPage);
        addPage(simulatorPage);
    }

    @Override
    protected EObject createEmptyRoot() {
        return StarterScript.create(getPartName().replaceFirst("\\.ivr$", ""));
    }

    public IvrScript getScript() {
        return (IvrScript) getRoot();
    }

    public FlowPage getFlowPage() {
        return flowPage;
    }

    public DiagramPage getDiagramPage() {
        return diagramPage;
    }

    public SimulatorPage getSimulatorPage() {
        return simulatorPage;
    }

    /** The Outline of an IVR script is an overview of its flow diagram (the call flow page has the tree). */
    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == IContentOutlinePage.class && isReadable() && diagramPage != null) {
            return type.cast(new DiagramOverview(this));
        }
        return super.getAdapter(type);
    }
}
