package tandem.checks.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Path;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.ListDialog;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.IShowInTarget;
import org.eclipse.ui.part.ShowInContext;
import org.eclipse.ui.part.ViewPart;

import tandem.checks.CheckDefinition;
import tandem.checks.CheckReport;
import tandem.checks.CheckReport.Outcome;
import tandem.checks.ChecklistDefinition;
import tandem.checks.Checklists;
import tandem.checks.Finding;
import tandem.checks.ui.CheckMarkers;

/**
 * The checklists as planners know them from paper: each checklist with its items passing, warning or failing, a
 * score, and under each item what was found. Double-click a finding to open the plan.
 */
public class ChecklistView extends ViewPart {

    public static final String ID = "tandem.checks.ui.checklistView";

    private TreeViewer viewer;
    /** The service the view listens to, kept to stop listening however the workbench goes down. */
    private WorkspaceChecks checks;
    private final Runnable refresh = () -> {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.getControl().getDisplay().asyncExec(this::refresh);
        }
    };

    /** A row: a checklist, one of its checks, or a finding. */
    record Row(ChecklistDefinition checklist, CheckDefinition check, Finding finding) {
    }

    @Override
    public void createPartControl(Composite parent) {
        Composite holder = new Composite(parent, SWT.NONE);
        TreeColumnLayout layout = new TreeColumnLayout();
        holder.setLayout(layout);
        viewer = new TreeViewer(holder, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTree().setHeaderVisible(true);
        viewer.getTree().setData("name", "Checklists");
        column(layout, "Item", 60, this::itemText);
        column(layout, "Status", 15, this::statusText);
        column(layout, "Where", 25, row -> row.finding() == null ? "" : row.finding().file());
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return Checklists.all().stream().map(c -> new Row(c, null, null)).toArray();
            }

            @Override
            public Object[] getChildren(Object parent) {
                Row row = (Row) parent;
                if (row.check() == null) {
                    return row.checklist().checks().stream().map(c -> new Row(row.checklist(), c, null)).toArray();
                }
                if (row.finding() == null) {
                    return findings(row.check().id()).stream().map(f -> new Row(row.checklist(), row.check(), f))
                            .toArray();
                }
                return new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return getChildren(element).length > 0;
            }
        });
        viewer.addDoubleClickListener(e -> {
            Object selected = ((org.eclipse.jface.viewers.IStructuredSelection) e.getSelection()).getFirstElement();
            if (selected instanceof Row row && row.finding() != null) {
                open(row.finding());
            }
        });
        viewer.setInput(Checklists.all());
        viewer.expandToLevel(2);
        checks = WorkspaceChecks.get();
        checks.addListener(refresh);
        getSite().setSelectionProvider(viewer);
        createContextMenu();
    }

    /** Quick Fix..., Go to Element and Show in Problems for a finding, as the Problems view offers them. */
    private void createContextMenu() {
        MenuManager menu = new MenuManager("#ChecklistPopup");
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(manager -> {
            IMarker marker = selectedMarker();
            IMarkerResolution[] fixes = marker == null ? new IMarkerResolution[0]
                    : IDE.getMarkerHelpRegistry().getResolutions(marker);
            manager.add(action("&Quick Fix...", fixes.length > 0, () -> quickFix(marker, fixes)));
            manager.add(action("&Go to Element", marker != null, () -> goTo(marker)));
            manager.add(action("Show in &Problems", marker != null, () -> showInProblems(marker)));
            manager.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        });
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        getSite().registerContextMenu(menu, viewer);
    }

    private static Action action(String text, boolean enabled, Runnable run) {
        Action action = new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
        action.setEnabled(enabled);
        return action;
    }

    /** The problem marker of the selected finding, or {@code null} when no finding with a marker is selected. */
    private IMarker selectedMarker() {
        Object selected = viewer.getStructuredSelection().getFirstElement();
        if (!(selected instanceof Row row) || row.finding() == null) {
            return null;
        }
        Finding finding = row.finding();
        IFile file = CheckMarkers.fileOf(finding.elementUri());
        if (file == null || !file.exists()) {
            return null;
        }
        try {
            for (IMarker marker : file.findMarkers(CheckMarkers.TYPE, false, IResource.DEPTH_ZERO)) {
                if (finding.ruleId().equals(marker.getAttribute(CheckMarkers.RULE_ID, ""))
                        && finding.elementUri().toString().equals(marker.getAttribute(CheckMarkers.ELEMENT_URI, ""))
                        && CheckMarkers.message(finding.message()).equals(marker.getAttribute(IMarker.MESSAGE, ""))) {
                    return marker;
                }
            }
        } catch (CoreException e) {
            // The file went away meanwhile: nothing to act on.
        }
        return null;
    }

    private void quickFix(IMarker marker, IMarkerResolution[] fixes) {
        ListDialog dialog = new ListDialog(getSite().getShell());
        dialog.setTitle("Quick Fix");
        dialog.setMessage("Select a fix for this problem: " + marker.getAttribute(IMarker.MESSAGE, ""));
        dialog.setContentProvider(ArrayContentProvider.getInstance());
        dialog.setLabelProvider(LabelProvider.createTextProvider(fix -> ((IMarkerResolution) fix).getLabel()));
        dialog.setInput(fixes);
        dialog.setInitialSelections(fixes[0]);
        if (dialog.open() == Window.OK && dialog.getResult().length == 1) {
            ((IMarkerResolution) dialog.getResult()[0]).run(marker);
        }
    }

    private void goTo(IMarker marker) {
        try {
            IDE.openEditor(getSite().getPage(), marker, true);
        } catch (PartInitException e) {
            // The file went away; the next check drops the finding.
        }
    }

    private void showInProblems(IMarker marker) {
        try {
            IViewPart problems = getSite().getPage().showView(IPageLayout.ID_PROBLEM_VIEW);
            IShowInTarget target = problems.getAdapter(IShowInTarget.class);
            if (target != null) {
                target.show(new ShowInContext(null, new StructuredSelection(marker)));
            }
        } catch (PartInitException e) {
            // No Problems view in this workbench: nothing to show.
        }
    }

    private void column(TreeColumnLayout layout, String title, int weight,
            java.util.function.Function<Row, String> text) {
        TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 80));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Row) element);
            }

            @Override
            public Color getForeground(Object element) {
                Row row = (Row) element;
                if (row.check() == null || row.finding() != null) {
                    return null;
                }
                Outcome outcome = outcome(row.check().id());
                int color = outcome == Outcome.FAIL || outcome == Outcome.BROKEN ? SWT.COLOR_DARK_RED
                        : outcome == Outcome.WARN ? SWT.COLOR_DARK_YELLOW
                                : outcome == Outcome.PASS ? SWT.COLOR_DARK_GREEN : SWT.COLOR_DARK_GRAY;
                return viewer.getControl().getDisplay().getSystemColor(color);
            }
        });
    }

    String itemText(Row row) {
        if (row.finding() != null) {
            return row.finding().message();
        }
        if (row.check() != null) {
            return row.check().name();
        }
        return row.checklist().name();
    }

    String statusText(Row row) {
        if (row.finding() != null) {
            return row.finding().severity().label();
        }
        if (row.check() != null) {
            Outcome outcome = outcome(row.check().id());
            int count = findings(row.check().id()).size();
            return switch (outcome) {
            case PASS -> "pass";
            case WARN -> "warn (" + count + ")";
            case FAIL -> "fail (" + count + ")";
            case BROKEN -> "broken";
            case DISABLED -> reports().isEmpty() ? "not run" : "off";
            };
        }
        long enabled = row.checklist().checks().stream().filter(c -> outcome(c.id()) != Outcome.DISABLED).count();
        long passed = row.checklist().checks().stream().filter(c -> outcome(c.id()) == Outcome.PASS).count();
        return enabled == 0 ? "" : passed + "/" + enabled + " (" + Math.round(100.0 * passed / enabled) + "%)";
    }

    private static Map<IProject, CheckReport> reports() {
        return WorkspaceChecks.get().reports();
    }

    /** The worst outcome of the check across projects; disabled when it ran nowhere. */
    private static Outcome outcome(String checkId) {
        Outcome worst = null;
        for (CheckReport report : reports().values()) {
            Outcome outcome = report.outcome(checkId);
            if (worst == null || rank(outcome) > rank(worst)) {
                worst = outcome;
            }
        }
        return worst == null ? Outcome.DISABLED : worst;
    }

    private static int rank(Outcome outcome) {
        return switch (outcome) {
        case DISABLED -> 0;
        case PASS -> 1;
        case WARN -> 2;
        case FAIL -> 3;
        case BROKEN -> 4;
        };
    }

    private static List<Finding> findings(String checkId) {
        List<Finding> all = new ArrayList<>();
        reports().values().forEach(r -> all.addAll(r.findingsOf(checkId)));
        return all;
    }

    private void open(Finding finding) {
        org.eclipse.emf.common.util.URI file = finding.elementUri().trimFragment();
        if (!file.isPlatformResource()) {
            return;
        }
        IFile target = ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(file.toPlatformString(true)));
        try {
            IDE.openEditor(getSite().getPage(), target, true);
        } catch (PartInitException e) {
            // The file went away; the next check drops the finding.
        }
    }

    /** Shows the latest results. */
    public void refresh() {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.refresh();
            viewer.expandToLevel(2);
        }
    }

    TreeViewer viewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (checks != null) {
            checks.removeListener(refresh);
        }
        super.dispose();
    }
}
