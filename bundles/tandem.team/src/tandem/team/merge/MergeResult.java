package tandem.team.merge;

import java.util.List;

/**
 * The outcome of a three-way merge of one plan document.
 *
 * @param conflicts    what both sides changed differently, in document order; empty when the merge is clean
 * @param takenFromThem how many attribute, reference and element changes came from their side
 */
public record MergeResult(List<Conflict> conflicts, int takenFromThem) {

    public MergeResult {
        conflicts = List.copyOf(conflicts);
    }

    public boolean clean() {
        return conflicts.isEmpty();
    }
}
