package tandem.staffing.ui.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.core.resources.IMarker;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import tandem.core.model.Queue;
import tandem.core.model.hours.Hours;
import tandem.core.ui.editors.ElementProblems;
import tandem.core.ui.editors.PlanEditor;
import tandem.core.ui.grid.CellGrid;
import tandem.staffing.model.StaffingInterval;
import tandem.staffing.model.StaffingPackage.Literals;
import tandem.staffing.model.StaffingPlan;
import tandem.staffing.model.forecast.IntervalForecast;

/**
 * Every interval of the plan in a virtual table: only the rows on screen are created and only their forecast is
 * computed, so a year of 15-minute intervals (35,040 rows) scrolls as fast as a day. Baseline, AHT and scheduled
 * agents are edited as in a spreadsheet ({@link CellGrid}: type, Enter/Tab, ranges, copy/paste, fill down), each
 * change a command saying what it set; under-staffed intervals have a red background, closed hours grey text.
 * Scheduled heads that come from the linked roster's schedule are grey, marked with an arrow, read-only, and say
 * so in their tool tip.
 * A new column is an entry of {@link Column}, its text in {@code cellText} and, if editable, an {@code editable}
 * call.
 */
final class IntervalTable {

    /** The table's columns, in order. */
    enum Column {
        // The forecast's inputs side by side (a range copied from a spreadsheet pastes into both), then what follows.
        START("Start", 17), BASELINE("Baseline", 8), AHT("AHT (s)", 7), LIFT("Campaign lift", 9), TOTAL("Total", 8),
        OUTBOUND("Outbound agents", 8), REQUIRED_AGENTS("Req. agents", 8), REQUIRED_HEADS("Req. heads", 8),
        SCHEDULED("Scheduled", 8), GAP("Gap", 6), SERVICE_LEVEL("Predicted SL", 9), ASA("ASA all callers (s)", 8),
        ASA_ANSWERED("ASA answered (s)", 8);

        final String header;
        final int weight;

        Column(String header, int weight) {
            this.header = header;
            this.weight = weight;
        }

        /** The column's name in a sentence: "baseline", "AHT", "scheduled heads". */
        String noun() {
            return switch (this) {
            case AHT -> "AHT";
            case SCHEDULED -> "scheduled heads";
            default -> header.replaceAll(" \\(s\\)$", "").toLowerCase(java.util.Locale.ROOT);
            };
        }
    }

    private final StaffingEditor editor;
    private final TableViewer viewer;
    private final TableViewerColumn[] columns = new TableViewerColumn[Column.values().length];
    private final Map<Column, Editable> editables = new EnumMap<>(Column.class);
    private final CellGrid grid;

    IntervalTable(StaffingEditor editor, Composite parent) {
        this.editor = editor;
        Composite holder = new Composite(parent, SWT.NONE);
        TableColumnLayout layout = new TableColumnLayout();
        holder.setLayout(layout);
        viewer = new TableViewer(holder, SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.getTable().setData("name", "Intervals");
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new Rows());
        GC gc = new GC(viewer.getTable());
        for (Column column : Column.values()) {
            TableViewerColumn viewerColumn = new TableViewerColumn(viewer, column == Column.START ? SWT.LEFT : SWT.RIGHT);
            viewerColumn.getColumn().setText(column.header);
            viewerColumn.getColumn().setToolTipText(column.header);
            // Never narrower than the header, so that no header is cut off; the table scrolls sideways instead. The
            // start column is as wide as a start ("Mon 2027-03-15 08:00"), not only as its header.
            int headerWidth = gc.textExtent(column.header).x + 28;
            if (column == Column.START) {
                headerWidth = Math.max(headerWidth, gc.textExtent("Wed 2027-09-29 23:45").x + 16);
            }
            layout.setColumnData(viewerColumn.getColumn(), new ColumnWeightData(column.weight, headerWidth));
            viewerColumn.setLabelProvider(new Cells(column));
            columns[column.ordinal()] = viewerColumn;
        }
        gc.dispose();
        // The grid starts the editing (typing, F2, a double click) and moves on after Enter and Tab.
        TableViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer) {
            @Override
            protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
                return event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC;
            }
        }, ColumnViewerEditor.DEFAULT);
        grid = new CellGrid(viewer, new GridCells(), editor::execute, this::status);
        editable(Column.BASELINE, Literals.STAFFING_INTERVAL__BASELINE, Double::valueOf,
                row -> Formats.number(row.interval().getBaseline(), 3));
        editable(Column.AHT, Literals.STAFFING_INTERVAL__AHT_SECONDS, Double::valueOf,
                row -> row.interval().getAhtSeconds() == null ? "" : Formats.number(row.interval().getAhtSeconds(), 3));
        editable(Column.SCHEDULED, Literals.STAFFING_INTERVAL__SCHEDULED, Integer::valueOf,
                row -> Integer.toString(editor.getForecast().scheduledHeads(row.index())));
        ColumnViewerToolTipSupport.enableFor(viewer);
        relaySelection();
        viewer.setInput(editor.getPlan());
        editor.addProblemListener(this::refresh);
        editor.addRevealer(new PlanEditor.Revealer() {
            @Override
            public boolean reveal(EObject element) {
                if (viewer.getTable().isDisposed() || !(element instanceof StaffingInterval interval)
                        || interval.eContainer() != editor.getPlan()) {
                    return false;
                }
                int index = editor.getPlan().getIntervals().indexOf(interval);
                if (interval.getStart() != null) {
                    editor.getPeriod().show(interval.getStart().toLocalDate());
                }
                IntervalTable.this.reveal(index);
                return true;
            }

            @Override
            public Control control() {
                return viewer.getTable();
            }
        });
    }

    /**
     * Gives the table a size before the first layout, so that its scroll bar never stands in no room (see
     * {@link PlanPage}); the layout replaces it.
     */
    void presize(int width, int height) {
        viewer.getTable().setSize(width, height);
        viewer.getTable().getParent().setSize(width, height);
    }

    Composite control() {
        return viewer.getTable().getParent();
    }

    TableViewer getViewer() {
        return viewer;
    }

    /** The table element of the row at the index. */
    RowRef row(int index) {
        return new RowRef(index, editor.getPlan().getIntervals().get(index));
    }

    /** Shows the forecast as it is now; the rows on screen are filled again. */
    void refresh() {
        if (viewer.getTable().isDisposed() || editor.getPlan() == null) {
            return;
        }
        int count = editor.getPlan().getIntervals().size();
        if (viewer.getTable().getItemCount() != count) {
            viewer.setItemCount(count);
        }
        viewer.refresh();
    }

    /**
     * Scrolls the row to the top and makes its baseline the current cell. A table that has no size yet (the editor
     * is being opened) cannot scroll: it scrolls once it is laid out.
     */
    void reveal(int index) {
        if (index >= viewer.getTable().getItemCount()) {
            return;
        }
        viewer.getTable().setSelection(index);
        grid.select(index, Column.BASELINE.ordinal(), index, Column.BASELINE.ordinal());
        Table table = viewer.getTable();
        if (table.getClientArea().height > 0) {
            table.setTopIndex(index);
            return;
        }
        table.addListener(SWT.Resize, new Listener() {
            @Override
            public void handleEvent(Event event) {
                if (table.isDisposed() || table.getClientArea().height <= 0) {
                    return;
                }
                table.removeListener(SWT.Resize, this);
                if (index < table.getItemCount()) {
                    table.setTopIndex(index);
                }
            }
        });
    }

    /** How an editable column turns text into a value of its attribute, and shows the value for editing. */
    private record Editable(EAttribute attribute, Function<String, Object> parse, Function<RowRef, String> text) {
    }

    private void editable(Column column, EAttribute attribute, Function<String, Object> parse,
            Function<RowRef, String> text) {
        editables.put(column, new Editable(attribute, parse, text));
        CellEditor cellEditor = new TextCellEditor(viewer.getTable());
        grid.hook(cellEditor);
        columns[column.ordinal()].setEditingSupport(new EditingSupport(viewer) {
            @Override
            protected CellEditor getCellEditor(Object element) {
                return cellEditor;
            }

            @Override
            protected boolean canEdit(Object element) {
                return element instanceof RowRef row && !fromRoster(row, column);
            }

            @Override
            protected Object getValue(Object element) {
                return text.apply((RowRef) element);
            }

            @Override
            protected void setValue(Object element, Object value) {
                set((RowRef) element, column, String.valueOf(value));
            }
        });
    }

    /**
     * Gives the row's cell in an editable column the typed value through an undoable command, as typing in the cell
     * does; a value the column cannot take is reported on the status line and changes nothing.
     */
    void set(RowRef row, Column column, String text) {
        try {
            Command command = commandFor(row, column, text);
            status(null);
            if (command != null) {
                editor.execute(command);
            }
        } catch (IllegalArgumentException e) {
            status(e.getMessage() + "; " + column.header + " of "
                    + (row.interval().getStart() == null ? "the interval" : Formats.START.format(row.interval()
                            .getStart())) + " is unchanged");
        }
    }

    /** Whether the column is typed into (baseline, AHT, scheduled heads). */
    boolean isEditable(Column column) {
        return editables.containsKey(column);
    }

    /** The value of an editable cell as it is edited (the baseline to three decimals, an AHT of its own or empty). */
    String editText(RowRef row, Column column) {
        return editables.get(column).text().apply(row);
    }

    /** The text of the row's cell as the table shows it. */
    String text(RowRef row, Column column) {
        return cellText(row, column);
    }

    /** The forecast of the row's interval. */
    IntervalForecast forecast(RowRef row) {
        return editor.getForecast().interval(row.index());
    }

    /**
     * Passes the selected rows on to the editor's selection, as what the Properties view shows of them
     * ({@link IntervalProperties}), when they change and when the table gets the focus.
     */
    private void relaySelection() {
        viewer.addSelectionChangedListener(e -> editor.getSelectionRelay().setSelection(selectionForProperties()));
        viewer.getTable().addListener(SWT.FocusIn, e -> editor.getSelectionRelay().setSelection(
                selectionForProperties()));
    }

    /** The selected rows as the Properties view shows them. */
    org.eclipse.jface.viewers.IStructuredSelection selectionForProperties() {
        List<IntervalProperties> rows = new java.util.ArrayList<>();
        for (Object element : viewer.getStructuredSelection()) {
            if (element instanceof RowRef row) {
                rows.add(new IntervalProperties(this, row));
            }
        }
        return new org.eclipse.jface.viewers.StructuredSelection(rows);
    }

    /**
     * The command that gives the row's cell in the column the typed value, labelled with what it changes ("Set
     * baseline of Mon 2026-03-02 08:00"); {@code null} if the cell has that value already.
     *
     * @throws IllegalArgumentException naming the text when it is no value of the column
     */
    Command commandFor(RowRef row, Column column, String text) {
        Editable editable = editables.get(column);
        EAttribute attribute = editable.attribute();
        String typed = text == null ? "" : text.trim();
        Object newValue;
        try {
            newValue = typed.isEmpty() && !attribute.getEAttributeType().getInstanceClass().isPrimitive() ? null
                    : editable.parse().apply(typed);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + typed + "' is not " + (attribute.getEAttributeType()
                    .getInstanceClass() == int.class ? "a whole number" : "a number"));
        }
        StaffingInterval interval = row.interval();
        if (fromRoster(row, column)) {
            throw new IllegalArgumentException("the scheduled heads of " + (interval.getStart() == null
                    ? "this interval" : Formats.START.format(interval.getStart())) + " come from roster '"
                    + editor.getForecast().scheduled().source() + "': change the schedule in the roster");
        }
        boolean same = newValue == null ? interval.eGet(attribute) == null : newValue.equals(interval.eGet(attribute));
        if (same) {
            return null;
        }
        CompoundCommand command = new CompoundCommand("Set " + column.noun() + " of "
                + (interval.getStart() == null ? "an interval" : Formats.START.format(interval.getStart())));
        command.append(SetCommand.create(editor.getEditingDomain(), interval, attribute,
                newValue == null ? SetCommand.UNSET_VALUE : newValue));
        return command;
    }

    /** Whether the cell is a scheduled head count from the linked roster's schedule (read-only here). */
    private boolean fromRoster(RowRef row, Column column) {
        return column == Column.SCHEDULED && editor.getForecast().scheduled().fromSchedule(row.index());
    }

    /** What the spreadsheet-like grid reads and changes: the table's rows and editable columns. */
    private final class GridCells implements CellGrid.Cells {
        @Override
        public int rowCount() {
            return editor.getPlan() == null ? 0 : editor.getPlan().getIntervals().size();
        }

        @Override
        public int rowOf(Object element) {
            return element instanceof RowRef ref ? ref.index() : -1;
        }

        @Override
        public boolean isEditable(int column) {
            return editables.containsKey(Column.values()[column]);
        }

        @Override
        public String copyText(int row, int column) {
            Column c = Column.values()[column];
            Editable editable = editables.get(c);
            return editable != null ? editable.text().apply(row(row)) : cellText(row(row), c);
        }

        @Override
        public Command change(int row, int column, String text) {
            return commandFor(row(row), Column.values()[column], text);
        }

        @Override
        public String columnName(int column) {
            return Column.values()[column].noun();
        }

        @Override
        public String rowName(int row) {
            StaffingInterval interval = editor.getPlan().getIntervals().get(row);
            return interval.getStart() == null ? "row " + (row + 1) : Formats.START.format(interval.getStart());
        }

        @Override
        public String rows(int count) {
            return count == 1 ? "1 interval" : count + " intervals";
        }
    }

    private void status(String error) {
        editor.getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(error);
    }

    /** The text of a cell as the table shows it. */
    private String cellText(RowRef row, Column column) {
        IntervalForecast f = editor.getForecast().interval(row.index());
        return switch (column) {
        case START -> f.start() == null ? Formats.NONE : Formats.START.format(f.start());
        case BASELINE -> Formats.number(f.baseline(), 1);
        case LIFT -> Formats.number(f.lift(), 1);
        case TOTAL -> Formats.number(f.total(), 1);
        case OUTBOUND -> Formats.number(f.outboundAgents(), 1);
        case AHT -> Formats.number(f.ahtSeconds(), 1)
                + (row.interval().getAhtSeconds() == null ? "" : " *");
        case REQUIRED_AGENTS -> Formats.number(f.requiredAgents(), 1);
        case REQUIRED_HEADS -> Formats.number(f.requiredHeads(), 1);
        case SCHEDULED -> Integer.toString(f.scheduled()) + (fromRoster(row, column) ? " \u2190" : "");
        case GAP -> Formats.signed(f.gap());
        case SERVICE_LEVEL -> Formats.percent(f.predictedServiceLevel());
        case ASA -> Formats.asa(f.predictedAsaSeconds(), f.overloaded());
        case ASA_ANSWERED -> Formats.asa(f.predictedAsaAnsweredSeconds(), f.overloaded());
        };
    }

    /** Rows on demand from the plan's interval list. */
    private final class Rows implements ILazyContentProvider {
        private StaffingPlan plan;

        @Override
        public void inputChanged(Viewer changed, Object oldInput, Object newInput) {
            plan = (StaffingPlan) newInput;
            viewer.setItemCount(plan == null ? 0 : plan.getIntervals().size());
        }

        @Override
        public void updateElement(int index) {
            List<StaffingInterval> rows = plan.getIntervals();
            if (index < rows.size()) {
                viewer.replace(new RowRef(index, rows.get(index)), index);
            }
        }
    }

    /** Whether the queue is closed in the interval and nothing is forecast or scheduled there (shown grey). */
    private boolean isClosed(RowRef row) {
        StaffingInterval interval = row.interval();
        Queue queue = editor.getPlan().getQueue();
        if (interval.getStart() == null || queue == null || queue.eIsProxy() || queue.getOpeningHours() == null
                || interval.getBaseline() != 0 || editor.getForecast().scheduledHeads(row.index()) != 0) {
            return false;
        }
        return editor.getForecast().liftOf(row.index()) == 0
                && !Hours.isOpen(queue.getOpeningHours(), interval.getStart());
    }

    /**
     * The index of the first interval from {@code from} (exclusive end {@code to}) in which the queue is open or
     * something is forecast or scheduled; {@code from} if there is none.
     */
    int firstOpenIndex(int from, int to) {
        for (int i = from; i < Math.min(to, editor.getPlan().getIntervals().size()); i++) {
            if (!isClosed(row(i))) {
                return i;
            }
        }
        return from;
    }

    CellGrid getGrid() {
        return grid;
    }

    /** One column's text and the under-staffed highlight, from the interval's forecast. */
    private final class Cells extends ColumnLabelProvider {
        private final Column column;

        Cells(Column column) {
            this.column = column;
        }

        private IntervalForecast forecast(Object element) {
            return editor.getForecast().interval(((RowRef) element).index());
        }

        @Override
        public String getText(Object element) {
            return cellText((RowRef) element, column);
        }

        /** A finding of the checks on the row (its Start cell shows it). */
        private ElementProblems.Problem finding(Object element) {
            return column == Column.START ? editor.problemOf(((RowRef) element).interval()) : null;
        }

        @Override
        public Image getImage(Object element) {
            ElementProblems.Problem finding = finding(element);
            if (finding == null || finding.severity() <= IMarker.SEVERITY_INFO) {
                return null;
            }
            return PlatformUI.getWorkbench().getSharedImages().getImage(finding.severity() == IMarker.SEVERITY_ERROR
                    ? ISharedImages.IMG_OBJS_ERROR_TSK
                    : ISharedImages.IMG_OBJS_WARN_TSK);
        }

        @Override
        public String getToolTipText(Object element) {
            ElementProblems.Problem finding = finding(element);
            if (finding != null) {
                return finding.message();
            }
            String problem = forecast(element).problem();
            if (!problem.isEmpty()) {
                return problem;
            }
            IntervalForecast forecast = forecast(element);
            if (forecast.predicted() != null && !forecast.predicted().note().isBlank()
                    && (column == Column.SERVICE_LEVEL || column == Column.ASA || column == Column.ASA_ANSWERED
                            || column == Column.GAP)) {
                return forecast.predicted().note(); // what was assumed for callers' patience
            }
            if (fromRoster((RowRef) element, column)) {
                double planned = editor.getForecast().scheduled().plannedShrinkage(((RowRef) element).index());
                return "From roster '" + editor.getForecast().scheduled().source() + "' (read-only: change the schedule"
                        + " in the roster)" + (Double.isNaN(planned) ? "" : "; planned shrinkage "
                                + Formats.percent(planned));
            }
            if (column == Column.LIFT) {
                List<String> campaigns = editor.getForecast().campaignsLifting(((RowRef) element).index());
                return campaigns.isEmpty() ? null : "From " + String.join(", ", campaigns);
            }
            if (column == Column.OUTBOUND && forecast(element).outboundSeconds() > 0) {
                List<String> campaigns = editor.getForecast().campaignsLifting(((RowRef) element).index());
                return Formats.number(forecast(element).outboundSeconds() / 3600, 1)
                        + " agent hours of outbound calls (added to the required agents) from "
                        + String.join(", ", campaigns);
            }
            return null;
        }

        @Override
        public Color getBackground(Object element) {
            return forecast(element).understaffed() ? Colors.UNDERSTAFFED : null;
        }

        @Override
        public Color getForeground(Object element) {
            if (column == Column.GAP && forecast(element).understaffed()) {
                return Colors.SHORT;
            }
            return isClosed((RowRef) element) || fromRoster((RowRef) element, column) ? Colors.CLOSED : null;
        }
    }
}
