package tandem.forecast.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.CampaignCalendar;
import tandem.campaign.model.lift.ContactLift;
import tandem.campaign.model.lift.DailyLift;
import tandem.cli.CommandFailedException;
import tandem.core.documents.PlanDocumentException;
import tandem.core.documents.PlanDocuments;
import tandem.core.documents.PlanFiles;
import tandem.core.model.ContactCenter;
import tandem.core.model.Queue;
import tandem.forecast.CampaignLifts;
import tandem.forecast.DayLift;
import tandem.forecast.HistoryForecasts;
import tandem.forecast.OpenHours;
import tandem.history.model.ContactHistory;
import tandem.history.model.HistoryFactory;
import tandem.excel.HistoryWorkbooks;
import tandem.history.model.importer.CsvSource;
import tandem.history.model.importer.HistoryImportException;
import tandem.history.model.importer.HistoryImports;
import tandem.history.model.importer.ImportSettings;
import tandem.history.model.rows.HistoryRows;

/**
 * The history a forecast learns from: an ACD export (CSV or workbook) read into a history of the given interval, or a
 * {@code .history} document with its contact-center setup (queues, opening hours, holidays) and the campaign
 * calendars beside it in the same folder (their past lift is removed, their future lift added). Nothing outside the
 * history's folder is read.
 */
final class HistoryInput {

    final HistoryRows rows;
    final ContactCenter center;
    final List<Campaign> campaigns;
    final List<String> notes;

    private HistoryInput(HistoryRows rows, ContactCenter center, List<Campaign> campaigns, List<String> notes) {
        this.rows = rows;
        this.center = center;
        this.campaigns = campaigns;
        this.notes = notes;
    }

    static HistoryInput read(Path file, String name, int intervalMinutes, String queue)
            throws CommandFailedException {
        if (!Files.isRegularFile(file)) {
            throw new CommandFailedException(name + ": file not found");
        }
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".history")) {
            return document(file);
        }
        boolean workbook = lower.endsWith(".xlsx") || lower.endsWith(".xls");
        ContactHistory history = HistoryFactory.eINSTANCE.createContactHistory();
        history.setIntervalMinutes(intervalMinutes);
        try {
            HistoryImports.Result result = HistoryImports.read(history, List.of(file),
                    new ImportSettings(intervalMinutes, null, null, queue),
                    workbook ? HistoryWorkbooks::open : CsvSource::open);
            HistoryImports.apply(history, result);
            return new HistoryInput(HistoryRows.of(history), null, List.of(), result.notes());
        } catch (HistoryImportException e) {
            throw new CommandFailedException(e.getMessage());
        }
    }

    private static HistoryInput document(Path file) throws CommandFailedException {
        ResourceSet set = PlanDocuments.createResourceSet();
        try {
            Resource resource = PlanDocuments.load(set,
                    URI.createFileURI(file.toAbsolutePath().toString()));
            EObject root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
            if (!(root instanceof ContactHistory history)) {
                throw new CommandFailedException(file.getFileName() + ": not a contact history");
            }
            ContactCenter center = history.getContactCenter();
            if (center != null && center.eIsProxy()) {
                throw new CommandFailedException(file.getFileName() + ": its contact-center setup cannot be found");
            }
            List<Campaign> campaigns = new ArrayList<>();
            if (center != null) {
                for (Path plan : PlanFiles.find(List.of(file.toAbsolutePath().getParent()))) {
                    if (plan.getFileName().toString().endsWith(".campaigns")) {
                        Resource calendar = PlanDocuments.load(set,
                                URI.createFileURI(plan.toAbsolutePath().toString()));
                        for (EObject content : calendar.getContents()) {
                            if (content instanceof CampaignCalendar campaignCalendar) {
                                campaigns.addAll(campaignCalendar.getCampaigns());
                            }
                        }
                    }
                }
            }
            return new HistoryInput(HistoryRows.of(history), center, campaigns, List.of());
        } catch (PlanDocumentException e) {
            throw new CommandFailedException(e.getMessage());
        } catch (IOException e) {
            throw new CommandFailedException(file.getFileName() + ": " + e.getMessage());
        }
    }

    /** The setup's queue of that name, or null. */
    Queue queue(String name) {
        if (center == null) {
            return null;
        }
        return center.getQueues().stream().filter(q -> name.equals(q.getName())).findFirst().orElse(null);
    }

    /** Opening hours of the queue from the setup, or the weekdays and times the history has rows for. */
    OpenHours hours(String name) {
        return HistoryForecasts.openHours(rows, name, queue(name));
    }

    /** The campaign lift of the queue from the history's first day to the end of the range. */
    DayLift lift(String name, LocalDate to) {
        Queue queue = queue(name);
        LocalDateTime[] span = rows.span();
        if (queue == null || campaigns.isEmpty() || span == null) {
            return DayLift.NONE;
        }
        LocalDate from = span[0].toLocalDate();
        DailyLift lift = ContactLift.of(campaigns, from, to.isBefore(from) ? from : to);
        return CampaignLifts.of(lift, queue);
    }
}
