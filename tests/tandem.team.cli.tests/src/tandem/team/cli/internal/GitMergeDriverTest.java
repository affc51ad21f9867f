package tandem.team.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.campaign.model.CampaignCalendar;
import tandem.cli.CliCommands;
import tandem.cli.CliContext;
import tandem.core.documents.PlanDocuments;

/**
 * The merge driver under a real {@code git merge}, configured as the user guide says ({@code merge.tandem.driver}
 * and {@code .gitattributes}). Git calls a small script with {@code %O %A %B %P}; the script hands the call to
 * this test, which runs {@code tandem-cli merge} in-process (the product runs the same command; its smoke test
 * calls the real {@code tandem-cli}) and returns the exit code to Git.
 */
class GitMergeDriverTest {

    @TempDir
    Path folder;

    private Path repository;
    private Path requests;

    @BeforeEach
    void repository() throws Exception {
        repository = Files.createDirectories(folder.resolve("plans"));
        requests = Files.createDirectories(folder.resolve("requests"));
        Path driver = folder.resolve("driver.sh");
        Files.writeString(driver, """
                #!/bin/sh
                req="%s/$$"
                printf '%%s\\n' "$(pwd)" "$1" "$2" "$3" "$4" > "$req.tmp" && mv "$req.tmp" "$req.args"
                while [ ! -f "$req.exit" ]; do sleep 0.05; done
                exit "$(cat "$req.exit")"
                """.formatted(requests));
        Files.setPosixFilePermissions(driver, PosixFilePermissions.fromString("rwxr-xr-x"));
        git("init", "-q", "-b", "main");
        git("config", "merge.tandem.name", "Tandem plan merge");
        git("config", "merge.tandem.driver", driver + " %O %A %B %P");
        Files.writeString(repository.resolve(".gitattributes"),
                "*.campaigns merge=tandem\n*.staffing merge=tandem\n*.center merge=tandem\n");
        Files.writeString(repository.resolve("spring.campaigns"),
                MergeCommandTest.calendar("2027-03-15", "Marketing", "Bravo"));
        git("add", ".");
        git("commit", "-q", "-m", "Spring calendar");
        git("branch", "marketing");
    }

    @Test
    void disjointEditsOfTheSameCalendarMergeCleanlyUnderGit() throws Exception {
        commit("main", MergeCommandTest.calendar("2027-03-15", "Brand team", "Bravo"), "Alpha belongs to brand");
        commit("marketing", MergeCommandTest.calendar("2027-03-22", "Marketing", "Bravo Deluxe"), "Alpha a week later");
        git("checkout", "-q", "main");

        int exit = mergeWithDriver("marketing");

        assertEquals(0, exit);
        CampaignCalendar merged = load(repository.resolve("spring.campaigns"));
        assertEquals(LocalDate.of(2027, 3, 22), merged.getCampaigns().get(0).getStartDate());
        assertEquals("Brand team", merged.getCampaigns().get(0).getOwner());
        assertEquals("Bravo Deluxe", merged.getCampaigns().get(1).getName());
        assertTrue(git("log", "--oneline").contains("Merge branch 'marketing'"));
    }

    @Test
    void theSameAttributeChangedOnBothBranchesStopsTheMergeWithOneConflictAndAValidPlan() throws Exception {
        commit("main", MergeCommandTest.calendar("2027-03-29", "Brand team", "Bravo"), "Alpha two weeks later");
        commit("marketing", MergeCommandTest.calendar("2027-03-22", "Marketing", "Bravo Deluxe"), "Alpha a week later");
        git("checkout", "-q", "main");

        int exit = mergeWithDriver("marketing");

        assertNotEquals(0, exit);
        CampaignCalendar merged = load(repository.resolve("spring.campaigns"));
        assertEquals(LocalDate.of(2027, 3, 29), merged.getCampaigns().get(0).getStartDate(), "our side kept");
        assertEquals("Bravo Deluxe", merged.getCampaigns().get(1).getName(), "their other change merged");
        String report = Files.readString(repository.resolve("spring.campaigns.conflicts"));
        assertTrue(report.contains("Campaign 'Alpha': Start date (changed on both sides)"), report);
        assertTrue(git("status", "--porcelain").contains("UU spring.campaigns"));
    }

    private void commit(String branch, String calendar, String message) throws Exception {
        git("checkout", "-q", branch);
        Files.writeString(repository.resolve("spring.campaigns"), calendar);
        git("commit", "-q", "-am", message);
    }

    /** Runs {@code git merge}, answering the driver's calls with {@code tandem-cli merge} until Git is done. */
    private int mergeWithDriver(String branch) throws Exception {
        Process git = start("merge", "--no-edit", branch);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!git.waitFor(50, TimeUnit.MILLISECONDS)) {
            if (System.nanoTime() > deadline) {
                git.destroyForcibly();
                throw new AssertionError("git merge did not finish");
            }
            try (Stream<Path> calls = Files.list(requests)) {
                for (Path call : calls.filter(p -> p.toString().endsWith(".args")).toList()) {
                    answer(call);
                }
            }
        }
        return git.exitValue();
    }

    private void answer(Path call) throws Exception {
        List<String> lines = Files.readAllLines(call);
        Path workingDirectory = Path.of(lines.get(0));
        List<String> args = new ArrayList<>(lines.subList(1, lines.size()));
        args.removeIf(String::isEmpty);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(out, true, StandardCharsets.UTF_8);
        int exit = CliCommands.execute("merge", new MergeCommand(), args.toArray(String[]::new),
                CliContext.of(stream, stream, workingDirectory));
        String name = call.getFileName().toString().replace(".args", "");
        Files.delete(call);
        Files.writeString(call.resolveSibling(name + ".exit"), Integer.toString(exit));
    }

    private static CampaignCalendar load(Path file) throws Exception {
        return (CampaignCalendar) PlanDocuments
                .load(PlanDocuments.createResourceSet(), URI.createFileURI(file.toString())).getContents().get(0);
    }

    private String git(String... args) throws IOException, InterruptedException {
        Process process = start(args);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), () -> "git " + String.join(" ", args) + ": " + output);
        return output;
    }

    private Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Planner", "-c",
                "user.email=planner@example.com"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(repository.toFile()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("HOME", folder.toString());
        env.put("GIT_CONFIG_NOSYSTEM", "1");
        return builder.start();
    }
}
