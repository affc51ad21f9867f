package tandem.core.ui.emf;

import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.common.util.Enumerator;

/**
 * What planners read for a model's enumeration values instead of the ids the files hold: {@code emailBlast} is
 * "Email blast", {@code outboundWave} "Outbound wave", {@code tv} "TV", {@code monday} "Monday".
 */
public final class DisplayNames {

    /** Ids that are abbreviations, written in capitals. */
    private static final Set<String> ABBREVIATIONS = Set.of("tv", "sms", "ivr", "asa", "aht", "faq", "fcr", "csat",
            "nps", "sla", "url", "id");

    private DisplayNames() {
    }

    /** The display name of an enumeration value; empty for {@code null}. */
    public static String of(Enumerator value) {
        return value == null ? "" : of(value.getLiteral() == null ? value.getName() : value.getLiteral());
    }

    /** An id in words: camel case split, the first word capitalized, abbreviations in capitals. */
    public static String of(String id) {
        if (id == null || id.isBlank()) {
            return "";
        }
        String[] words = id.replace('_', ' ').replaceAll("([a-z0-9])([A-Z])", "$1 $2").trim().split("\\s+");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String word = words[i].toLowerCase(Locale.ROOT);
            if (i > 0) {
                text.append(' ');
            }
            if (ABBREVIATIONS.contains(word)) {
                text.append(word.toUpperCase(Locale.ROOT));
            } else if (i == 0) {
                text.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            } else {
                text.append(word);
            }
        }
        return text.toString();
    }
}
