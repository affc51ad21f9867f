package tandem.team.git;

import java.util.List;

import tandem.checks.CheckReport;
import tandem.team.merge.FileMerge;

/**
 * What an update brought.
 *
 * @param changedFiles the project's files the update changed (paths relative to the project)
 * @param merges       the files changed on both sides, merged by {@link FileMerge}, with their conflicts
 * @param otherConflicts files Git could not merge that are not plans (for example a file deleted on one side and
 *                       changed on the other)
 * @param checks       the project's checks on the plans after the update, or {@code null} when nothing came in
 */
public record UpdateResult(List<String> changedFiles, List<FileMerge.Outcome> merges, List<String> otherConflicts,
        CheckReport checks) {

    public UpdateResult {
        changedFiles = List.copyOf(changedFiles);
        merges = List.copyOf(merges);
        otherConflicts = List.copyOf(otherConflicts);
    }

    /** Whether the update is complete: nothing is left to resolve. */
    public boolean clean() {
        return otherConflicts.isEmpty() && merges.stream().allMatch(FileMerge.Outcome::clean);
    }

    public int conflictCount() {
        return otherConflicts.size() + merges.stream().mapToInt(m -> m.conflicts().size()).sum();
    }
}
