package tandem.checks.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each element of a plan file starts: the line and column of its start tag, so that a CI annotation points at
 * the element a finding is about. Elements are found by their id (the fragment of an element URI in Tandem's plan
 * files) or, for elements without one, by EMF's path fragment ({@code //@campaigns.0/@drops.1}).
 * <p>
 * The file is scanned as text, not parsed into a DOM, because a SAX locator reports where a start tag ends, not
 * where it begins; the scan reads only what the plan file holds and resolves nothing outside it.
 */
final class ElementLines {

    /** A 1-based line and column. */
    record Position(int line, int column) {
    }

    private record Element(String name, Position position, String id, List<Element> children) {
    }

    private final List<Element> roots = new ArrayList<>();
    private final Map<String, Position> byId = new HashMap<>();

    private ElementLines() {
    }

    /** The elements of a plan file; a file that cannot be read has none. */
    static ElementLines of(Path file) {
        ElementLines lines = new ElementLines();
        try {
            lines.scan(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            // an unreadable or malformed file has no positions; the finding then points at the file only
        }
        return lines;
    }

    /** Scans the text of a plan file (for tests). */
    static ElementLines ofText(String text) {
        ElementLines lines = new ElementLines();
        lines.scan(text);
        return lines;
    }

    /** Where the element with this URI fragment starts. */
    Optional<Position> find(String fragment) {
        if (fragment == null || fragment.isEmpty()) {
            return Optional.empty();
        }
        if (fragment.startsWith("/")) {
            return byPath(fragment);
        }
        return Optional.ofNullable(byId.get(fragment));
    }

    private Optional<Position> byPath(String fragment) {
        // "/" is the first root, "/1" the second; "//@a.0/@b" walks containment features from the first root.
        String rest = fragment.substring(1);
        int slash = rest.indexOf('/');
        String rootPart = slash < 0 ? rest : rest.substring(0, slash);
        int rootIndex = rootPart.isEmpty() ? 0 : parseIndex(rootPart);
        if (rootIndex < 0 || rootIndex >= roots.size()) {
            return Optional.empty();
        }
        Element element = roots.get(rootIndex);
        if (slash >= 0) {
            for (String segment : rest.substring(slash + 1).split("/")) {
                if (!segment.startsWith("@")) {
                    return Optional.empty();
                }
                String feature = segment.substring(1);
                int index = 0;
                int dot = feature.lastIndexOf('.');
                if (dot > 0) {
                    index = parseIndex(feature.substring(dot + 1));
                    feature = feature.substring(0, dot);
                }
                element = child(element, feature, index);
                if (element == null) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(element.position());
    }

    private static Element child(Element parent, String feature, int index) {
        int seen = 0;
        for (Element child : parent.children()) {
            if (child.name().equals(feature) && seen++ == index) {
                return child;
            }
        }
        return null;
    }

    private static int parseIndex(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void scan(String text) {
        Deque<Element> open = new ArrayDeque<>();
        int line = 1;
        int lineStart = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
                i++;
                continue;
            }
            if (c != '<') {
                i++;
                continue;
            }
            int end;
            if (text.startsWith("<!--", i)) {
                end = endOf(text, i, "-->");
            } else if (text.startsWith("<![CDATA[", i)) {
                end = endOf(text, i, "]]>");
            } else if (text.startsWith("<?", i)) {
                end = endOf(text, i, "?>");
            } else if (text.startsWith("<!", i) || text.startsWith("</", i)) {
                end = endOf(text, i, ">");
                if (text.startsWith("</", i) && !open.isEmpty()) {
                    open.pop();
                }
            } else {
                Position position = new Position(line, i - lineStart + 1);
                end = startTag(text, i, position, open);
            }
            for (int k = i; k < end; k++) {
                if (text.charAt(k) == '\n') {
                    line++;
                    lineStart = k + 1;
                }
            }
            i = end;
        }
    }

    /** Reads a start tag at {@code start}; returns the index after it. */
    private int startTag(String text, int start, Position position, Deque<Element> open) {
        int i = start + 1;
        int n = text.length();
        int nameStart = i;
        while (i < n && !Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '>' && text.charAt(i) != '/') {
            i++;
        }
        String name = localName(text.substring(nameStart, i));
        String id = null;
        boolean selfClosing = false;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '>') {
                i++;
                break;
            }
            if (c == '/' && i + 1 < n && text.charAt(i + 1) == '>') {
                selfClosing = true;
                i += 2;
                break;
            }
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int attributeStart = i;
            while (i < n && text.charAt(i) != '=' && !Character.isWhitespace(text.charAt(i))
                    && text.charAt(i) != '>') {
                i++;
            }
            String attribute = text.substring(attributeStart, i);
            while (i < n && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '=')) {
                i++;
            }
            if (i < n && (text.charAt(i) == '"' || text.charAt(i) == '\'')) {
                char quote = text.charAt(i);
                int close = text.indexOf(quote, i + 1);
                if (close < 0) {
                    close = n - 1;
                }
                if (attribute.equals("id") || attribute.equals("xmi:id")) {
                    id = unescape(text.substring(i + 1, close));
                }
                i = close + 1;
            }
        }
        Element element = new Element(name, position, id, new ArrayList<>());
        if (open.isEmpty()) {
            roots.add(element);
        } else {
            open.peek().children().add(element);
        }
        if (id != null) {
            byId.putIfAbsent(id, position);
        }
        if (!selfClosing) {
            open.push(element);
        }
        return i;
    }

    private static String localName(String qualified) {
        return qualified.substring(qualified.indexOf(':') + 1);
    }

    private static String unescape(String value) {
        if (value.indexOf('&') < 0) {
            return value;
        }
        return value.replace("&quot;", "\"").replace("&apos;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static int endOf(String text, int from, String terminator) {
        int end = text.indexOf(terminator, from);
        return end < 0 ? text.length() : end + terminator.length();
    }
}
