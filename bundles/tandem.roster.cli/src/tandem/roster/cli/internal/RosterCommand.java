package tandem.roster.cli.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

import tandem.cli.CliCommand;
import tandem.cli.CliContext;
import tandem.cli.CliOptions;
import tandem.cli.CommandFailedException;
import tandem.cli.UsageException;
import tandem.core.documents.LoadProblem;
import tandem.core.documents.PlanDocumentException;
import tandem.core.documents.PlanDocuments;
import tandem.core.model.ContactCenter;
import tandem.roster.AgentsCsv;
import tandem.roster.ScheduleException;
import tandem.roster.model.Roster;
import tandem.training.model.TrainingPlan;

/**
 * {@code tandem-cli roster}: makes a new roster file from a CSV of agents (see {@link AgentsCsv}) and the contact
 * center whose queues and teams it names, optionally linked to training plans whose sessions take agents off the
 * phones. An existing file is never overwritten.
 */
public class RosterCommand implements CliCommand {

    @Override
    public Options options() {
        Options options = new Options();
        options.addOption(CliOptions.valued("agents", "agents.csv", "CSV of agents: name,team,skills,min_hours,max_hours,"
                + "max_days[,earliest_start,latest_end,days_off] (required)"));
        options.addOption(CliOptions.valued("center", "file", "the contact center the agents' teams and queues are in (required)"));
        options.addOption(Option.builder().longOpt("training").hasArgs().argName("plan")
                .desc("training plan(s) whose sessions take their audiences off the phones").get());
        options.addOption(CliOptions.valued("output", "team.roster", "the roster file to make; must not exist (required)"));
        return options;
    }

    @Override
    public int run(CommandLine line, CliContext context) throws UsageException, CommandFailedException {
        if (!line.getArgList().isEmpty()) {
            throw new UsageException("unexpected argument '" + line.getArgList().get(0) + "'");
        }
        String agentsName = CliOptions.required(line, "agents");
        String centerName = CliOptions.required(line, "center");
        String outputName = CliOptions.required(line, "output");
        if (!outputName.endsWith(".roster")) {
            throw new UsageException("--output '" + outputName + "' must end with .roster");
        }
        Path agents = existing(context, agentsName);
        Path centerFile = existing(context, centerName);
        Path output = context.resolve(outputName);
        if (Files.exists(output)) {
            throw new CommandFailedException(outputName + " exists; it is not overwritten: choose another --output");
        }
        String[] trainingNames = line.getOptionValues("training");
        List<Path> trainingFiles = new ArrayList<>();
        for (String name : trainingNames == null ? new String[0] : trainingNames) {
            trainingFiles.add(existing(context, name));
        }
        ResourceSet set = PlanDocuments.createResourceSet();
        List<Path> folders = new ArrayList<>();
        folders.add(centerFile.toAbsolutePath().getParent());
        trainingFiles.forEach(p -> folders.add(p.toAbsolutePath().getParent()));
        folders.add(output.toAbsolutePath().getParent());
        PlanDocuments.confineToFolders(set, folders.stream().distinct().toList());
        ContactCenter center = load(set, centerFile, centerName, ContactCenter.class, "a contact center");
        Roster roster;
        try (Reader in = new InputStreamReader(Files.newInputStream(agents), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
            String name = output.getFileName().toString().replaceFirst("\\.roster$", "");
            roster = AgentsCsv.read(in, agentsName, center, name);
        } catch (CharacterCodingException e) {
            throw new CommandFailedException(agentsName + ": not UTF-8 text");
        } catch (IOException e) {
            throw new CommandFailedException(agentsName + ": " + e.getMessage(), e);
        } catch (ScheduleException e) {
            throw new CommandFailedException(e.getMessage());
        }
        for (int i = 0; i < trainingFiles.size(); i++) {
            roster.getTrainingPlans().add(load(set, trainingFiles.get(i), trainingNames[i], TrainingPlan.class,
                    "a training plan"));
        }
        Resource resource = set.createResource(URI.createFileURI(output.toAbsolutePath().toString()));
        resource.getContents().add(roster);
        try {
            PlanDocuments.save(resource);
        } catch (IOException e) {
            throw new CommandFailedException("cannot write " + outputName + ": " + e.getMessage(), e);
        }
        context.out().println(roster.getAgents().size() + " agent(s) written to " + outputName);
        return CliContext.OK;
    }

    static <T> T load(ResourceSet set, Path file, String name, Class<T> type, String what)
            throws CommandFailedException {
        Resource resource;
        try {
            resource = PlanDocuments.load(set, URI.createFileURI(file.toAbsolutePath().toString()));
        } catch (PlanDocumentException e) {
            throw new CommandFailedException(String.join("; ", e.problems().stream().map(LoadProblem::toString)
                    .toList()));
        }
        for (LoadProblem problem : PlanDocuments.unresolvedReferences(resource)) {
            if (problem.severity() == LoadProblem.Severity.ERROR) {
                throw new CommandFailedException(problem.toString());
            }
        }
        if (resource.getContents().isEmpty() || !type.isInstance(resource.getContents().get(0))) {
            throw new CommandFailedException(name + ": not " + what);
        }
        return type.cast(resource.getContents().get(0));
    }

    static Path existing(CliContext context, String name) throws CommandFailedException {
        Path path = context.resolve(name);
        if (!Files.isRegularFile(path)) {
            throw new CommandFailedException(name + ": file not found");
        }
        return path;
    }

}
