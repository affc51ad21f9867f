package tandem.roster.cli.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

import tandem.cli.CliCommand;
import tandem.cli.CliContext;
import tandem.cli.CliOptions;
import tandem.cli.CommandFailedException;
import tandem.cli.UsageException;
import tandem.core.documents.AtomicFiles;
import tandem.core.documents.ElementPaths;
import tandem.core.documents.PlanDocuments;
import tandem.core.validation.ModelValidation;
import tandem.roster.GeneratedSchedule;
import tandem.roster.Requirement;
import tandem.roster.ScheduleApplier;
import tandem.roster.ScheduleCsv;
import tandem.roster.ScheduleException;
import tandem.roster.ScheduleGenerator;
import tandem.roster.StaffingFeed;
import tandem.roster.model.Agent;
import tandem.roster.model.Roster;
import tandem.roster.model.Skill;
import tandem.staffing.model.StaffingPlan;

/**
 * {@code tandem-cli schedule}: generates the schedule of a roster for a range of days from the required heads of
 * staffing plans, and writes {@code agent,start,end,activity,queue} (one row per shift and per break, lunch,
 * meeting or training). Standard output ends with the coverage line; when the CSV goes to standard output the
 * coverage goes to standard error. A roster with errors, days outside the plans, or a schedule that cannot keep
 * every rule stop the command with the reasons, and nothing is written. With {@code --save} the schedule is kept
 * in the roster and the staffing plans are linked to it (their scheduled heads of the roster's days then come from
 * its schedule; the typed numbers of those days are written too, so that unlinking keeps them).
 */
public class ScheduleCommand implements CliCommand {

    private static final int MAX_DAYS = 62;

    @Override
    public Options options() {
        Options options = new Options();
        options.addOption(Option.builder().longOpt("staffing").hasArgs().argName("plan")
                .desc("staffing plan(s) whose required heads the schedule covers, one per queue (required)").get());
        options.addOption(CliOptions.valued("roster", "file", "the roster: agents, shift templates, rules (required)"));
        options.addOption(CliOptions.valued("from", "date", "first day to schedule, e.g. 2027-03-01 (required)"));
        options.addOption(CliOptions.valued("to", "date", "last day to schedule (required)"));
        options.addOption(CliOptions.valued("seconds", "30", "how long the solver searches (default 30)"));
        options.addOption(CliOptions.valued("output", "schedule.csv", "where to write the schedule (default: standard output)"));
        options.addOption(Option.builder().longOpt("save").desc("also keep the schedule in the roster and write its "
                + "link the staffing plans to the roster, which then gives their scheduled heads of those days (each"
                + " file saved atomically)")
                .get());
        return options;
    }

    @Override
    public int run(CommandLine line, CliContext context) throws UsageException, CommandFailedException {
        if (!line.getArgList().isEmpty()) {
            throw new UsageException("unexpected argument '" + line.getArgList().get(0) + "'");
        }
        String[] staffingNames = line.getOptionValues("staffing");
        if (staffingNames == null || staffingNames.length == 0) {
            throw new UsageException("--staffing is required");
        }
        String rosterName = CliOptions.required(line, "roster");
        LocalDate from = CliOptions.date(line, "from");
        LocalDate to = CliOptions.date(line, "to");
        if (to.isBefore(from)) {
            throw new UsageException("--to " + to + " is before --from " + from);
        }
        if (to.toEpochDay() - from.toEpochDay() >= MAX_DAYS) {
            throw new UsageException("--from " + from + " to --to " + to + " is more than " + MAX_DAYS + " days");
        }
        int seconds = seconds(line);
        String outputName = line.getOptionValue("output");

        List<Path> files = new ArrayList<>();
        Path rosterFile = existing(context, rosterName);
        files.add(rosterFile);
        for (String name : staffingNames) {
            files.add(existing(context, name));
        }
        ResourceSet set = PlanDocuments.createResourceSet();
        PlanDocuments.confineToFolders(set, files.stream().map(p -> p.toAbsolutePath().getParent()).distinct()
                .toList());
        Roster roster = load(set, rosterFile, rosterName, Roster.class, "a roster");
        List<StaffingPlan> plans = new ArrayList<>();
        for (int i = 0; i < staffingNames.length; i++) {
            plans.add(load(set, files.get(i + 1), staffingNames[i], StaffingPlan.class, "a staffing plan"));
        }
        checkRoster(roster, rosterName, context);

        Requirement requirement;
        try {
            requirement = Requirement.fromStaffing(plans, from, to, roster.getIntervalMinutes());
        } catch (ScheduleException e) {
            throw new CommandFailedException(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new CommandFailedException(rosterName + ": " + e.getMessage());
        }
        unserved(roster, rosterName, requirement, context);
        GeneratedSchedule schedule = ScheduleGenerator.generate(roster, requirement, Duration.ofSeconds(seconds),
                null);
        if (!schedule.feasible()) {
            for (String broken : schedule.broken()) {
                context.err().println(rosterName + ": " + broken);
            }
            throw new CommandFailedException("no schedule keeps every rule of " + rosterName + " from " + from
                    + " to " + to + " (" + schedule.broken().size() + " problem(s) above); nothing written");
        }
        PrintStream summary = context.out();
        if (outputName == null) {
            write(schedule, context.out());
            summary = context.err();
        } else {
            Path output = context.resolve(outputName);
            try {
                AtomicFiles.write(output, out -> {
                    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                    ScheduleCsv.write(schedule, writer);
                    writer.flush();
                });
            } catch (IOException e) {
                throw new CommandFailedException("cannot write " + outputName + ": " + e.getMessage(), e);
            }
            summary.println(schedule.shifts().size() + " shift(s) for " + roster.getAgents().size()
                    + " agent(s) written to " + outputName);
        }
        if (line.hasOption("save")) {
            save(roster, rosterName, plans, schedule, summary);
        }
        summary.println("under-coverage: " + number(schedule.underCoverage()) + " agent-intervals, over-coverage: "
                + number(schedule.overCoverage()) + " agent-intervals");
        return CliContext.OK;
    }

    /**
     * Keeps the schedule in the roster and feeds the plans; files are saved only if no other program changed them
     * since they were read, the roster last (a failure leaves the plans fed and the roster as it was, and says so).
     */
    private static void save(Roster roster, String rosterName, List<StaffingPlan> plans, GeneratedSchedule schedule,
            PrintStream summary) throws CommandFailedException {
        ScheduleApplier.apply(roster, schedule);
        int fed = 0;
        for (StaffingPlan plan : plans) {
            fed += StaffingFeed.feed(roster, schedule.grid(), plan);
            plan.setRoster(roster);
        }
        List<Resource> resources = new ArrayList<>();
        plans.forEach(plan -> resources.add(plan.eResource()));
        resources.add(roster.eResource());
        for (Resource resource : resources) {
            try {
                PlanDocuments.saveIfUnchanged(resource);
            } catch (IOException e) {
                throw new CommandFailedException("cannot save " + resource.getURI().lastSegment() + ": "
                        + e.getMessage(), e);
            }
        }
        summary.println("saved the schedule in " + rosterName + " and " + fed + " scheduled interval(s) in "
                + plans.size() + " staffing plan(s), linked to the roster");
    }

    private static void write(GeneratedSchedule schedule, PrintStream out) throws CommandFailedException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            ScheduleCsv.write(schedule, writer);
            writer.flush();
        } catch (IOException e) {
            throw new CommandFailedException("cannot write the schedule: " + e.getMessage(), e);
        }
    }

    private static void checkRoster(Roster roster, String rosterName, CliContext context)
            throws CommandFailedException {
        int errors = 0;
        for (Diagnostic child : ModelValidation.validate(roster).getChildren()) {
            if (child.getSeverity() < Diagnostic.ERROR) {
                continue;
            }
            String where = child.getData().isEmpty() || !(child.getData().get(0) instanceof EObject e) ? ""
                    : ElementPaths.of(e);
            context.err().println(rosterName + ": " + ElementPaths.withMessage(where, child.getMessage()));
            errors++;
        }
        if (errors > 0) {
            throw new CommandFailedException(rosterName + " has " + errors + " error(s) (above); nothing scheduled");
        }
    }

    /**
     * Names the agents none of whose skills is a queue of the staffing plans given: they get no shift (and a
     * contract minimum they then cannot reach is reported as infeasible by the solver).
     */
    private static void unserved(Roster roster, String rosterName, Requirement requirement, CliContext context) {
        String queues = String.join(", ", requirement.queues().stream().map(q -> "'" + q.getName() + "'").toList());
        for (Agent agent : roster.getAgents()) {
            boolean serves = false;
            for (Skill skill : agent.getSkills()) {
                serves |= requirement.indexOf(skill.getQueue()) >= 0;
            }
            if (!serves) {
                context.err().println(rosterName + ": agent '" + agent.getName() + "' (agent "
                        + (roster.getAgents().indexOf(agent) + 1) + ") has no skill on the queues scheduled (" + queues
                        + "); it gets no shift");
            }
        }
    }

    private static <T> T load(ResourceSet set, Path file, String name, Class<T> type, String what)
            throws CommandFailedException {
        return RosterCommand.load(set, file, name, type, what);
    }

    private static Path existing(CliContext context, String name) throws CommandFailedException {
        return RosterCommand.existing(context, name);
    }

    private static int seconds(CommandLine line) throws UsageException {
        String text = line.getOptionValue("seconds", "30");
        try {
            int seconds = Integer.parseInt(text.strip());
            if (seconds >= 1 && seconds <= 3600) {
                return seconds;
            }
        } catch (NumberFormatException e) {
            // the message below says what is allowed
        }
        throw new UsageException("--seconds '" + text + "' must be a whole number from 1 to 3600");
    }

    static String number(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    }
}
