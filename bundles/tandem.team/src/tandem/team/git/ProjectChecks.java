package tandem.team.git;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import tandem.checks.CheckReport;
import tandem.checks.CheckRunner;
import tandem.checks.CheckSettings;
import tandem.checks.Checklists;
import tandem.checks.PlanSets;
import tandem.core.documents.PlanFiles;

/**
 * The project's checks on its plans as they are on disk, run after an update so that a change of one team that
 * breaks another team's plan shows right away (a campaign moved earlier than the staffing or the training allows).
 * Every contributed checklist runs, with the project's {@code tandem-checks.properties}, as {@code tandem-cli check}
 * does.
 */
public final class ProjectChecks {

    private ProjectChecks() {
    }

    /** Checks every plan below the project folder; plans that cannot be read are left out. */
    public static CheckReport run(Path projectFolder) throws IOException {
        List<Path> files = PlanFiles.find(List.of(projectFolder));
        CheckSettings settings = CheckSettings.defaults().withFile(projectFolder.resolve(CheckSettings.FILE_NAME));
        LocalDate today;
        try {
            today = settings.asOf().orElse(LocalDate.now());
        } catch (IllegalArgumentException e) {
            today = LocalDate.now();
        }
        return new CheckRunner(Checklists.all(), settings, today).run(PlanSets.load(files).plans());
    }
}
