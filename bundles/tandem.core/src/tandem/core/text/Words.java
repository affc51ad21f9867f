package tandem.core.text;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Ids from the files and class names of the models in the words planners read, the one place that turns them into
 * text: {@code emailBlast} is "Email blast", {@code IvrScript} "IVR script", {@code HoursCheck} "Hours check",
 * {@code tv} "TV", {@code monday} "Monday", {@code eLearning} "E-learning". The workbench's labels ({@code tandem.core.ui.emf.DisplayNames}) and the
 * element paths of messages ({@code tandem.core.documents.ElementPaths}) use it.
 */
public final class Words {

    /** Ids that are abbreviations, written in capitals. */
    private static final Set<String> ABBREVIATIONS = Set.of("tv", "sms", "ivr", "asa", "aht", "faq", "fcr", "csat",
            "nps", "sla", "url", "id", "acd", "kpi", "csv", "ces", "wfm");

    /**
     * Ids whose words are not spelled by splitting them: a hyphen or a single-letter prefix that camel case cannot
     * tell. An enumeration literal that needs one is added here, and the test over every literal of every model
     * ({@code tandem.samples}' {@code DisplayNamesOfEveryLiteralTest}) fails until it is.
     */
    private static final Map<String, String> SPELLED = Map.of(
            "eLearning", "E-learning",
            "howTo", "How-to",
            "eMail", "Email");

    private Words() {
    }

    /** An id in words: camel case split, the first word capitalized, abbreviations in capitals; empty for none. */
    public static String of(String id) {
        if (id == null || id.isBlank()) {
            return "";
        }
        String spelled = SPELLED.get(id.trim());
        if (spelled != null) {
            return spelled;
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
