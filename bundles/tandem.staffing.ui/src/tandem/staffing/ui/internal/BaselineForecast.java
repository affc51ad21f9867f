package tandem.staffing.ui.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.command.Command;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.CampaignCalendar;
import tandem.campaign.model.lift.ContactLift;
import tandem.core.documents.PlanDocuments;
import tandem.core.model.Queue;
import tandem.core.ui.wizards.ProjectDocuments;
import tandem.forecast.Accuracy;
import tandem.forecast.CampaignLifts;
import tandem.forecast.DayLift;
import tandem.forecast.ForecastException;
import tandem.forecast.Forecaster;
import tandem.forecast.HistoryForecasts;
import tandem.forecast.QueueForecast;
import tandem.forecast.StaffingBaselines;
import tandem.forecast.methods.ForecastMethod;
import tandem.history.model.ContactHistory;
import tandem.history.model.rows.HistoryRows;
import tandem.staffing.model.StaffingPlan;

/**
 * What the Forecast action computes for a staffing plan: the contact histories of the plan's project (loaded into a
 * resource set of their own, confined to plan files), the forecast of the plan's queue over the plan's dates from
 * one of them (past campaign lift of the plan's calendars taken out; the range's lift is added by the plan itself),
 * and the command that fills the baseline.
 */
final class BaselineForecast {

    /** The methods offered, by command-line name; "auto" first. */
    static final List<String> METHODS = List.of("auto", "seasonal-naive", "weekly-average", "weekly-median",
            "holt-winters", "holt-winters-multiplicative", "daily-profile");

    private BaselineForecast() {
    }

    /** The contact histories in the editor's project, in file order. */
    static List<ContactHistory> histories(StaffingEditor editor) {
        if (editor.getResource() == null) {
            return List.of();
        }
        return ProjectDocuments.roots(PlanDocuments.createResourceSet(), editor.getResource().getURI(), "history",
                ContactHistory.class);
    }

    /** How the dialog names a history: its file name. */
    static String name(ContactHistory history) {
        return history.eResource() == null ? String.valueOf(history.getName())
                : history.eResource().getURI().lastSegment();
    }

    /**
     * The forecast of the plan's queue over the plan's dates.
     *
     * @param method a method name of {@link #METHODS}
     * @throws ForecastException saying what is missing (queue, dates, history of the queue, enough of it)
     */
    static QueueForecast forecast(StaffingPlan plan, ContactHistory history, String method)
            throws ForecastException {
        Queue queue = plan.getQueue();
        if (queue == null || queue.eIsProxy() || queue.getName() == null) {
            throw new ForecastException("the plan has no queue: choose it in the settings first");
        }
        LocalDate from = plan.getStartDate();
        LocalDate to = plan.getEndDate();
        if (from == null || to == null || to.isBefore(from)) {
            throw new ForecastException("the plan has no dates to forecast");
        }
        HistoryRows rows = HistoryRows.of(history);
        if (!rows.queues().contains(queue.getName())) {
            throw new ForecastException(name(history) + " has no rows for queue " + queue.getName() + " (it has "
                    + (rows.queues().isEmpty() ? "none" : String.join(", ", rows.queues())) + ")");
        }
        ForecastMethod chosen;
        try {
            chosen = Forecaster.method(method, 0);
        } catch (IllegalArgumentException e) {
            throw new ForecastException(e.getMessage());
        }
        return Forecaster.forecast(queue.getName(), HistoryForecasts.series(rows, queue.getName()), from, to, chosen,
                HistoryForecasts.openHours(rows, queue.getName(), queue),
                StaffingBaselines.pastOnly(lift(plan, queue, rows, to), from));
    }

    /** The lift of the plan's linked calendars for the queue, from the history's first day. */
    private static DayLift lift(StaffingPlan plan, Queue queue, HistoryRows rows, LocalDate to) {
        List<Campaign> campaigns = new ArrayList<>();
        for (CampaignCalendar calendar : plan.getCampaignCalendars()) {
            if (!calendar.eIsProxy()) {
                campaigns.addAll(calendar.getCampaigns());
            }
        }
        LocalDateTime[] span = rows.span();
        if (campaigns.isEmpty() || span == null) {
            return DayLift.NONE;
        }
        LocalDate first = span[0].toLocalDate();
        return CampaignLifts.of(ContactLift.of(campaigns, first, to.isBefore(first) ? first : to), queue);
    }

    /** The command filling the plan's baseline and bounds. */
    static Command command(StaffingEditor editor, QueueForecast forecast) throws ForecastException {
        return StaffingBaselines.command(editor.getEditingDomain(), editor.getPlan(), forecast);
    }

    /** The chosen method and its backtest accuracy, as the dialog shows them. */
    static String describe(QueueForecast forecast) {
        Accuracy accuracy = forecast.accuracy();
        String text = "Method: " + forecast.method();
        if (accuracy.measured()) {
            text += String.format(Locale.ROOT, "%nBacktest: wMAPE %.1f%% per interval (bias %+.1f%%), %.1f%% per day "
                    + "(bias %+.1f%%)", 100 * accuracy.intervalWmape(), 100 * accuracy.intervalBias(),
                    100 * accuracy.dayWmape(), 100 * accuracy.dayBias());
        }
        double total = forecast.rows().stream().mapToDouble(r -> r.forecast()).sum();
        return text + String.format(Locale.ROOT, "%n%d open intervals, %.0f contacts; 80%% bounds kept per interval",
                forecast.rows().size(), total);
    }
}
