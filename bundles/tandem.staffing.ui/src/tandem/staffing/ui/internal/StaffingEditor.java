package tandem.staffing.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EventObject;
import java.util.List;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.CampaignCalendar;
import tandem.campaign.model.Drop;
import tandem.core.ui.editors.PlanEditor;
import tandem.staffing.model.StaffingPlan;
import tandem.staffing.model.forecast.StaffingForecast;
import tandem.staffing.model.plans.StaffingPlans;

/**
 * The staffing plan editor: the plan's settings with the staffing they require, a table of every interval with
 * required and scheduled heads, and a chart of the day or week in view.
 * <p>
 * Every change goes through the command stack; after each one (and after Undo and Redo) the forecast is computed
 * afresh, so a new AHT, target or shrinkage shows in the required heads at once. The forecast computes an
 * interval's figures only when a table row or the chart asks for them.
 */
public class StaffingEditor extends PlanEditor {

    public static final String ID = "tandem.staffing.ui.staffingEditor";

    private final List<Runnable> forecastListeners = new ArrayList<>();
    private StaffingForecast forecast;
    private Period period;
    private CommandStackListener recompute;
    private boolean refreshPending;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        super.init(site, input);
        recompute = (EventObject event) -> forecastChanged();
        getEditingDomain().getCommandStack().addCommandStackListener(recompute);
    }

    @Override
    protected void addModelPages() throws PartInitException {
        StaffingPlan plan = getPlan();
        period = new Period(openingDay(plan, LocalDate.now()));
        addPage(new PlanPage(this));
        addPage(new ChartPage(this));
    }

    /**
     * The day the editor opens on: today if the plan covers it, else the first day on which a campaign of the linked
     * calendars brings the plan's queue contacts, else the plan's first day.
     */
    static LocalDate openingDay(StaffingPlan plan, LocalDate today) {
        if (plan == null || plan.getStartDate() == null) {
            return today;
        }
        LocalDate first = plan.getStartDate();
        LocalDate last = plan.getEndDate() == null ? first : plan.getEndDate();
        if (!today.isBefore(first) && !today.isAfter(last)) {
            return today;
        }
        LocalDate earliest = null;
        for (CampaignCalendar calendar : plan.getCampaignCalendars()) {
            if (calendar == null || calendar.eIsProxy()) {
                continue;
            }
            for (Campaign campaign : calendar.getCampaigns()) {
                if (plan.getQueue() != null && !campaign.getQueues().contains(plan.getQueue())) {
                    continue;
                }
                for (Drop drop : campaign.getDrops()) {
                    LocalDate date = drop.getDate();
                    if (date != null && !date.isBefore(first) && !date.isAfter(last)
                            && (earliest == null || date.isBefore(earliest))) {
                        earliest = date;
                    }
                }
            }
        }
        return earliest != null ? earliest : first;
    }

    @Override
    protected EObject createEmptyRoot() {
        LocalDate today = LocalDate.now();
        return StaffingPlans.create(getPartName().replaceFirst("\\.staffing$", ""), null, 15, today, today);
    }

    public StaffingPlan getPlan() {
        return getRoot() instanceof StaffingPlan plan ? plan : null;
    }

    /** The plan's forecast as it is now (computed again after every change). */
    public StaffingForecast getForecast() {
        if (forecast == null) {
            forecast = StaffingForecast.of(getPlan());
        }
        return forecast;
    }

    PlanPage getPlanPage() {
        return (PlanPage) findPage(PlanPage.ID);
    }

    ChartPage getChartPage() {
        return (ChartPage) findPage(ChartPage.ID);
    }

    /** The day or week in view. */
    Period getPeriod() {
        return period;
    }

    /** Runs the listener whenever the forecast changed. */
    void addForecastListener(Runnable listener) {
        forecastListeners.add(listener);
    }

    void removeForecastListener(Runnable listener) {
        forecastListeners.remove(listener);
    }

    /** Forgets the forecast and tells the pages, for example after the linked calendars were edited elsewhere. */
    public void forecastChanged() {
        forecast = null;
        if (refreshPending || getSite() == null) {
            return;
        }
        // One refresh for a burst of commands, after the command (and any cell editor applying it) has finished.
        refreshPending = true;
        getSite().getShell().getDisplay().asyncExec(() -> {
            refreshPending = false;
            if (getPlan() != null && getPageContainer() != null && !getPageContainer().isDisposed()) {
                new ArrayList<>(forecastListeners).forEach(Runnable::run);
            }
        });
    }

    @Override
    public void dispose() {
        if (recompute != null) {
            getEditingDomain().getCommandStack().removeCommandStackListener(recompute);
        }
        super.dispose();
    }
}
