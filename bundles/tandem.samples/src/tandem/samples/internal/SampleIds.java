package tandem.samples.internal;

import java.util.Locale;

import tandem.core.model.Identified;
import tandem.core.model.NamedElement;

/**
 * Fixed, readable ids for the example's elements ({@code queue-sales}, {@code campaign-spring-upgrade}), so that
 * every generated project is the same to the byte and tests can name the elements the checks report.
 */
final class SampleIds {

    private SampleIds() {
    }

    /** Gives the element the id {@code <type>-<slug>}, typed like {@code tandem.core.documents.Ids}. */
    static <T extends Identified> T id(T element, String slug) {
        String type = element.eClass().getName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
        element.setId(type + "-" + slug);
        return element;
    }

    /** Gives the element a name and an id made from it. */
    static <T extends NamedElement> T named(T element, String name) {
        element.setName(name);
        return id(element, slugOf(name));
    }

    /** Gives the element a name and the id {@code <type>-<slug>}. */
    static <T extends NamedElement> T named(T element, String slug, String name) {
        element.setName(name);
        return id(element, slug);
    }

    static String slugOf(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
