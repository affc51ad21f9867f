package tandem.core.ui.emf;

import org.eclipse.emf.common.util.Enumerator;

import tandem.core.text.Words;

/**
 * What planners read for a model's enumeration values instead of the ids the files hold: {@code emailBlast} is
 * "Email blast", {@code outboundWave} "Outbound wave", {@code tv} "TV", {@code monday} "Monday" ({@link Words}).
 */
public final class DisplayNames {

    private DisplayNames() {
    }

    /** The display name of an enumeration value; empty for {@code null}. */
    public static String of(Enumerator value) {
        return value == null ? "" : of(value.getLiteral() == null ? value.getName() : value.getLiteral());
    }

    /** An id in words: camel case split, the first word capitalized, abbreviations in capitals. */
    public static String of(String id) {
        return Words.of(id);
    }
}
