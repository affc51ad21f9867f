package tandem.staffing.ui.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;

/** Day/week choice, previous and next, and a date to jump to: moves the editor's {@link Period}. */
final class NavigationBar {

    private final Period period;
    private final Composite bar;
    private final Combo length;
    private final Text date;
    private final Label title;
    private final Runnable follow = this::refresh;

    NavigationBar(FormToolkit toolkit, Composite parent, Period period) {
        this.period = period;
        bar = toolkit.createComposite(parent);
        bar.setLayout(new GridLayout(6, false));
        length = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
        for (Period.Length each : Period.Length.values()) {
            length.add(each.label);
        }
        length.setData("name", "Period");
        length.addListener(SWT.Selection, e -> period.setLength(Period.Length.values()[length.getSelectionIndex()]));
        Button previous = toolkit.createButton(bar, "\u25c0 Previous", SWT.PUSH);
        previous.addListener(SWT.Selection, e -> period.previous());
        date = toolkit.createText(bar, "", SWT.SINGLE | SWT.BORDER);
        date.setData("name", "Go to date");
        date.setToolTipText("A date such as 2026-03-02; Enter shows its day or week");
        GridData dateData = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        dateData.widthHint = 90;
        date.setLayoutData(dateData);
        date.addListener(SWT.DefaultSelection, e -> jump());
        Button next = toolkit.createButton(bar, "Next \u25b6", SWT.PUSH);
        next.addListener(SWT.Selection, e -> period.next());
        title = toolkit.createLabel(bar, "");
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        period.addListener(follow);
        bar.addListener(SWT.Dispose, e -> period.removeListener(follow));
        refresh();
    }

    Composite control() {
        return bar;
    }

    private void jump() {
        try {
            period.show(LocalDate.parse(date.getText().trim()));
            date.setBackground(null);
        } catch (DateTimeParseException e) {
            date.setBackground(date.getDisplay().getSystemColor(SWT.COLOR_YELLOW));
            date.setToolTipText("'" + date.getText() + "' is not a date such as 2026-03-02");
        }
    }

    private void refresh() {
        if (bar.isDisposed()) {
            return;
        }
        length.select(period.length().ordinal());
        date.setText(period.first().toString());
        title.setText(period.title());
        bar.layout();
    }
}
