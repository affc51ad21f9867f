package tandem.history.model.importer;

import java.time.ZoneId;
import java.util.Set;

/**
 * What an import checks rows against.
 *
 * @param intervalMinutes the history's interval (15, 30 or 60; 5 is accepted too): finer rows are summed to it
 * @param zone            the setup's time zone: local starts in its daylight-saving gap are refused, the repeated
 *                        hour of its overlap is summed; null without a setup (starts taken as they are)
 * @param knownQueues     the setup's queue names; null without a setup (every name accepted)
 * @param defaultQueue    the queue of files without a queue column; null to require the column
 */
public record ImportSettings(int intervalMinutes, ZoneId zone, Set<String> knownQueues, String defaultQueue) {

    /** Row lengths an export may have, in minutes. */
    static final int[] ROW_LENGTHS = { 5, 15, 30, 60 };

    public ImportSettings {
        if (intervalMinutes <= 0 || 1440 % intervalMinutes != 0) {
            throw new IllegalArgumentException("interval of " + intervalMinutes + " minutes: use 15, 30 or 60");
        }
        knownQueues = knownQueues == null ? null : Set.copyOf(knownQueues);
    }

    /** Settings without a setup. */
    public static ImportSettings of(int intervalMinutes) {
        return new ImportSettings(intervalMinutes, null, null, null);
    }
}
