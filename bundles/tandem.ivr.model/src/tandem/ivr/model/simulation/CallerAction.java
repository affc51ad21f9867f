package tandem.ivr.model.simulation;

/**
 * What the caller does when the IVR waits for them: press keys, say a phrase, stay silent (no input) or say
 * something it cannot understand (no match).
 */
public sealed interface CallerAction {

    /** Presses one key in a menu, or the digits of an input (a trailing # ends the entry). */
    record Press(String keys) implements CallerAction {
        @Override
        public String describe() {
            return "presses " + keys;
        }
    }

    /** Says a phrase. */
    record Say(String phrase) implements CallerAction {
        @Override
        public String describe() {
            return "says \"" + phrase + "\"";
        }
    }

    /** Says and presses nothing until the timeout. */
    record Silence() implements CallerAction {
        @Override
        public String describe() {
            return "stays silent";
        }
    }

    /** Says something the IVR does not understand. */
    record Mumble() implements CallerAction {
        @Override
        public String describe() {
            return "is not understood";
        }
    }

    /** The action as the simulation report tells it ("presses 1"). */
    String describe();

    static CallerAction press(String keys) {
        return new Press(keys);
    }

    static CallerAction say(String phrase) {
        return new Say(phrase);
    }

    static CallerAction silence() {
        return new Silence();
    }

    static CallerAction mumble() {
        return new Mumble();
    }
}
