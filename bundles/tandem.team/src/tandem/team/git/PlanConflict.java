package tandem.team.git;

import tandem.team.merge.Conflict;

/**
 * A conflict of an update in progress, in one plan file of the project.
 *
 * @param path     the plan's path relative to the project
 * @param conflict what both sides changed differently
 */
public record PlanConflict(String path, Conflict conflict) {

    /** What identifies the conflict across reloads: file, kind, element key and feature. */
    String key() {
        return path + "\t" + conflict.kind() + "\t" + conflict.elementKey() + "\t" + conflict.feature();
    }
}
