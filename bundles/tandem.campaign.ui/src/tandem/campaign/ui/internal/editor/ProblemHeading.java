package tandem.campaign.ui.internal.editor;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.ui.forms.widgets.ScrolledForm;

/** Shows the calendar's first broken invariant, and how many more there are, in a page's heading. */
final class ProblemHeading {

    private ProblemHeading() {
    }

    static void show(ScrolledForm form, CampaignEditor editor) {
        if (form.isDisposed()) {
            return;
        }
        List<Diagnostic> problems = editor.validation().getChildren().stream()
                .filter(d -> d.getSeverity() >= Diagnostic.WARNING).toList();
        if (problems.isEmpty()) {
            form.setMessage(null, IMessageProvider.NONE);
            return;
        }
        Diagnostic first = problems.get(0);
        String more = problems.size() == 1 ? "" : " (and " + (problems.size() - 1) + " more)";
        form.setMessage(first.getMessage() + more,
                first.getSeverity() >= Diagnostic.ERROR ? IMessageProvider.ERROR : IMessageProvider.WARNING);
    }
}
