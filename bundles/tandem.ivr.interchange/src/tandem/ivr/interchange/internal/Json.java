package tandem.ivr.interchange.internal;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import tandem.ivr.interchange.FlowException;

/**
 * JSON as flows need it: objects keep their field order, numbers keep their exact digits, duplicate keys and
 * trailing garbage are errors, and every error is one line naming the file.
 */
public final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private Json() {
    }

    /** Parses a whole document; the message of a failure names the file, line and column. */
    public static JsonNode parse(String fileName, String text) throws FlowException {
        if (text == null || text.isBlank()) {
            throw new FlowException(fileName + ": the file is empty, not a flow");
        }
        try {
            // Editors on Windows save UTF-8 with a byte order mark; it is not part of the JSON.
            JsonNode node = MAPPER.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
            if (node == null || !node.isObject()) {
                throw new FlowException(fileName + ": not a flow: the JSON is not an object");
            }
            return node;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            String what = e.getOriginalMessage() == null ? "invalid" : e.getOriginalMessage().split("\n")[0];
            throw new FlowException(fileName + ": not valid JSON" + where + ": " + what);
        }
    }

    /**
     * Whether the stream holds a Connect or Twilio flow, judged from the names of its top-level fields (and those
     * of a Twilio API envelope's {@code definition}) without building the document: Connect's {@code Actions} with
     * {@code StartAction} or {@code Version}, or its {@code ContactFlow}/{@code ContactFlowModule} envelope;
     * Twilio's {@code states} with {@code initial_state}. Not JSON, or JSON of another kind: {@code false}; JSON
     * that goes bad after it showed it is a flow: {@code true}, so that its error is reported.
     */
    public static boolean looksLikeFlow(java.io.InputStream in) {
        java.util.Set<String> top = new java.util.HashSet<>();
        java.util.Set<String> definition = new java.util.HashSet<>();
        try (JsonParser parser = MAPPER.getFactory().createParser(in)) {
            if (parser.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                return false;
            }
            while (parser.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                top.add(name);
                com.fasterxml.jackson.core.JsonToken value = parser.nextToken();
                if ("definition".equals(name) && value == com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                    while (parser.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                        definition.add(parser.currentName());
                        parser.nextToken();
                        parser.skipChildren();
                    }
                } else if ("definition".equals(name) && value == com.fasterxml.jackson.core.JsonToken.VALUE_STRING
                        && parser.getText().contains("\"initial_state\"")) {
                    definition.add("states");
                    definition.add("initial_state");
                } else {
                    parser.skipChildren();
                }
                if (isFlow(top, definition)) {
                    return true;
                }
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return isFlow(top, definition);
        }
    }

    private static boolean isFlow(java.util.Set<String> top, java.util.Set<String> definition) {
        return top.contains("Actions") && (top.contains("StartAction") || top.contains("Version"))
                || top.contains("ContactFlow") || top.contains("ContactFlowModule")
                || top.contains("states") && top.contains("initial_state")
                || definition.contains("states") && definition.contains("initial_state");
    }

    /** Parses JSON kept inside a flow (the Content string of Connect's envelope), naming where it is. */
    static JsonNode parseEmbedded(String fileName, String where, String text) throws FlowException {
        try {
            return MAPPER.readTree(text);
        } catch (JsonParseException e) {
            throw new FlowException(fileName + ": " + where + " is not valid JSON: "
                    + e.getOriginalMessage().split("\n")[0]);
        } catch (IOException e) {
            throw new FlowException(fileName + ": " + where + " is not valid JSON: " + e.getMessage());
        }
    }

    /** The document with two-space indentation, as flow designers export it. */
    public static String print(JsonNode node) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return MAPPER.writer(printer).writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The document on one line (kept in models and in Connect's Content string). */
    public static String compact(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** The text of a field, or {@code null} when it is missing or not a scalar. */
    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
    }

    /** The object at a path of fields, created where missing. */
    static ObjectNode with(ObjectNode node, String... fields) {
        ObjectNode current = node;
        for (String field : fields) {
            JsonNode child = current.get(field);
            if (!(child instanceof ObjectNode)) {
                child = current.putObject(field);
            }
            current = (ObjectNode) child;
        }
        return current;
    }
}
