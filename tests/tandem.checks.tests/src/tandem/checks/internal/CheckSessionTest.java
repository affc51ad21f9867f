package tandem.checks.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.checks.Check;
import tandem.checks.CheckDefinition;
import tandem.checks.CheckReport;
import tandem.checks.CheckRunner;
import tandem.checks.CheckSession;
import tandem.checks.CheckSettings;
import tandem.checks.ChecklistDefinition;
import tandem.checks.Finding;
import tandem.checks.Severity;
import tandem.core.model.ContactCenter;
import tandem.core.model.Queue;

/**
 * A check session keeps the plans of a folder between checks: a re-check loads again only the files whose stamp or
 * unsaved content changed, runs only the checks that read their models, and keeps the other checks' findings.
 */
class CheckSessionTest {

    private static final String CORE = "http://tandem.dev/core/1.0";

    @TempDir
    Path folder;

    /** How often each check ran, and the documents the queue check saw in its last run. */
    private final Map<String, Integer> runs = new HashMap<>();
    private final List<Resource> seen = new ArrayList<>();
    private final Map<String, Long> stamps = new HashMap<>();

    private final CheckRunner runner = new CheckRunner(List.of(new ChecklistDefinition("session", "Session", "",
            "tests", List.of(check("session.queue-skill", Set.of(CORE), context -> {
                seen.clear();
                seen.addAll(context.plans().documents());
                for (Queue queue : context.plans().all(Queue.class)) {
                    if (queue.getSkill() == null) {
                        context.report(queue, "Queue '" + queue.getName() + "' has no skill.");
                    }
                }
            }), check("session.centers", Set.of("urn:tandem:tests:other"), context -> {
                for (ContactCenter center : context.plans().roots(ContactCenter.class)) {
                    context.report(center, "Center '" + center.getName() + "' was counted.");
                }
            })))), CheckSettings.defaults(), LocalDate.of(2027, 1, 4));

    private CheckDefinition check(String id, Set<String> reads, Check check) {
        return new CheckDefinition(id, "session", id, "Tests", "", Severity.WARNING, List.of(), reads,
                () -> Optional.of(context -> {
                    runs.merge(id, 1, Integer::sum);
                    check.run(context);
                }));
    }

    /** A contact-center setup; a queue given as {@code name=skill} has that skill, else none. */
    private static String center(String name, String... queues) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <core:ContactCenter xmlns:core="http://tandem.dev/core/1.0" id="c" name="%s">
                """.formatted(name));
        for (int i = 0; i < queues.length; i++) {
            String[] queue = queues[i].split("=");
            xml.append("  <queues id=\"q").append(i).append("\" name=\"").append(queue[0])
                    .append(queue.length > 1 ? "\" skill=\"" + queue[1] : "").append("\"/>\n");
        }
        return xml.append("</core:ContactCenter>\n").toString();
    }

    private void write(String name, String center, String... queues) throws Exception {
        Files.writeString(folder.resolve(name), center(center, queues));
        stamps.merge(name, 1L, Long::sum);
    }

    private CheckSession.PlanFile file(String name) {
        return new CheckSession.PlanFile(uri(name), stamps.get(name), null);
    }

    private URI uri(String name) {
        return URI.createFileURI(folder.resolve(name).toString());
    }

    /** A session that has checked two setups, each with a queue without a skill. */
    private CheckSession northAndSouthChecked() throws Exception {
        write("north.center", "North", "Billing");
        write("south.center", "South", "Support");
        CheckSession session = new CheckSession();
        session.check(List.of(file("north.center"), file("south.center")), runner, false);
        return session;
    }

    private static List<String> messages(CheckReport report) {
        return report.sorted().stream().map(Finding::message).toList();
    }

    @Test
    void theFirstCheckLoadsEveryFileAndRunsEveryCheck() throws Exception {
        write("north.center", "North", "Billing");
        write("south.center", "South", "Support");
        CheckSession session = new CheckSession();
        assertNull(session.report());

        CheckSession.Run run = session.check(List.of(file("north.center"), file("south.center")), runner, false);

        assertTrue(run.allChecks());
        assertEquals(Set.of("session.queue-skill", "session.centers"), run.ran());
        assertEquals(List.of("Center 'North' was counted.", "Queue 'Billing' has no skill.",
                "Center 'South' was counted.", "Queue 'Support' has no skill."), messages(run.report()));
        assertSame(run.report(), session.report());
        assertEquals(Map.of("session.queue-skill", 1, "session.centers", 1), runs);
    }

    @Test
    void nothingRunsWhileNoStampChanges() throws Exception {
        write("north.center", "North", "Billing");
        CheckSession session = new CheckSession();
        session.check(List.of(file("north.center")), runner, false);

        assertNull(session.check(List.of(file("north.center")), runner, false));
        assertEquals(Map.of("session.queue-skill", 1, "session.centers", 1), runs);

        CheckSession.Run all = session.check(List.of(file("north.center")), runner, true);
        assertNotNull(all, "every check runs when asked for, even without a change");
        assertTrue(all.allChecks());
        assertEquals(Map.of("session.queue-skill", 2, "session.centers", 2), runs);
    }

    @Test
    void aChangedFileIsLoadedAgainAndOnlyTheChecksReadingItsModelRun() throws Exception {
        CheckSession session = northAndSouthChecked();
        Resource southBefore = seen.get(1);

        write("north.center", "North", "Billing", "Sales");
        CheckSession.Run run = session.check(List.of(file("north.center"), file("south.center")), runner, false);

        assertFalse(run.allChecks());
        assertEquals(Set.of("session.queue-skill"), run.ran(), "the other check does not read the core model");
        assertEquals(Map.of("session.queue-skill", 2, "session.centers", 1), runs);
        assertSame(southBefore, seen.get(1), "south did not change, so it was not loaded again");
        assertEquals(List.of("Center 'North' was counted.", "Queue 'Billing' has no skill.",
                "Queue 'Sales' has no skill.", "Center 'South' was counted.", "Queue 'Support' has no skill."),
                messages(run.report()), "the findings of the check that did not run are kept");
        assertEquals(3, run.fresh().findings().size());
    }

    @Test
    void unsavedContentIsCheckedInsteadOfTheFile() throws Exception {
        write("north.center", "North", "Billing");
        CheckSession session = new CheckSession();
        session.check(List.of(file("north.center")), runner, false);

        byte[] edited = center("North", "Billing=billing").getBytes(StandardCharsets.UTF_8);
        CheckSession.Run run = session.check(
                List.of(new CheckSession.PlanFile(uri("north.center"), stamps.get("north.center"), edited)), runner,
                false);
        assertEquals(List.of("Center 'North' was counted."), messages(run.report()));

        run = session.check(List.of(file("north.center")), runner, false);
        assertNotNull(run, "closing the editor without saving is a change back to the file");
        assertEquals(List.of("Center 'North' was counted.", "Queue 'Billing' has no skill."), messages(run.report()));
    }

    @Test
    void removedAndUnreadableFilesLeaveTheReport() throws Exception {
        CheckSession session = northAndSouthChecked();
        Resource northBefore = seen.get(0);

        Files.writeString(folder.resolve("south.center"), "<not a plan");
        stamps.merge("south.center", 1L, Long::sum);
        CheckSession.Run run = session.check(List.of(file("north.center"), file("south.center")), runner, false);
        assertEquals(Set.of(uri("south.center")), run.unreadable().keySet());
        assertFalse(run.unreadable().get(uri("south.center")).isEmpty());
        assertEquals(List.of("Center 'North' was counted.", "Queue 'Billing' has no skill.",
                "Center 'South' was counted."), messages(run.report()),
                "only the checks reading the core model ran again; the other keeps its finding until it runs");

        run = session.check(List.of(file("north.center")), runner, true);
        assertTrue(run.unreadable().isEmpty(), "a removed file is no longer reported");
        assertEquals(List.of("Center 'North' was counted.", "Queue 'Billing' has no skill."), messages(run.report()));
        assertSame(northBefore, seen.get(0));
    }
}
