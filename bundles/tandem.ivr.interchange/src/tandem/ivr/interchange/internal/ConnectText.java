package tandem.ivr.interchange.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** What Tandem reads from the parameters of Amazon Connect actions. */
final class ConnectText {

    private ConnectText() {
    }

    /** What the caller hears: Text, else SSML, else the messages of MessageParticipantIteratively. */
    static String of(JsonNode action) {
        JsonNode parameters = action.path("Parameters");
        String text = Json.text(parameters, "Text");
        if (text == null) {
            text = Json.text(parameters, "SSML");
        }
        if (text == null && parameters.path("Messages").isArray()) {
            List<String> parts = new ArrayList<>();
            for (JsonNode message : parameters.path("Messages")) {
                String part = Json.text(message, "Text");
                if (part == null) {
                    part = Json.text(message, "SSML");
                }
                if (part != null) {
                    parts.add(part);
                }
            }
            text = parts.isEmpty() ? null : String.join(" ", parts);
        }
        return text;
    }

    static Integer timeout(JsonNode parameters) {
        return number(Json.text(parameters, "InputTimeLimitSeconds"));
    }

    static Integer maxDigits(JsonNode parameters) {
        Integer max = number(Json.text(parameters.path("InputValidation").path("CustomValidation"),
                "MaximumLength"));
        return max != null ? max
                : number(Json.text(parameters.path("InputConfiguration").path("DTMFConfiguration"),
                        "MaximumDigits"));
    }

    static Integer number(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * The names a reference may go by: the parameters' values (an ARN, an id or a name) and the display names the
     * console keeps in the action's metadata.
     */
    static List<String> references(JsonNode action, JsonNode metadata, String... parameters) {
        List<String> names = new ArrayList<>();
        for (String parameter : parameters) {
            String value = Json.text(action.path("Parameters"), parameter);
            if (value != null) {
                names.add(value);
            }
        }
        if (!names.isEmpty()) {
            collectDisplayNames(metadata, names);
        }
        return names;
    }

    private static void collectDisplayNames(JsonNode node, List<String> names) {
        if (node == null || !node.isContainerNode()) {
            return;
        }
        if (node.isArray()) {
            node.forEach(child -> collectDisplayNames(child, names));
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getValue().isTextual()
                    && List.of("text", "displayName", "name").contains(field.getKey())) {
                names.add(0, field.getValue().asText());
            } else {
                collectDisplayNames(field.getValue(), names);
            }
        }
    }

    /** The most readable of the names: a display name, else the last segment of an ARN. */
    static String shortName(List<String> names) {
        String first = names.get(0);
        return first.contains("/") ? first.substring(first.lastIndexOf('/') + 1) : first;
    }
}
