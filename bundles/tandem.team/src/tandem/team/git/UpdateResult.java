package tandem.team.git;

import java.util.List;

import tandem.team.merge.FileMerge;

/**
 * What an update brought.
 *
 * @param changedFiles the project's files the update changed (paths relative to the project)
 * @param merges       the files changed on both sides, merged by {@link FileMerge}, with their conflicts
 * @param otherConflicts files Git could not merge that are not plans (for example a file deleted on one side and
 *                       changed on the other)
 */
public record UpdateResult(List<String> changedFiles, List<FileMerge.Outcome> merges, List<String> otherConflicts) {

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
