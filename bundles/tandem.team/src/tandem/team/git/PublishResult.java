package tandem.team.git;

/**
 * What a publish did.
 *
 * @param published whether the changes reached the shared repository
 * @param update    the update a rejected push made first, or {@code null} when none was needed; when it left
 *                  conflicts, nothing was published
 */
public record PublishResult(boolean published, UpdateResult update) {
}
