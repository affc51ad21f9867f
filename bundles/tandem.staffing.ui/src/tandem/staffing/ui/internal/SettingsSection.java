package tandem.staffing.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

import tandem.campaign.model.CampaignCalendar;
import tandem.core.model.ContactCenter;
import tandem.core.model.CorePackage;
import tandem.core.model.PlanDocument;
import tandem.core.model.Queue;
import tandem.core.ui.forms.FeatureField;
import tandem.core.ui.forms.ScrollableHeights;
import tandem.core.ui.wizards.ProjectDocuments;
import tandem.staffing.model.StaffingPackage.Literals;
import tandem.staffing.model.StaffingPlan;
import tandem.staffing.model.scheduled.ScheduledHeads;

/**
 * The plan's settings: queue, interval, dates, targets, shrinkage, occupancy cap, patience, the roster that
 * schedules the queue with the unplanned and planned shrinkage, and the linked campaign calendars. Every field
 * commits a command, and the editor recomputes the required heads at once.
 */
final class SettingsSection {

    private final StaffingEditor editor;
    private final Section section;
    private final Combo queue;
    private final Label interval;
    private final Label dates;
    private final org.eclipse.swt.widgets.List calendars;
    private final Combo roster;
    private final Label planned;
    private final List<PlanDocument> rosterChoices = new ArrayList<>();
    private final List<Queue> queueChoices = new ArrayList<>();
    private List<CampaignCalendar> linked = List.of();

    SettingsSection(StaffingEditor editor, FormToolkit toolkit, Composite parent) {
        this.editor = editor;
        StaffingPlan plan = editor.getPlan();
        section = toolkit.createSection(parent,
                Section.TITLE_BAR | Section.TWISTIE | Section.DESCRIPTION | Section.EXPANDED);
        section.setText("Settings");
        section.setDescription("Targets and shrinkage apply to every interval; the required heads follow at once.");
        Composite fields = toolkit.createComposite(section);
        fields.setLayout(new GridLayout(4, false)); // two label-field pairs a line: the table stays in view

        new FeatureField(editor, toolkit, fields, "Name:", CorePackage.Literals.NAMED_ELEMENT__NAME).setOwner(plan);
        toolkit.createLabel(fields, "Queue:");
        queue = new Combo(fields, SWT.READ_ONLY | SWT.DROP_DOWN);
        queue.setData("name", "Queue");
        queue.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        queue.addListener(SWT.Selection, e -> queueChosen());
        toolkit.createLabel(fields, "Interval:");
        interval = toolkit.createLabel(fields, "");
        toolkit.createLabel(fields, "Dates:");
        dates = toolkit.createLabel(fields, "");

        new FeatureField(editor, toolkit, fields, "Service level:", Literals.STAFFING_PLAN__SERVICE_LEVEL_SHARE)
                .setOwner(plan);
        new FeatureField(editor, toolkit, fields, "Answer within (s):", Literals.STAFFING_PLAN__ANSWER_WITHIN_SECONDS)
                .setOwner(plan);
        new FeatureField(editor, toolkit, fields, "ASA target (s):", Literals.STAFFING_PLAN__ASA_TARGET_SECONDS)
                .setOwner(plan);
        new FeatureField(editor, toolkit, fields, "Abandonment target:",
                Literals.STAFFING_PLAN__ABANDONMENT_TARGET).setOwner(plan);
        new FeatureField(editor, toolkit, fields, "AHT (s):", Literals.STAFFING_PLAN__AHT_SECONDS).setOwner(plan);
        new FeatureField(editor, toolkit, fields, "Shrinkage:", Literals.STAFFING_PLAN__SHRINKAGE).setOwner(plan);
        new FeatureField(editor, toolkit, fields, "Occupancy cap:", Literals.STAFFING_PLAN__OCCUPANCY_CAP)
                .setOwner(plan);
        new FeatureField(editor, toolkit, fields, "Average patience (s):",
                Literals.STAFFING_PLAN__AVERAGE_PATIENCE_SECONDS).setOwner(plan);

        toolkit.createLabel(fields, "Roster:");
        roster = new Combo(fields, SWT.READ_ONLY | SWT.DROP_DOWN);
        roster.setData("name", "Roster");
        roster.setToolTipText("The roster that schedules this queue: its schedule gives the scheduled heads of the"
                + " days it schedules (read-only in the table); none: the scheduled heads are typed");
        roster.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        roster.addListener(SWT.Selection, e -> rosterChosen());
        new FeatureField(editor, toolkit, fields, "Unplanned shrinkage:", Literals.STAFFING_PLAN__UNPLANNED_SHRINKAGE)
                .setOwner(plan);
        toolkit.createLabel(fields, "Planned shrinkage:");
        planned = toolkit.createLabel(fields, "");
        planned.setData("name", "Planned shrinkage");
        planned.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));

        Label calendarsLabel = toolkit.createLabel(fields, "Campaign calendars:");
        calendarsLabel.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        Composite calendarBox = toolkit.createComposite(fields);
        calendarBox.setLayout(new GridLayout(2, false));
        calendarBox.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false, 3, 1));
        calendars = new org.eclipse.swt.widgets.List(calendarBox, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
        calendars.setData("name", "Campaign calendars");
        GridData listData = new GridData(SWT.FILL, SWT.FILL, true, false, 1, 2);
        // Three rows, and never less than the scroll bar needs: 40 pixels made GTK print a Gtk-CRITICAL on layout.
        listData.heightHint = ScrollableHeights.hint(calendars, 3 * calendars.getItemHeight());
        calendars.setLayoutData(listData);
        Button add = toolkit.createButton(calendarBox, "Link...", SWT.PUSH);
        add.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        add.addListener(SWT.Selection, e -> chooseCalendars());
        Button remove = toolkit.createButton(calendarBox, "Unlink", SWT.PUSH);
        remove.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        remove.addListener(SWT.Selection, e -> unlinkSelected());

        toolkit.paintBordersFor(fields);
        section.setClient(fields);
        for (ContactCenter center : ProjectDocuments.roots(editor.getEditingDomain().getResourceSet(),
                editor.getResource().getURI(), "center", ContactCenter.class)) {
            queueChoices.addAll(center.getQueues());
        }
        rosterChoices.addAll(ProjectDocuments.roots(editor.getEditingDomain().getResourceSet(),
                editor.getResource().getURI(), "roster", PlanDocument.class));
        refresh();
    }

    Section getSection() {
        return section;
    }

    /** Shows the plan's queue, interval, dates and calendars as they are now. */
    void refresh() {
        if (section.isDisposed()) {
            return;
        }
        StaffingPlan plan = editor.getPlan();
        interval.setText(plan.getIntervalMinutes() + " minutes");
        long days = plan.getStartDate() == null || plan.getEndDate() == null ? 0
                : plan.getEndDate().toEpochDay() - plan.getStartDate().toEpochDay() + 1;
        dates.setText(plan.getStartDate() + " to " + plan.getEndDate() + " (" + days + (days == 1 ? " day, " : " days, ")
                + plan.getIntervals().size() + " intervals)");

        Queue current = plan.getQueue();
        if (current != null && !queueChoices.contains(current)) {
            queueChoices.add(0, current);
        }
        queue.setItems(queueChoices.stream().map(SettingsSection::queueName).toArray(String[]::new));
        if (current != null) {
            queue.select(queueChoices.indexOf(current));
        }

        PlanDocument linkedRoster = plan.getRoster();
        List<String> rosterItems = new ArrayList<>();
        rosterItems.add(NO_ROSTER);
        if (linkedRoster != null && !rosterChoices.contains(linkedRoster)) {
            rosterChoices.add(0, linkedRoster);
        }
        rosterChoices.forEach(r -> rosterItems.add(documentName(r)));
        roster.setItems(rosterItems.toArray(String[]::new));
        roster.select(linkedRoster == null ? 0 : rosterChoices.indexOf(linkedRoster) + 1);
        planned.setText(plannedText(editor.getForecast().scheduled()));

        linked = new ArrayList<>(plan.getCampaignCalendars());
        calendars.setItems(linked.stream().map(SettingsSection::calendarName).toArray(String[]::new));
        section.getParent().layout(true, true);
    }

    /** What the roster field shows when no roster is linked. */
    static final String NO_ROSTER = "(none: scheduled heads are typed)";

    /** The planned shrinkage the linked roster's schedule has, or why there is none. */
    static String plannedText(ScheduledHeads heads) {
        if (!heads.problem().isEmpty()) {
            return heads.problem();
        }
        if (!heads.linked()) {
            return "none apart: the shrinkage above covers breaks, training, meetings and absence";
        }
        double share = heads.averagePlannedShrinkage();
        return Double.isNaN(share) ? "from roster '" + heads.source() + "': nobody scheduled on this queue"
                : Formats.percent(share) + " of scheduled time in breaks, lunch, meetings and training, from roster '"
                        + heads.source() + "' (already off its heads)";
    }

    private static String documentName(PlanDocument document) {
        if (document.eIsProxy()) {
            return "missing roster " + ScheduledHeads.pathOf(document);
        }
        String name = document.getName() == null || document.getName().isBlank() ? "(unnamed)" : document.getName();
        return document.eResource() == null ? name : name + " (" + document.eResource().getURI().lastSegment() + ")";
    }

    private void rosterChosen() {
        int index = roster.getSelectionIndex();
        PlanDocument chosen = index <= 0 || index > rosterChoices.size() ? null : rosterChoices.get(index - 1);
        if (chosen != editor.getPlan().getRoster()) {
            editor.execute(SetCommand.create(editor.getEditingDomain(), editor.getPlan(),
                    Literals.STAFFING_PLAN__ROSTER, chosen == null ? SetCommand.UNSET_VALUE : chosen));
        }
    }

    private static String queueName(Queue queue) {
        if (queue.eIsProxy()) {
            return "missing queue " + EcoreUtil.getURI(queue).fragment();
        }
        URI file = queue.eResource() == null ? null : queue.eResource().getURI();
        return queue.getName() + (file == null ? "" : " (" + file.lastSegment() + ")");
    }

    private static String calendarName(CampaignCalendar calendar) {
        if (calendar.eIsProxy()) {
            return "missing calendar " + EcoreUtil.getURI(calendar).trimFragment().lastSegment();
        }
        String name = calendar.getName() == null || calendar.getName().isBlank() ? "(unnamed)" : calendar.getName();
        return calendar.eResource() == null ? name : name + " (" + calendar.eResource().getURI().lastSegment() + ")";
    }

    private void queueChosen() {
        int index = queue.getSelectionIndex();
        if (index < 0 || index >= queueChoices.size()) {
            return;
        }
        Queue chosen = queueChoices.get(index);
        if (chosen != editor.getPlan().getQueue()) {
            editor.execute(SetCommand.create(editor.getEditingDomain(), editor.getPlan(),
                    Literals.STAFFING_PLAN__QUEUE, chosen));
        }
    }

    private void chooseCalendars() {
        List<CampaignCalendar> available = new ArrayList<>(ProjectDocuments.roots(
                editor.getEditingDomain().getResourceSet(), editor.getResource().getURI(), "campaigns",
                CampaignCalendar.class));
        available.removeAll(editor.getPlan().getCampaignCalendars());
        ElementListSelectionDialog dialog = new ElementListSelectionDialog(section.getShell(), new LabelProvider() {
            @Override
            public String getText(Object element) {
                return calendarName((CampaignCalendar) element);
            }
        });
        dialog.setTitle("Link Campaign Calendars");
        dialog.setMessage("Calendars whose contact lift adds to this plan's baseline:");
        dialog.setMultipleSelection(true);
        dialog.setElements(available.toArray());
        if (dialog.open() == Window.OK && dialog.getResult().length > 0) {
            List<CampaignCalendar> chosen = new ArrayList<>();
            for (Object each : dialog.getResult()) {
                chosen.add((CampaignCalendar) each);
            }
            link(chosen);
        }
    }

    /** Links calendars to the plan (one command). */
    void link(List<CampaignCalendar> chosen) {
        editor.execute(AddCommand.create(editor.getEditingDomain(), editor.getPlan(),
                Literals.STAFFING_PLAN__CAMPAIGN_CALENDARS, chosen));
    }

    private void unlinkSelected() {
        List<CampaignCalendar> selected = new ArrayList<>();
        for (int index : calendars.getSelectionIndices()) {
            selected.add(linked.get(index));
        }
        if (!selected.isEmpty()) {
            editor.execute(RemoveCommand.create(editor.getEditingDomain(), editor.getPlan(),
                    Literals.STAFFING_PLAN__CAMPAIGN_CALENDARS, selected));
        }
    }
}
