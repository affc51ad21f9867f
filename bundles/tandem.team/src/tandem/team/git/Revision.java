package tandem.team.git;

import java.time.Instant;

/**
 * One published change of a file: who, when, why.
 *
 * @param id      the commit id, abbreviated
 * @param author  the author's name
 * @param when    when it was committed
 * @param message the first line of the commit message
 */
public record Revision(String id, String author, Instant when, String message) {
}
