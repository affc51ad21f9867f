package tandem.checks.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.markers.WorkbenchMarkerResolution;

import tandem.checks.Checklists;
import tandem.checks.Finding;
import tandem.checks.QuickFix;
import tandem.checks.QuickFixDefinition;
import tandem.checks.ui.CheckMarkers;

/**
 * Offers the quick fixes contributed for a marker's rule. A fix opens the plan in its editor and runs there as a
 * command on the editor's command stack, so Edit &gt; Undo reverts it.
 */
public class CheckMarkerResolutions implements IMarkerResolutionGenerator2 {

    @Override
    public boolean hasResolutions(IMarker marker) {
        // Cheap: only looks at the rule id; whether a fix applies is decided when the resolutions are asked for.
        return !Checklists.quickFixes(marker.getAttribute(CheckMarkers.RULE_ID, "")).isEmpty();
    }

    @Override
    public IMarkerResolution[] getResolutions(IMarker marker) {
        List<IMarkerResolution> resolutions = new ArrayList<>();
        Finding described = CheckMarkers.findingOf(marker); // the element is resolved in the editor

        for (QuickFixDefinition definition : Checklists.quickFixes(marker.getAttribute(CheckMarkers.RULE_ID, ""))) {
            definition.implementation().get().filter(fix -> described == null || fix.appliesTo(described))
                    .ifPresent(fix -> resolutions.add(new Resolution(marker, definition, fix,
                            described == null ? definition.label() : fix.label(described))));
        }
        return resolutions.toArray(IMarkerResolution[]::new);
    }

    /**
     * One contributed fix for a marker. In the Quick Fix dialog it also offers the markers of the same rule that the
     * fix applies to ("Find Similar Problems"): fixing them together runs one command per plan, undone at once.
     */
    private static final class Resolution extends WorkbenchMarkerResolution {
        private final IMarker origin;
        private final QuickFixDefinition definition;
        private final QuickFix fix;
        private final String label;

        Resolution(IMarker origin, QuickFixDefinition definition, QuickFix fix, String label) {
            this.origin = origin;
            this.definition = definition;
            this.fix = fix;
            this.label = label;
        }

        @Override
        public String getLabel() {
            return label;
        }

        @Override
        public String getDescription() {
            return definition.label() + ". The change can be undone with Edit > Undo.";
        }

        @Override
        public Image getImage() {
            return null;
        }

        @Override
        public IMarker[] findOtherMarkers(IMarker[] markers) {
            String rule = origin.getAttribute(CheckMarkers.RULE_ID, "");
            List<IMarker> others = new ArrayList<>();
            for (IMarker marker : markers) {
                if (marker.equals(origin) || !marker.exists()
                        || !rule.equals(marker.getAttribute(CheckMarkers.RULE_ID, ""))
                        || !(marker.getResource() instanceof IFile)) {
                    continue;
                }
                Finding finding = CheckMarkers.findingOf(marker);
                if (finding != null && fix.appliesTo(finding)) {
                    others.add(marker);
                }
            }
            return others.toArray(IMarker[]::new);
        }

        @Override
        public void run(IMarker[] markers, IProgressMonitor monitor) {
            Map<IFile, List<IMarker>> byFile = new LinkedHashMap<>();
            for (IMarker marker : markers) {
                if (marker.getResource() instanceof IFile file) {
                    byFile.computeIfAbsent(file, f -> new ArrayList<>()).add(marker);
                }
            }
            byFile.forEach(this::fix);
        }

        @Override
        public void run(IMarker marker) {
            if (marker.getResource() instanceof IFile file) {
                fix(file, List.of(marker));
            }
        }

        /** Opens the plan and fixes the markers' findings in it with one command. */
        private void fix(IFile file, List<IMarker> markers) {
            try {
                IEditorPart editor = IDE.openEditor(
                        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), file, true);
                EditingDomain domain = editor == null ? null : editor.getAdapter(EditingDomain.class);
                if (domain == null) {
                    return;
                }
                List<Command> commands = new ArrayList<>();
                for (IMarker marker : markers) {
                    Finding finding = CheckMarkers.findingOf(marker, domain.getResourceSet());
                    Command command = finding == null || finding.element() == null ? null
                            : fix.createCommand(domain, finding.element(), finding);
                    if (command != null && command.canExecute()) {
                        commands.add(command);
                    } else if (command != null) {
                        command.dispose();
                    }
                }
                if (commands.isEmpty()) {
                    MessageDialog.openInformation(editor.getSite().getShell(), "Quick fix",
                            "This fix no longer applies: the plan has changed. Run the checks again.");
                    return;
                }
                Command command = commands.size() == 1 ? commands.get(0)
                        : new CompoundCommand(label + " (" + commands.size() + " problems)", commands);
                domain.getCommandStack().execute(command);
            } catch (PartInitException e) {
                MessageDialog.openError(null, "Quick fix", "Could not open " + file.getName() + ": " + e.getMessage());
            }
        }
    }
}
