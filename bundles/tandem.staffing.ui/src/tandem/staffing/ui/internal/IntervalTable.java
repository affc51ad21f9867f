package tandem.staffing.ui.internal;

import java.util.List;
import java.util.function.Function;

import org.eclipse.core.resources.IMarker;
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
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import tandem.core.ui.editors.ElementProblems;
import tandem.core.ui.editors.PlanEditor;
import tandem.staffing.model.StaffingInterval;
import tandem.staffing.model.StaffingPackage.Literals;
import tandem.staffing.model.StaffingPlan;
import tandem.staffing.model.forecast.IntervalForecast;

/**
 * Every interval of the plan in a virtual table: only the rows on screen are created and only their forecast is
 * computed, so a year of 15-minute intervals (35,040 rows) scrolls as fast as a day. Baseline, AHT and scheduled
 * agents are edited in place through commands; under-staffed intervals have a red background.
 */
final class IntervalTable {

    /** The table's columns, in order. */
    enum Column {
        START("Start", 17), BASELINE("Baseline", 8), LIFT("Campaign lift", 9), TOTAL("Total", 8),
        AHT("AHT (s)", 7), REQUIRED_AGENTS("Req. agents", 8), REQUIRED_HEADS("Req. heads", 8),
        SCHEDULED("Scheduled", 8), GAP("Gap", 6), SERVICE_LEVEL("Predicted SL", 9), ASA("ASA all callers (s)", 8),
        ASA_ANSWERED("ASA answered (s)", 8);

        final String header;
        final int weight;

        Column(String header, int weight) {
            this.header = header;
            this.weight = weight;
        }
    }

    private final StaffingEditor editor;
    private final TableViewer viewer;
    private final TableViewerColumn[] columns = new TableViewerColumn[Column.values().length];

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
        for (Column column : Column.values()) {
            TableViewerColumn viewerColumn = new TableViewerColumn(viewer, column == Column.START ? SWT.LEFT : SWT.RIGHT);
            viewerColumn.getColumn().setText(column.header);
            layout.setColumnData(viewerColumn.getColumn(), new ColumnWeightData(column.weight, 50));
            viewerColumn.setLabelProvider(new Cells(column));
            columns[column.ordinal()] = viewerColumn;
        }
        editable(Column.BASELINE, Literals.STAFFING_INTERVAL__BASELINE, Double::valueOf,
                row -> Formats.number(row.interval().getBaseline(), 3));
        editable(Column.AHT, Literals.STAFFING_INTERVAL__AHT_SECONDS, Double::valueOf,
                row -> row.interval().getAhtSeconds() == null ? "" : Formats.number(row.interval().getAhtSeconds(), 3));
        editable(Column.SCHEDULED, Literals.STAFFING_INTERVAL__SCHEDULED, Integer::valueOf,
                row -> Integer.toString(row.interval().getScheduled()));
        TableViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer) {
            @Override
            protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
                return event.eventType == ColumnViewerEditorActivationEvent.MOUSE_CLICK_SELECTION
                        || event.eventType == ColumnViewerEditorActivationEvent.TRAVERSAL
                        || event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
                        || event.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED
                                && event.keyCode == SWT.F2;
            }
        }, ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR
                | ColumnViewerEditor.KEYBOARD_ACTIVATION);
        ColumnViewerToolTipSupport.enableFor(viewer);
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

    /** Scrolls the row to the top and selects it. */
    void reveal(int index) {
        if (index < viewer.getTable().getItemCount()) {
            viewer.getTable().setTopIndex(index);
            viewer.getTable().setSelection(index);
        }
    }

    private <T> void editable(Column column, EAttribute attribute, Function<String, T> parse,
            Function<RowRef, String> text) {
        CellEditor cellEditor = new TextCellEditor(viewer.getTable());
        columns[column.ordinal()].setEditingSupport(new EditingSupport(viewer) {
            @Override
            protected CellEditor getCellEditor(Object element) {
                return cellEditor;
            }

            @Override
            protected boolean canEdit(Object element) {
                return element instanceof RowRef;
            }

            @Override
            protected Object getValue(Object element) {
                return text.apply((RowRef) element);
            }

            @Override
            protected void setValue(Object element, Object value) {
                String typed = String.valueOf(value).trim();
                StaffingInterval interval = ((RowRef) element).interval();
                Object newValue;
                try {
                    newValue = typed.isEmpty() && !attribute.getEAttributeType().getInstanceClass().isPrimitive()
                            ? null
                            : parse.apply(typed);
                } catch (NumberFormatException e) {
                    status("'" + typed + "' is not a number; " + column.header + " of " + interval.getStart()
                            + " is unchanged");
                    return;
                }
                status(null);
                if (newValue == null ? interval.eGet(attribute) != null : !newValue.equals(interval.eGet(attribute))) {
                    editor.execute(SetCommand.create(editor.getEditingDomain(), interval, attribute,
                            newValue == null ? SetCommand.UNSET_VALUE : newValue));
                }
            }
        });
    }

    private void status(String error) {
        editor.getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(error);
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
            IntervalForecast f = forecast(element);
            return switch (column) {
            case START -> f.start() == null ? Formats.NONE : Formats.START.format(f.start());
            case BASELINE -> Formats.number(f.baseline(), 1);
            case LIFT -> Formats.number(f.lift(), 1);
            case TOTAL -> Formats.number(f.total(), 1);
            case AHT -> Formats.number(f.ahtSeconds(), 1)
                    + (((RowRef) element).interval().getAhtSeconds() == null ? "" : " *");
            case REQUIRED_AGENTS -> Formats.number(f.requiredAgents(), 1);
            case REQUIRED_HEADS -> Formats.number(f.requiredHeads(), 1);
            case SCHEDULED -> Integer.toString(f.scheduled());
            case GAP -> Formats.signed(f.gap());
            case SERVICE_LEVEL -> Formats.percent(f.predictedServiceLevel());
            case ASA -> Formats.asa(f.predictedAsaSeconds(), f.overloaded());
            case ASA_ANSWERED -> Formats.asa(f.predictedAsaAnsweredSeconds(), f.overloaded());
            };
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
            if (forecast.overloaded() && (column == Column.SERVICE_LEVEL || column == Column.ASA
                    || column == Column.ASA_ANSWERED || column == Column.GAP)) {
                return forecast.predicted().note();
            }
            if (column == Column.LIFT) {
                List<String> campaigns = editor.getForecast().campaignsLifting(((RowRef) element).index());
                return campaigns.isEmpty() ? null : "From " + String.join(", ", campaigns);
            }
            return null;
        }

        @Override
        public Color getBackground(Object element) {
            return forecast(element).understaffed() ? Colors.UNDERSTAFFED : null;
        }

        @Override
        public Color getForeground(Object element) {
            return column == Column.GAP && forecast(element).understaffed() ? Colors.SHORT : null;
        }
    }
}
