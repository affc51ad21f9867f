package tandem.staffing.cli.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

import tandem.cli.CliCommand;
import tandem.cli.CliContext;
import tandem.cli.CommandFailedException;
import tandem.cli.UsageException;
import tandem.core.documents.AtomicFiles;
import tandem.staffing.erlang.StaffingCalculator;
import tandem.staffing.erlang.StaffingRequirement;
import tandem.staffing.erlang.Workload;

/**
 * {@code tandem-cli staff}: reads a forecast CSV (header with queue, start, calls, aht_seconds in any order, extra
 * columns kept) and writes it again with required_agents, scheduled_heads, service_level, asa_seconds (all
 * callers), asa_answered_seconds (answered calls, as ACD reports show) and occupancy (and abandonment under Erlang A)
 * added to every row.
 * <p>
 * Rows stream through one at a time, so a million rows need little memory. The output is written to a temporary
 * file beside it and renamed into place at the end: a bad row stops the command with its line number, and no
 * partial output is left behind.
 */
public class StaffCommand implements CliCommand {

    static final String INPUT = "input";
    static final String OUTPUT = "output";
    static final String ENCODING = "encoding";
    static final String STAFF_TO = "staff-to";

    static final List<String> REQUIRED_COLUMNS = List.of("queue", "start", "calls", "aht_seconds");
    static final List<String> ADDED_COLUMNS = List.of("required_agents", "scheduled_heads", "service_level",
            "asa_seconds", "asa_answered_seconds", "occupancy");
    static final String ABANDONMENT = "abandonment";
    private static final double DEFAULT_SERVICE_LEVEL = 0.8;

    @Override
    public Options options() {
        Options options = new Options();
        options.addOption(StaffingOptions.valued(INPUT, "forecast.csv",
                "forecast CSV with columns queue,start,calls,aht_seconds (required)"));
        options.addOption(StaffingOptions.valued(OUTPUT, "staffing.csv",
                "where to write the rows with the staffing columns added (required)"));
        options.addOption(StaffingOptions.valued(StaffingOptions.INTERVAL_SECONDS, "I",
                "length of each row's interval in seconds, e.g. 900 (required)"));
        options.addOption(StaffingOptions.valued(ErlangCommand.AHT, "S",
                "average handle time of rows without an aht_seconds column (a forecast CSV of tandem-cli forecast)"));
        StaffingOptions.addTargets(options, " (default 0.8 when no target is given)");
        options.addOption(StaffingOptions.valued(STAFF_TO, "forecast|upper",
                "with a forecast CSV of tandem-cli forecast: staff to its forecast (default) or to the upper bound of "
                        + "its 80% prediction interval (the upper column)"));
        options.addOption(StaffingOptions.valued(ENCODING, "charset",
                "character encoding of the input, e.g. ISO-8859-1 (default UTF-8); the output is UTF-8"));
        return options;
    }

    @Override
    public int run(CommandLine line, CliContext context) throws UsageException, CommandFailedException {
        if (!line.getArgList().isEmpty()) {
            throw new UsageException("unexpected argument '" + line.getArgList().get(0) + "'");
        }
        String inputName = requiredText(line, INPUT);
        String outputName = requiredText(line, OUTPUT);
        double intervalSeconds = StaffingOptions.aboveZero(StaffingOptions.INTERVAL_SECONDS,
                StaffingOptions.required(line, StaffingOptions.INTERVAL_SECONDS));
        StaffingCalculator calculator = StaffingOptions.calculator(line, DEFAULT_SERVICE_LEVEL);
        Path input = context.resolve(inputName);
        Path output = context.resolve(outputName);
        Charset encoding = Csv.encoding(line.getOptionValue(ENCODING));
        if (AtomicFiles.sameFile(input, output)) {
            throw new UsageException("--output must not be the --input file");
        }
        if (!Files.isRegularFile(input)) {
            throw new CommandFailedException(inputName + ": file not found");
        }
        double defaultAht = line.hasOption(ErlangCommand.AHT)
                ? StaffingOptions.aboveZero(ErlangCommand.AHT, StaffingOptions.required(line, ErlangCommand.AHT))
                : Double.NaN;
        String staffTo = line.getOptionValue(STAFF_TO, "forecast");
        if (!staffTo.equals("forecast") && !staffTo.equals("upper")) {
            throw new UsageException("--" + STAFF_TO + " must be forecast or upper, not '" + staffTo + "'");
        }
        Staffing staffing = new Staffing(inputName, intervalSeconds, calculator, defaultAht, staffTo.equals("upper"));
        try (Reader in = new InputStreamReader(Files.newInputStream(input), Csv.strictDecoder(encoding))) {
            AtomicFiles.write(output, out -> {
                Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
                staffing.copy(new Csv.RecordReader(in), writer);
                writer.flush();
            });
        } catch (BadInput e) {
            throw new CommandFailedException(e.getMessage());
        } catch (CharacterCodingException e) {
            throw new CommandFailedException(Csv.undecodable(input, inputName, encoding));
        } catch (NoSuchFileException e) {
            throw new CommandFailedException(inputName + ": file not found");
        } catch (IOException e) {
            throw new CommandFailedException("cannot write " + outputName + ": " + e.getMessage(), e);
        }
        context.out().println(staffing.rows + " interval(s) staffed: " + outputName);
        return CliContext.OK;
    }

    private static String requiredText(CommandLine line, String name) throws UsageException {
        String value = line.getOptionValue(name);
        if (value == null || value.isBlank()) {
            throw new UsageException("--" + name + " is required");
        }
        return value;
    }

    /** A problem in the input, as {@code file:line: reason}; unchecked so that it can leave the atomic writer. */
    static final class BadInput extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadInput(String file, int line, String reason) {
            super(file + ":" + line + ": " + reason);
        }
    }

    /** Copies records, adding the staffing of each. */
    private static final class Staffing {
        private final String file;
        private final double intervalSeconds;
        private final StaffingCalculator calculator;
        private long rows;
        private int queue;
        private int start;
        private int calls;
        private int aht;
        private int width;
        private final double defaultAht;
        private final boolean toUpper;

        Staffing(String file, double intervalSeconds, StaffingCalculator calculator, double defaultAht,
                boolean toUpper) {
            this.toUpper = toUpper;
            this.file = file;
            this.intervalSeconds = intervalSeconds;
            this.calculator = calculator;
            this.defaultAht = defaultAht;
        }

        void copy(Csv.RecordReader reader, Writer out) throws IOException {
            List<String> header = next(reader);
            if (header == null) {
                throw new BadInput(file, 1, "the file is empty; it needs a header row with "
                        + String.join(",", REQUIRED_COLUMNS));
            }
            readHeader(header);
            List<String> outHeader = new ArrayList<>(header);
            outHeader.addAll(ADDED_COLUMNS);
            if (calculator.usesErlangA()) {
                outHeader.add(ABANDONMENT);
            }
            Csv.write(out, outHeader);
            List<String> record;
            while ((record = next(reader)) != null) {
                int line = reader.recordLine();
                if (record.size() != width) {
                    throw new BadInput(file, line, record.size() + " field(s), but the header has " + width);
                }
                StaffingRequirement requirement = staff(record, line);
                List<String> row = new ArrayList<>(record);
                row.add(Numbers.fixed(requirement.requiredAgents(), 6));
                row.add(Numbers.fixed(requirement.scheduledHeads(), 6));
                row.add(Numbers.fixed(requirement.serviceLevel(), 6));
                row.add(Numbers.fixed(requirement.asaSeconds(), 3));
                row.add(Numbers.fixed(requirement.prediction().asaAnsweredSeconds(), 3));
                row.add(Numbers.fixed(requirement.occupancy(), 6));
                if (calculator.usesErlangA()) {
                    row.add(Numbers.fixed(requirement.abandonment(), 6));
                }
                Csv.write(out, row);
                rows++;
            }
        }

        private List<String> next(Csv.RecordReader reader) throws IOException {
            try {
                return reader.next();
            } catch (Csv.FormatException e) {
                throw new BadInput(file, e.line(), e.getMessage());
            }
        }

        private void readHeader(List<String> header) {
            width = header.size();
            for (String added : ADDED_COLUMNS) {
                if (header.stream().anyMatch(h -> h.trim().equals(added))) {
                    throw new BadInput(file, 1, "the input already has a '" + added + "' column");
                }
            }
            queue = column(header, "queue");
            start = column(header, "start");
            // A forecast CSV of tandem-cli forecast: its forecast column is the calls, the AHT comes from --aht-seconds.
            calls = toUpper ? column(header, "upper")
                    : header.stream().noneMatch(h -> h.trim().equals("calls"))
                    && header.stream().anyMatch(h -> h.trim().equals("forecast")) ? column(header, "forecast")
                            : column(header, "calls");
            aht = Double.isNaN(defaultAht) || header.stream().anyMatch(h -> h.trim().equals("aht_seconds"))
                    ? column(header, "aht_seconds")
                    : -1;
        }

        private int column(List<String> header, String name) {
            int found = -1;
            for (int i = 0; i < header.size(); i++) {
                if (header.get(i).trim().equals(name)) {
                    if (found >= 0) {
                        throw new BadInput(file, 1, "the header has two '" + name + "' columns");
                    }
                    found = i;
                }
            }
            if (found < 0) {
                throw new BadInput(file, 1, "the header has no '" + name + "' column (it needs "
                        + String.join(",", REQUIRED_COLUMNS) + ", in any order)");
            }
            return found;
        }

        private StaffingRequirement staff(List<String> record, int line) {
            if (record.get(queue).isBlank()) {
                throw new BadInput(file, line, "queue is empty");
            }
            String startText = record.get(start).trim();
            try {
                LocalDateTime.parse(startText);
            } catch (DateTimeParseException e) {
                throw new BadInput(file, line, "start '" + startText
                        + "' is not a date and time such as 2026-03-01T08:00");
            }
            String callsName = toUpper ? "upper" : "calls";
            double contacts = number(record, calls, callsName, line);
            if (contacts < 0) {
                throw new BadInput(file, line, callsName + " '" + record.get(calls) + "' must be 0 or more");
            }
            double handle = aht < 0 ? defaultAht : number(record, aht, "aht_seconds", line);
            if (!(handle > 0)) {
                throw new BadInput(file, line, "aht_seconds '" + record.get(aht) + "' must be more than 0");
            }
            try {
                return calculator.requirement(new Workload(contacts, intervalSeconds, handle));
            } catch (IllegalArgumentException | ArithmeticException e) {
                // Calls or AHT beyond what can be staffed (the message names the figures).
                throw new BadInput(file, line, e.getMessage());
            }
        }

        private double number(List<String> record, int column, String name, int line) {
            double value = Numbers.parse(record.get(column));
            if (Double.isNaN(value)) {
                throw new BadInput(file, line, name + " '" + record.get(column) + "' is not a number");
            }
            return value;
        }
    }
}
