package tandem.checks.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

import tandem.checks.CheckReport;
import tandem.checks.CheckRunner;
import tandem.checks.CheckSettings;
import tandem.checks.ChecklistDefinition;
import tandem.checks.Checklists;
import tandem.checks.Finding;
import tandem.checks.PlanSets;
import tandem.checks.Severity;
import tandem.cli.CliCommand;
import tandem.cli.CliContext;
import tandem.cli.CommandFailedException;
import tandem.cli.Json;
import tandem.cli.UsageException;
import tandem.core.documents.LoadProblem;

/**
 * {@code tandem-cli check <folders or plan files> [--format text|json|sarif] [--checklist ID]}: loads every plan
 * document found, runs the enabled checks and prints the findings. Exit code 1 when an error is found or a plan
 * cannot be read, 0 otherwise.
 */
public class CheckCommand implements CliCommand {

    @Override
    public Options options() {
        return new Options()
                .addOption(Option.builder().longOpt("format").hasArg().argName("text|json|sarif")
                        .desc("output format (default text)").build())
                .addOption(Option.builder().longOpt("checklist").hasArg().argName("ID")
                        .desc("run only this checklist (repeatable)").build())
                .addOption(Option.builder().longOpt("today").hasArg().argName("YYYY-MM-DD")
                        .desc("the date to check against (default: " + CheckSettings.AS_OF + " of the plans' "
                                + CheckSettings.FILE_NAME + ", else today)").build());
    }

    @Override
    public String operands() {
        return "<folders or plan files>";
    }

    @Override
    public int run(CommandLine arguments, CliContext context) throws UsageException, CommandFailedException {
        if (arguments.getArgList().isEmpty()) {
            throw new UsageException("name at least one folder or plan file");
        }
        String format = arguments.getOptionValue("format", "text");
        if (!List.of("text", "json", "sarif").contains(format)) {
            throw new UsageException("--format must be text, json or sarif, not '" + format + "'");
        }
        List<ChecklistDefinition> checklists = selectedChecklists(arguments);
        List<Path> roots = arguments.getArgList().stream().map(context::resolve).toList();
        PlanSets.Loaded loaded;
        CheckSettings settings = CheckSettings.defaults();
        try {
            loaded = PlanSets.loadAll(roots);
            for (Path root : roots) {
                settings = settings.withFile((Files.isDirectory(root) ? root : root.toAbsolutePath().getParent())
                        .resolve(CheckSettings.FILE_NAME));
            }
        } catch (IOException e) {
            throw new CommandFailedException(e.getMessage(), e);
        }
        LocalDate today = today(arguments, settings);
        for (LoadProblem problem : loaded.problems()) {
            context.err().println(problem);
        }
        if (loaded.plans().documents().isEmpty() && loaded.problems().isEmpty()) {
            throw new CommandFailedException("no plan documents found in " + String.join(", ",
                    arguments.getArgList()) + "; nothing was checked");
        }
        CheckReport report = new CheckRunner(checklists, settings, today).run(loaded);
        switch (format) {
        case "json" -> context.out().println(Json.pretty(asJson(report)));
        case "sarif" -> context.out().println(Json.pretty(Sarif.of(report, checklists, checkedFolders(roots),
                version())));
        default -> printText(report, checklists, loaded, context);
        }
        if (loaded.plans().documents().isEmpty()) {
            throw new CommandFailedException("no plan document could be read in " + String.join(", ",
                    arguments.getArgList()) + "; nothing was checked");
        }
        boolean unreadable = loaded.problems().stream().anyMatch(p -> p.severity() == LoadProblem.Severity.ERROR);
        return report.hasErrors() || unreadable ? CliContext.FAILED : CliContext.OK;
    }

    /** The folders named on the command line, and the folder of each plan file named. */
    private static List<Path> checkedFolders(List<Path> roots) {
        return roots.stream().map(root -> Files.isDirectory(root) ? root : root.toAbsolutePath().getParent())
                .toList();
    }

    private static String version() {
        Bundle bundle = FrameworkUtil.getBundle(CheckCommand.class);
        if (bundle == null) {
            return "0.0.0";
        }
        Version version = bundle.getVersion();
        return version.getMajor() + "." + version.getMinor() + "." + version.getMicro()
                + (version.getQualifier().isEmpty() ? "" : "." + version.getQualifier());
    }

    /** --today, else the settings' {@value CheckSettings#AS_OF}, else today. */
    private static LocalDate today(CommandLine arguments, CheckSettings settings) throws UsageException,
            CommandFailedException {
        String text = arguments.getOptionValue("today");
        if (text == null) {
            try {
                return settings.asOf().orElse(LocalDate.now());
            } catch (IllegalArgumentException e) {
                throw new CommandFailedException(CheckSettings.FILE_NAME + ": " + e.getMessage(), e);
            }
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException("--today must be a date such as 2026-03-01, not '" + text + "'");
        }
    }

    private static List<ChecklistDefinition> selectedChecklists(CommandLine arguments) throws UsageException {
        String[] wanted = arguments.getOptionValues("checklist");
        if (wanted == null) {
            return Checklists.all();
        }
        List<ChecklistDefinition> selected = new ArrayList<>();
        for (String id : wanted) {
            selected.add(Checklists.find(id).orElseThrow(() -> new UsageException("unknown checklist '" + id
                    + "' (available: " + Checklists.all().stream().map(ChecklistDefinition::id)
                            .collect(Collectors.joining(", ")) + ")")));
        }
        return selected;
    }

    static List<Object> asJson(CheckReport report) {
        List<Object> findings = new ArrayList<>();
        for (Finding finding : report.sorted()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("ruleId", finding.ruleId());
            json.put("checklist", finding.checklistId());
            json.put("severity", finding.severity().label());
            json.put("message", finding.message());
            json.put("file", finding.file());
            json.put("element", finding.elementPath());
            json.put("quickFixes", Checklists.quickFixLabels(finding));
            findings.add(json);
        }
        return findings;
    }

    private static void printText(CheckReport report, List<ChecklistDefinition> checklists, PlanSets.Loaded loaded,
            CliContext context) {
        for (Finding finding : report.sorted()) {
            context.out().println(finding.file() + ": " + finding.severity().label() + ": [" + finding.ruleId() + "] "
                    + finding.text());
            for (String fix : Checklists.quickFixLabels(finding)) {
                context.out().println("    quick fix: " + fix);
            }
        }
        context.out().println();
        for (ChecklistDefinition checklist : checklists) {
            long passed = checklist.checks().stream()
                    .filter(c -> report.outcome(c.id()) == CheckReport.Outcome.PASS).count();
            long enabled = checklist.checks().stream()
                    .filter(c -> report.outcome(c.id()) != CheckReport.Outcome.DISABLED).count();
            context.out().printf("%s: %d of %d checks passed%s%n", checklist.name(), passed, enabled,
                    loaded.complete() ? "" : " on the plans read");
        }
        long errors = report.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = report.findings().stream().filter(f -> f.severity() == Severity.WARNING).count();
        int documents = loaded.plans().documents().size();
        context.out().printf("%d plan document(s) checked: %d error(s), %d warning(s)%n", documents, errors, warnings);
        long unread = loaded.problems().stream().filter(p -> p.severity() == LoadProblem.Severity.ERROR).count();
        if (unread > 0 || !loaded.unresolved().isEmpty()) {
            context.out().printf("Incomplete: %d plan file(s) or folder(s) could not be read and %d reference(s) "
                    + "could not be followed; the checks above cover only what was read%n", unread,
                    loaded.unresolved().size());
        }
    }
}
