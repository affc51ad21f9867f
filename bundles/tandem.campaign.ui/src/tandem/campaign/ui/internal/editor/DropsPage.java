package tandem.campaign.ui.internal.editor;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicEList;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.CampaignCalendar;
import tandem.campaign.model.CampaignPackage.Literals;
import tandem.campaign.model.Drop;
import tandem.campaign.model.lift.ContactLift;
import tandem.campaign.model.shares.ShareText;
import tandem.core.model.Channel;
import tandem.core.model.CorePackage;
import tandem.core.model.Queue;
import tandem.core.ui.forms.FeatureTable;

/**
 * The drops of one campaign, edited in place: kind, date, audience, response rate, how the contacts spread over the
 * days ({@code 50/30/20}) and over channels ({@code phone 70% / chat 30%}), with the contacts the selected drop
 * brings spelled out below.
 */
public final class DropsPage extends FormPage {

    public static final String ID = "drops";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy");

    private final CampaignEditor editor;
    private ComboViewer campaignChooser;
    private FeatureTable drops;
    private Label expected;
    private Runnable stopListening;

    DropsPage(CampaignEditor editor) {
        super(editor, ID, "Drops");
        this.editor = editor;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        FormToolkit toolkit = managedForm.getToolkit();
        ScrolledForm form = managedForm.getForm();
        form.setText("Drops");
        toolkit.decorateFormHeading(form.getForm());
        Composite body = form.getBody();
        body.setLayout(new GridLayout(1, false));

        Composite top = toolkit.createComposite(body);
        top.setLayout(new GridLayout(2, false));
        top.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        toolkit.createLabel(top, "Campaign:");
        campaignChooser = new ComboViewer(top, SWT.READ_ONLY | SWT.DROP_DOWN);
        campaignChooser.getCombo().setData("name", "Campaign:");
        campaignChooser.getCombo().setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
        ((GridData) campaignChooser.getCombo().getLayoutData()).widthHint = 320;
        campaignChooser.setContentProvider(ArrayContentProvider.getInstance());
        campaignChooser.setLabelProvider(LabelProvider.createTextProvider(c -> nameOf((Campaign) c)));

        drops = new FeatureTable(editor, toolkit, body, "Drops",
                "Each drop brings audience × response rate contacts, spread over the days by its daily shares and"
                        + " over channels by its split (none: all on the drop day, all by phone).",
                Literals.CAMPAIGN__DROPS, Literals.DROP)
                .column("Name", CorePackage.Literals.NAMED_ELEMENT__NAME, 13)
                .column("Kind", Literals.DROP__KIND, 10)
                .initializeNewWith(e -> NewElements.initialize((Drop) e, campaign(), LocalDate.now()));
        // Dates and numbers through TextColumn: the shared data-type cell editor fails on values that are no text.
        // Weights that keep a date and an audience of millions whole in the default window (1274 pixels wide).
        TextColumn.attribute(editor, drops, "Date", 14, Literals.DROP__DATE);
        TextColumn.attribute(editor, drops, "Time", 7, Literals.DROP__TIME);
        TextColumn.add(editor, drops, "Audience", 11, row -> ((Drop) row).getAudienceSize(),
                DropsPage::audienceText, DropsPage::parseAudience,
                (row, audience) -> SetCommand.create(editor.getEditingDomain(), row, Literals.DROP__AUDIENCE_SIZE,
                        audience));
        TextColumn.attribute(editor, drops, "Response rate", 9, Literals.DROP__RESPONSE_RATE);
        TextColumn.add(editor, drops, "Daily shares (%)", 12, row -> ((Drop) row).getDailyShares(),
                ShareText::formatDaily, ShareText::parseDaily,
                (row, shares) -> SetCommand.create(editor.getEditingDomain(), row, Literals.DROP__DAILY_SHARES,
                        new BasicEList<>(shares)));
        TextColumn.add(editor, drops, "Channel split", 14, row -> ((Drop) row).getChannelShares(),
                ShareText::formatChannels, ShareText::parseChannels,
                (row, shares) -> SetCommand.create(editor.getEditingDomain(), row, Literals.DROP__CHANNEL_SHARES,
                        new BasicEList<>(shares)));
        keepColumnsReadable(drops.getViewer().getTable());
        // Width hints keep the sections' preferred widths small: the long text of the selected drop's contacts
        // wraps to the window instead of widening the form past its buttons and last columns.
        GridData dropsData = new GridData(SWT.FILL, SWT.FILL, true, true);
        dropsData.widthHint = 300;
        drops.getSection().setLayoutData(dropsData);
        ((GridData) drops.getViewer().getTable().getParent().getLayoutData()).heightHint = 260;

        Section contacts = toolkit.createSection(body, Section.TITLE_BAR | Section.DESCRIPTION | Section.EXPANDED);
        contacts.setText("Expected contacts");
        contacts.setDescription("What the selected drop brings to customer service, day by day and queue by queue.");
        GridData contactsData = new GridData(SWT.FILL, SWT.TOP, true, false);
        contactsData.widthHint = 300;
        contacts.setLayoutData(contactsData);
        expected = toolkit.createLabel(contacts, "", SWT.WRAP);
        expected.setData("name", "Expected contacts");
        contacts.setClient(expected);

        campaignChooser.addSelectionChangedListener(e -> {
            Campaign campaign = (Campaign) e.getStructuredSelection().getFirstElement();
            if (campaign != drops.getOwner()) {
                drops.setOwner(campaign);
                editor.setSelectedCampaign(campaign);
                explain();
            }
        });
        drops.getViewer().addSelectionChangedListener(e -> explain());
        stopListening = editor.onModelChange(this::refresh);
        drops.setOwner(null);
        refresh();
    }

    /** Per column: its weight and a typical long value (the example's longest name, a three-way split). */
    private static final int[] WEIGHTS = { 13, 10, 14, 7, 11, 9, 12, 14 };
    private static final String[] TYPICAL = { "Email blast to 5G-ready customers", "Outbound wave", "2027-03-15",
            "07:30", "2,000,000", "0.18%", "40/25/15/10/6/4", "phone 60% / chat 40%" };

    /**
     * Minimum widths that keep each column's heading and a typical value whole. Where the window is narrower than
     * they add up to (the default window, with the Outline beside the editor), the table scrolls sideways instead
     * of cutting every name and split to a few letters; a longer text shows whole in its cell's tooltip and, for
     * the selected drop, in the expected contacts below.
     */
    private static void keepColumnsReadable(org.eclipse.swt.widgets.Table table) {
        if (!(table.getParent().getLayout() instanceof org.eclipse.jface.layout.TableColumnLayout layout)) {
            return;
        }
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(table);
        try {
            for (int i = 0; i < table.getColumnCount() && i < WEIGHTS.length; i++) {
                org.eclipse.swt.widgets.TableColumn column = table.getColumn(i);
                int text = Math.max(gc.textExtent(column.getText()).x, gc.textExtent(TYPICAL[i]).x);
                int icon = i == 0 ? 24 : 0; // the first column shows the drop's icon or its problem
                layout.setColumnData(column, new org.eclipse.jface.viewers.ColumnWeightData(WEIGHTS[i],
                        text + icon + 20));
            }
        } finally {
            gc.dispose();
        }
    }

    @Override
    public void setActive(boolean active) {
        super.setActive(active);
        if (active && campaignChooser != null) {
            refresh();
        }
    }

    /** Follows the calendar: campaigns added, renamed or removed, and the campaign chosen on the Overview. */
    private void refresh() {
        if (campaignChooser == null || campaignChooser.getControl().isDisposed()) {
            return;
        }
        CampaignCalendar calendar = editor.getCalendar();
        campaignChooser.setInput(calendar.getCampaigns().toArray());
        Campaign wanted = editor.getSelectedCampaign();
        if (wanted == null) {
            wanted = campaign() != null && campaign().eContainer() == calendar ? campaign()
                    : calendar.getCampaigns().isEmpty() ? null : calendar.getCampaigns().get(0);
        }
        if (wanted != null) {
            campaignChooser.setSelection(new StructuredSelection(wanted), true);
        } else {
            campaignChooser.setSelection(StructuredSelection.EMPTY);
            drops.setOwner(null);
        }
        Campaign shown = campaign();
        if (shown != null) {
            // Labels only: a structural refresh would cancel the cell editor Add has just opened. The channel
            // split column shows child elements, whose changes the item providers do not report on the row.
            drops.getViewer().update(shown.getDrops().toArray(), null);
        }
        explain();
        ProblemHeading.show(getManagedForm().getForm(), editor);
    }

    private Campaign campaign() {
        return drops == null ? null : (Campaign) drops.getOwner();
    }

    /** Spells out what the selected drop brings: contacts per day and where they go. */
    private void explain() {
        Object selected = drops.getViewer().getStructuredSelection().getFirstElement();
        String text = selected instanceof Drop drop && drop.eContainer() instanceof Campaign campaign
                ? explain(drop, campaign)
                : "Select a drop to see the contacts it brings.";
        if (!expected.getText().equals(text)) {
            expected.setText(text);
            expected.getParent().layout(true);
            getManagedForm().getForm().reflow(true);
        }
    }

    static String explain(Drop drop, Campaign campaign) {
        NumberFormat number = NumberFormat.getIntegerInstance();
        double[] daily = ContactLift.dailyContacts(drop);
        double total = 0;
        List<String> days = new ArrayList<>();
        for (int day = 0; day < daily.length; day++) {
            total += daily[day];
            String when = drop.getDate() == null ? "day " + day : drop.getDate().plusDays(day).format(DAY);
            days.add(number.format(daily[day]) + " on " + when);
        }
        StringBuilder text = new StringBuilder();
        // The drop's whole name first: the Name column of the default window is narrower than a long name.
        if (drop.getName() != null && !drop.getName().isBlank()) {
            text.append(drop.getName()).append(":\n");
        }
        text.append(number.format(drop.getAudienceSize())).append(" reached × ")
                .append(ShareText.percent(drop.getResponseRate())).append(" response = ")
                .append(number.format(total)).append(" contacts: ").append(String.join(", ", days)).append('.');
        Map<Channel, List<Queue>> queues = ContactLift.queuesByChannel(campaign);
        for (Map.Entry<Channel, Double> channel : ContactLift.channelSplit(drop).entrySet()) {
            List<Queue> receiving = queues.get(channel.getKey());
            text.append("\n").append(channel.getKey().getLiteral()).append(' ')
                    .append(ShareText.percent(channel.getValue())).append(" (")
                    .append(number.format(total * channel.getValue())).append(") → ");
            if (receiving == null) {
                text.append("no ").append(channel.getKey().getLiteral())
                        .append(" queue in this campaign: unassigned");
            } else {
                text.append(String.join(", ", receiving.stream().map(Queue::getName).toList()));
            }
        }
        if (drop.getDate() == null) {
            text.append("\nThe drop has no date yet, so the timeline leaves it out.");
        }
        return text.toString();
    }

    /** An audience with the locale's thousands separators: 2,000,000. */
    static String audienceText(Long audience) {
        return audience == null ? "" : NumberFormat.getIntegerInstance().format(audience);
    }

    /** An audience as typed, with or without thousands separators (2,000,000 or 2 000 000 or 2000000). */
    static Long parseAudience(String text) {
        String trimmed = text == null ? "" : text.trim();
        char grouping = new java.text.DecimalFormatSymbols().getGroupingSeparator();
        String digits = trimmed.replace(String.valueOf(grouping), "").replaceAll("[\\s,'\u00a0\u202f]", "");
        if (!digits.matches("\\d{1,18}")) {
            throw new IllegalArgumentException("'" + trimmed + "' is not an audience: give a whole number of people"
                    + " such as " + audienceText(25_000L));
        }
        return Long.valueOf(digits);
    }

    private static String nameOf(Campaign campaign) {
        String name = campaign.getName() == null || campaign.getName().isBlank() ? "(unnamed campaign)"
                : campaign.getName();
        return campaign.getStartDate() == null ? name : name + " (from " + campaign.getStartDate() + ")";
    }

    public FeatureTable getDropTable() {
        return drops;
    }

    public String getExpectedContacts() {
        return expected.getText();
    }

    @Override
    public void dispose() {
        if (stopListening != null) {
            stopListening.run();
        }
        super.dispose();
    }
}
