package tandem.checks.quickfixchecklist.ivr;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import tandem.ivr.model.Message;
import tandem.ivr.model.Node;
import tandem.ivr.model.Prompt;

/**
 * Prompts and messages: nodes that only play something and let the call go on. Rules look past them to see where a
 * call really ends up.
 */
final class Announcements {

    private Announcements() {
    }

    /** Whether the node only plays something and goes on. */
    static boolean isAnnouncement(Node node) {
        return node instanceof Message || node instanceof Prompt;
    }

    /**
     * The first node from {@code start} on that is not a prompt or message, following their next nodes; the
     * announcements passed are added to {@code passed}. {@code null} when the way ends in an empty slot or goes
     * round in a circle of announcements.
     */
    static Node after(Node start, List<Node> passed) {
        Set<Node> seen = new HashSet<>();
        Node node = start;
        while (node != null && isAnnouncement(node)) {
            if (!seen.add(node)) {
                return null;
            }
            passed.add(node);
            node = node instanceof Message message ? message.getNext() : ((Prompt) node).getNext();
        }
        return node;
    }

    /** Whether the node plays something the caller hears: a message or prompt with text or a recording. */
    static boolean plays(Node node) {
        if (node instanceof Message message) {
            return hasText(message.getText());
        }
        if (node instanceof Prompt prompt) {
            return hasText(prompt.getText()) || hasText(prompt.getAudioFile());
        }
        return false;
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }
}
