package tandem.ivr.interchange;

import java.util.Locale;
import java.util.Optional;

/** The contact-flow formats Tandem reads and writes. */
public enum FlowFormat {
    /** Amazon Connect flow language (Version 2019-10-30), bare or inside the console's or API's envelope. */
    CONNECT("connect"),
    /** Twilio Studio flow definition ({@code initial_state}, {@code states}), bare or inside the API's envelope. */
    TWILIO("twilio");

    private final String option;

    FlowFormat(String option) {
        this.option = option;
    }

    /** The name used on the command line ({@code --format connect}). */
    public String option() {
        return option;
    }

    /** The format named on the command line, if any is. */
    public static Optional<FlowFormat> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        for (FlowFormat format : values()) {
            if (format.option.equals(wanted)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
