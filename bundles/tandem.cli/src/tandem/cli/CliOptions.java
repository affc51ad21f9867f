package tandem.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;

/** Options as commands declare and read them, with usage messages that name the option and the value. */
public final class CliOptions {

    private CliOptions() {
    }

    /** A long option that takes one value, shown in the help as {@code --name <argument>}. */
    public static Option valued(String name, String argument, String description) {
        return Option.builder().longOpt(name).hasArg().argName(argument).desc(description).get();
    }

    /** The option's value; a usage error when it is missing or blank. */
    public static String required(CommandLine line, String name) throws UsageException {
        String value = line.getOptionValue(name);
        if (value == null || value.isBlank()) {
            throw new UsageException("--" + name + " is required");
        }
        return value;
    }

    /** The required option's value as an ISO date (2027-03-01); a usage error when it is missing or not a date. */
    public static LocalDate date(CommandLine line, String name) throws UsageException {
        String text = required(line, name);
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new UsageException("--" + name + " '" + text + "' is not a date such as 2027-03-01");
        }
    }
}
