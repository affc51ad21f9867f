package tandem.staffing.cli.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InterruptedIOException;
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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

import tandem.cli.CliCommand;
import tandem.cli.CliContext;
import tandem.cli.CliOptions;
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
 * Rows stream through in batches, so a million rows need little memory. Rows are independent (the staffing of one
 * interval of one queue needs no other row), so batches are parsed, staffed and formatted on every core while this
 * thread reads the next and writes the finished ones in input order: the output is byte for byte the output of a
 * single-threaded run, and a bad row stops the command with the line number of the first bad row, as before. The
 * output is written to a temporary file beside it and renamed into place at the end: no partial output is left
 * behind.
 */
public class StaffCommand implements CliCommand {

    /** Rows per batch handed to a worker. */
    static final int BATCH_ROWS = 1024;

    private final int threads;
    private final int batchRows;

    /** Staffs on every available core. */
    public StaffCommand() {
        this(Runtime.getRuntime().availableProcessors(), BATCH_ROWS);
    }

    /** Staffs with this many worker threads (1: on the calling thread) in batches of {@code batchRows}. */
    StaffCommand(int threads, int batchRows) {
        this.threads = Math.max(1, threads);
        this.batchRows = Math.max(1, batchRows);
    }

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
        options.addOption(CliOptions.valued(INPUT, "forecast.csv",
                "forecast CSV with columns queue,start,calls,aht_seconds (required)"));
        options.addOption(CliOptions.valued(OUTPUT, "staffing.csv",
                "where to write the rows with the staffing columns added (required)"));
        options.addOption(CliOptions.valued(StaffingOptions.INTERVAL_SECONDS, "I",
                "length of each row's interval in seconds, e.g. 900 (required)"));
        options.addOption(CliOptions.valued(ErlangCommand.AHT, "S",
                "average handle time of rows without an aht_seconds column (a forecast CSV of tandem-cli forecast)"));
        StaffingOptions.addTargets(options, " (default 0.8 when no target is given)");
        options.addOption(CliOptions.valued(STAFF_TO, "forecast|upper",
                "with a forecast CSV of tandem-cli forecast: staff to its forecast (default) or to the upper bound of "
                        + "its 80% prediction interval (the upper column)"));
        options.addOption(CliOptions.valued(ENCODING, "charset",
                "character encoding of the input, e.g. ISO-8859-1 (default UTF-8); the output is UTF-8"));
        return options;
    }

    @Override
    public int run(CommandLine line, CliContext context) throws UsageException, CommandFailedException {
        if (!line.getArgList().isEmpty()) {
            throw new UsageException("unexpected argument '" + line.getArgList().get(0) + "'");
        }
        String inputName = CliOptions.required(line, INPUT);
        String outputName = CliOptions.required(line, OUTPUT);
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
        Staffing staffing = new Staffing(inputName, intervalSeconds, calculator, defaultAht, staffTo.equals("upper"),
                threads, batchRows);
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
        private final int threads;
        private final int batchRows;

        Staffing(String file, double intervalSeconds, StaffingCalculator calculator, double defaultAht,
                boolean toUpper, int threads, int batchRows) {
            this.toUpper = toUpper;
            this.file = file;
            this.intervalSeconds = intervalSeconds;
            this.calculator = calculator;
            this.defaultAht = defaultAht;
            this.threads = threads;
            this.batchRows = batchRows;
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
            if (threads == 1) {
                boolean more = true;
                while (more) {
                    Batch batch = read(reader);
                    more = batch.readError == null && batch.records.size() == batchRows;
                    rows += batch.staff().write(out);
                }
                return;
            }
            ExecutorService workers = Executors.newFixedThreadPool(threads, work -> {
                Thread thread = new Thread(work, "tandem-cli staff");
                thread.setDaemon(true);
                return thread;
            });
            try {
                Deque<Future<Batch>> pending = new ArrayDeque<>();
                boolean more = true;
                while (more) {
                    Batch batch = read(reader);
                    more = batch.readError == null && batch.records.size() == batchRows;
                    pending.add(workers.submit(batch::staff));
                    while (pending.size() > 2 * threads || !more && !pending.isEmpty()) {
                        rows += finished(pending.poll()).write(out);
                    }
                }
            } finally {
                workers.shutdownNow();
            }
        }

        /** The next records, with their lines; a record that cannot be read ends the batch (and the input). */
        private Batch read(Csv.RecordReader reader) throws IOException {
            Batch batch = new Batch(batchRows);
            try {
                List<String> record;
                while (batch.records.size() < batchRows && (record = next(reader)) != null) {
                    batch.records.add(record);
                    batch.lines.add(reader.recordLine());
                }
            } catch (BadInput | IOException e) {
                batch.readError = e; // reported once the rows before it are written, as a single thread would
            }
            return batch;
        }

        private static Batch finished(Future<Batch> batch) throws IOException {
            try {
                return batch.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while staffing");
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IOException(e.getCause());
            }
        }

        /** Records staffed and formatted by a worker; written in input order by the reading thread. */
        private final class Batch {
            final List<List<String>> records;
            final List<Integer> lines;
            Exception readError;
            private final StringBuilder text = new StringBuilder();
            private int staffed;
            private Exception failure;

            Batch(int size) {
                records = new ArrayList<>(size);
                lines = new ArrayList<>(size);
            }

            Batch staff() {
                try {
                    for (int i = 0; i < records.size(); i++) {
                        writeRow(records.get(i), lines.get(i), text);
                        staffed++;
                    }
                    failure = readError;
                } catch (BadInput e) {
                    failure = e;
                }
                return this;
            }

            /** Writes the rows staffed, then stops at the first bad one as a single-threaded run would. */
            int write(Writer out) throws IOException {
                out.append(text);
                if (failure instanceof IOException io) {
                    throw io;
                }
                if (failure != null) {
                    throw (RuntimeException) failure;
                }
                return staffed;
            }
        }

        /** Staffs one record and appends it, with the staffing columns added, to the text. */
        private void writeRow(List<String> record, int line, StringBuilder out) {
            if (record.size() != width) {
                throw new BadInput(file, line, record.size() + " field(s), but the header has " + width);
            }
            StaffingRequirement requirement = staff(record, line);
            for (int i = 0; i < record.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                Csv.appendField(out, record.get(i));
            }
            Numbers.appendFixed(out.append(','), requirement.requiredAgents(), 6);
            Numbers.appendFixed(out.append(','), requirement.scheduledHeads(), 6);
            Numbers.appendFixed(out.append(','), requirement.serviceLevel(), 6);
            Numbers.appendFixed(out.append(','), requirement.asaSeconds(), 3);
            Numbers.appendFixed(out.append(','), requirement.prediction().asaAnsweredSeconds(), 3);
            Numbers.appendFixed(out.append(','), requirement.occupancy(), 6);
            if (calculator.usesErlangA()) {
                Numbers.appendFixed(out.append(','), requirement.abandonment(), 6);
            }
            out.append('\n');
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
            if (!IsoDateTimes.valid(startText)) {
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
