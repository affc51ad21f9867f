package tandem.ivr.interchange.internal;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

import tandem.core.model.ContactCenter;
import tandem.core.model.OpeningHours;
import tandem.core.model.Queue;

/**
 * Finds the queues and opening hours a flow names in the contact-center setup, by name or id, loosely (case and
 * spaces do not matter). A flow names them by ARN, id or name: each candidate is tried, and an ARN also by its last
 * segment.
 */
public final class SetupLookup {

    private final Collection<ContactCenter> setups;

    public SetupLookup(Collection<ContactCenter> setups) {
        this.setups = setups;
    }

    Queue queue(List<String> candidates) {
        for (String candidate : expand(candidates)) {
            for (ContactCenter center : setups) {
                for (Queue queue : center.getQueues()) {
                    if (matches(candidate, queue.getId(), queue.getName())) {
                        return queue;
                    }
                }
            }
        }
        return null;
    }

    OpeningHours hours(List<String> candidates) {
        for (String candidate : expand(candidates)) {
            for (ContactCenter center : setups) {
                for (OpeningHours hours : center.getOpeningHours()) {
                    if (matches(candidate, hours.getId(), hours.getName())) {
                        return hours;
                    }
                }
            }
        }
        return null;
    }

    /**
     * Whether one of the names a flow gives a reference (ARN, id, display name) names the element of the setup with
     * this id and name, by the same loose comparison the import resolves it with.
     */
    static boolean names(List<String> candidates, String id, String name) {
        return expand(candidates).stream().anyMatch(candidate -> matches(candidate, id, name));
    }

    private static List<String> expand(List<String> candidates) {
        return candidates.stream().filter(c -> c != null && !c.isBlank())
                .flatMap(c -> c.contains("/") ? java.util.stream.Stream.of(c, c.substring(c.lastIndexOf('/') + 1))
                        : java.util.stream.Stream.of(c))
                .toList();
    }

    private static boolean matches(String candidate, String id, String name) {
        String wanted = loose(candidate);
        return !wanted.isEmpty() && (wanted.equals(loose(id)) || wanted.equals(loose(name)));
    }

    private static String loose(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "");
    }
}
