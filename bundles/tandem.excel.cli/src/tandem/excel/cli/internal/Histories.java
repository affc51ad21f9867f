package tandem.excel.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

import tandem.cli.CliContext;
import tandem.cli.CommandFailedException;
import tandem.cli.UsageException;
import tandem.core.documents.PlanDocumentException;
import tandem.core.documents.PlanDocuments;
import tandem.excel.HistoryWorkbooks;
import tandem.history.model.ContactHistory;
import tandem.history.model.HistoryFactory;
import tandem.history.model.importer.CsvSource;
import tandem.history.model.importer.HistoryImportException;
import tandem.history.model.importer.HistoryImports;
import tandem.history.model.rows.HistoryRows;

/**
 * {@code import} and {@code export} of a contact history ({@code .history}): an ACD interval export, CSV or
 * workbook, is imported (appended with {@code --into}); a history is exported as a workbook of the same layout.
 * Nothing is written when any row is bad.
 */
final class Histories {

    static final String INTERVAL = "interval-minutes";

    private Histories() {
    }

    /** The history option {@code import} accepts besides its own. */
    static Options importOptions(Options options) {
        return options.addOption(Option.builder().longOpt(INTERVAL).hasArg().argName("15|30|60")
                .desc("for a new contact history (.history): its interval; default 15").get());
    }

    static boolean isHistory(String operand) {
        return operand.toLowerCase(Locale.ROOT).endsWith(".history");
    }

    static int importInto(CommandLine arguments, CliContext context) throws UsageException, CommandFailedException {
        List<String> operands = arguments.getArgList();
        Path export = context.resolve(operands.get(0));
        Path plan = context.resolve(operands.get(1));
        String lower = export.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean workbook = lower.endsWith(".xlsx");
        if (!workbook && !lower.endsWith(".csv") && !lower.endsWith(".txt")) {
            throw new UsageException("a contact history is imported from an interval export (.csv or .xlsx), not '"
                    + operands.get(0) + "'");
        }
        boolean into = arguments.hasOption("into");
        if (into && !Files.exists(plan)) {
            throw new CommandFailedException(plan.getFileName() + " does not exist; leave out --into to create it");
        }
        if (!into && Files.exists(plan)) {
            throw new CommandFailedException(plan.getFileName() + " exists; use --into to add the export to it");
        }
        int interval = 15;
        if (arguments.hasOption(INTERVAL)) {
            if (into) {
                throw new UsageException("--" + INTERVAL + " is for a new history; " + plan.getFileName()
                        + " has its own interval");
            }
            String value = arguments.getOptionValue(INTERVAL);
            if (!List.of("15", "30", "60").contains(value)) {
                throw new UsageException("--" + INTERVAL + " must be 15, 30 or 60, not '" + value + "'");
            }
            interval = Integer.parseInt(value);
        }
        ResourceSet set = PlanDocuments.createResourceSet();
        URI uri = URI.createFileURI(plan.toAbsolutePath().toString());
        Resource resource;
        ContactHistory history;
        if (into) {
            try {
                resource = PlanDocuments.load(set, uri);
            } catch (PlanDocumentException e) {
                throw Arguments.unreadable(plan, e, context);
            }
            if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof ContactHistory)) {
                throw new CommandFailedException(plan.getFileName() + " holds no contact history");
            }
            history = (ContactHistory) resource.getContents().get(0);
        } else {
            resource = set.createResource(uri);
            history = HistoryFactory.eINSTANCE.createContactHistory();
            history.setIntervalMinutes(interval);
            history.setName(stem(plan));
            resource.getContents().add(history);
        }
        HistoryImports.Result result;
        try {
            result = HistoryImports.read(history, List.of(export), HistoryImports.settingsOf(history, null),
                    workbook ? HistoryWorkbooks::open : CsvSource::open);
        } catch (HistoryImportException e) {
            for (String problem : e.problems()) {
                context.err().println(problem);
            }
            throw new CommandFailedException(e.problems().size() + " problem(s) in " + export.getFileName()
                    + "; " + plan.getFileName() + " was not " + (into ? "changed" : "written"));
        }
        for (String note : result.notes()) {
            context.err().println(note);
        }
        HistoryImports.apply(history, result);
        try {
            if (into) {
                PlanDocuments.saveIfUnchanged(resource);
            } else {
                PlanDocuments.save(resource);
            }
        } catch (IOException e) {
            throw new CommandFailedException("cannot write " + plan + ": " + e.getMessage(), e);
        }
        int added = result.imports().stream().mapToInt(i -> i.getRowsAdded()).sum();
        context.out().println("History: " + added + " rows added, " + history.getRows().rowCount() + " in all");
        context.out().println("Wrote " + plan);
        return CliContext.OK;
    }

    static int export(CommandLine arguments, CliContext context) throws UsageException, CommandFailedException {
        List<String> operands = arguments.getArgList();
        Path plan = context.resolve(operands.get(0));
        Arguments.requireWorkbook(operands.get(1));
        Path workbook = context.resolve(operands.get(1));
        if (tandem.core.documents.AtomicFiles.sameFile(plan, workbook)) {
            throw new UsageException("the workbook must not be the plan file (" + operands.get(1) + " is "
                    + operands.get(0) + ")");
        }
        Resource resource;
        try {
            resource = PlanDocuments.load(PlanDocuments.createResourceSet(),
                    URI.createFileURI(plan.toAbsolutePath().toString()));
        } catch (PlanDocumentException e) {
            throw Arguments.unreadable(plan, e, context);
        }
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof ContactHistory)) {
            throw new CommandFailedException(plan.getFileName() + " holds no contact history");
        }
        try {
            int rows = HistoryWorkbooks.write(HistoryRows.of((ContactHistory) resource.getContents().get(0)),
                    workbook);
            context.out().println(HistoryWorkbooks.SHEET + ": " + rows + " rows");
        } catch (IOException e) {
            throw new CommandFailedException("cannot write " + workbook + ": " + e.getMessage(), e);
        }
        context.out().println("Wrote " + workbook);
        return CliContext.OK;
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
