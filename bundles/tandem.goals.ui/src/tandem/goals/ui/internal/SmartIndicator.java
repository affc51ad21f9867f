package tandem.goals.ui.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;

import tandem.goals.model.Goal;
import tandem.goals.model.smart.Criterion;
import tandem.goals.model.smart.SmartReport;
import tandem.goals.model.smart.Verdict;

/** One line per SMART criterion: passed or failed, and why. */
final class SmartIndicator {

    static final String PASSED = "\u2714";
    static final String FAILED = "\u2718";

    private final Map<Criterion, Label> marks = new EnumMap<>(Criterion.class);
    private final Composite lines;
    private final Map<Criterion, Label> reasons = new EnumMap<>(Criterion.class);
    private final Color green;
    private final Color red;

    SmartIndicator(FormToolkit toolkit, Composite parent) {
        lines = toolkit.createComposite(parent);
        lines.setLayout(new GridLayout(3, false));
        lines.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        green = new Color(parent.getDisplay(), 30, 130, 50);
        red = new Color(parent.getDisplay(), 190, 30, 30);
        for (Criterion criterion : Criterion.values()) {
            Label mark = toolkit.createLabel(lines, " ");
            Label name = toolkit.createLabel(lines, criterion.label());
            name.setFont(JFaceResources.getBannerFont());
            Label reason = toolkit.createLabel(lines, "", SWT.WRAP);
            GridData wide = new GridData(SWT.FILL, SWT.TOP, true, false);
            wide.widthHint = 300;
            reason.setLayoutData(wide);
            reason.setData("name", "SMART " + criterion.label());
            marks.put(criterion, mark);
            reasons.put(criterion, reason);
        }
    }

    /** Shows the verdicts of the goal as of today, or nothing without a goal. */
    void show(Goal goal, LocalDate today) {
        if (lines.isDisposed()) {
            return;
        }
        SmartReport report = goal == null ? null : RegisteredChecks.assess(goal, today);
        for (Criterion criterion : Criterion.values()) {
            Label mark = marks.get(criterion);
            Label reason = reasons.get(criterion);
            if (report == null) {
                mark.setText(" ");
                reason.setText("");
                reason.setData("passed", null);
                continue;
            }
            Verdict verdict = report.of(criterion);
            mark.setText(verdict.passed() ? PASSED : FAILED);
            mark.setForeground(verdict.passed() ? green : red);
            String text = verdict.reason();
            if (!verdict.warnings().isEmpty()) {
                text += "\nWarning: " + String.join("\nWarning: ", verdict.warnings());
            }
            reason.setText(text);
            reason.setData("passed", verdict.passed());
        }
        lines.layout(true, true);
    }

    /** The reason label of a criterion, for tests. */
    Label reasonOf(Criterion criterion) {
        return reasons.get(criterion);
    }
}
