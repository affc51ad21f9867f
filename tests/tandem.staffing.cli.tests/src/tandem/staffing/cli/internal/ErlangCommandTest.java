package tandem.staffing.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tandem.cli.CliRecorder;
import tandem.staffing.erlang.ErlangA;
import tandem.staffing.erlang.Prediction;
import tandem.staffing.erlang.Workload;

/**
 * {@code tandem-cli erlang}: the textbook interval (100 calls in 30 minutes, AHT 180 s, 80% in 20 s under an 85%
 * occupancy cap needs 14 agents, 20 heads at 30% shrinkage) in text and JSON, prediction, Erlang A, and bad input.
 */
class ErlangCommandTest {

    private static final String[] TEXTBOOK = { "--calls", "100", "--interval-seconds", "1800", "--aht-seconds",
            "180" };

    @TempDir
    Path folder;

    private CliRecorder cli() {
        return new CliRecorder(folder);
    }

    private static String[] textbook(String... more) {
        String[] args = new String[TEXTBOOK.length + more.length];
        System.arraycopy(TEXTBOOK, 0, args, 0, TEXTBOOK.length);
        System.arraycopy(more, 0, args, TEXTBOOK.length, more.length);
        return args;
    }

    @Test
    void findsTheRequiredAgentsAndHeadsAsText() {
        CliRecorder cli = cli();
        assertEquals(0, cli.run("erlang", new ErlangCommand(), textbook("--target-service-level", "0.8",
                "--answer-within-seconds", "20", "--max-occupancy", "0.85", "--shrinkage", "0.3")), cli.err());
        String out = cli.out();
        assertTrue(out.startsWith("Erlang C: 100 contacts in 1800 s, AHT 180 s = 10 Erlangs"), out);
        assertTrue(out.contains("Required agents:      14\n"), out);
        assertTrue(out.contains("Scheduled heads:      20 (shrinkage 30%)"), out);
        assertTrue(out.contains("With 14 agents:"), out);
        assertTrue(out.contains("Service level:       88.84% answered within 20 s"), out);
        assertTrue(out.contains("Probability of wait: 17.41%"), out);
        assertEquals("", cli.err());
    }

    @Test
    void sharesAreTypedAsPercentagesAsWellAsFractions() {
        CliRecorder cli = cli();
        assertEquals(0, cli.run("erlang", new ErlangCommand(), textbook("--target-service-level", "0.8",
                "--max-occupancy", "0.85", "--shrinkage", "0.3")), cli.err());
        String fractions = cli.out();
        CliRecorder percentages = cli();
        assertEquals(0, percentages.run("erlang", new ErlangCommand(), textbook("--target-service-level", "80%",
                "--max-occupancy", "85 %", "--shrinkage", "30%")), percentages.err());
        assertEquals(fractions, percentages.out());
        assertTrue(fractions.contains("Scheduled heads:      20 (shrinkage 30%)"), fractions);
    }

    @Test
    void findsTheRequiredAgentsAsJson() {
        CliRecorder cli = cli();
        assertEquals(0, cli.run("erlang", new ErlangCommand(), textbook("--target-service-level", "0.8",
                "--max-occupancy", "0.85", "--shrinkage", "0.3", "--format", "json")), cli.err());
        String json = cli.out().strip();
        assertTrue(json.startsWith("{") && json.endsWith("}") && !json.contains("\n"), json);
        assertEquals(10, number(json, "trafficErlangs"), 1e-12);
        assertEquals(14, number(json, "requiredAgents"));
        assertEquals(20, number(json, "scheduledHeads"));
        assertEquals(14, number(json, "agents"));
        assertEquals(0.17413, number(json, "probabilityOfWait"), 5e-6);
        assertEquals(0.88835, number(json, "serviceLevel"), 5e-6);
        assertEquals(7.836, number(json, "asaSeconds"), 5e-4);
        assertEquals(0.7143, number(json, "occupancy"), 5e-5);
        assertTrue(json.contains("\"requiredAgents\":14,"), "whole agents are written without a fraction: " + json);
        assertTrue(json.contains("\"model\":\"erlangC\""), json);
        assertFalse(json.contains("abandonment"), "Erlang C has no abandonment: " + json);
    }

    @Test
    void withAgentsItPredictsAndFindsNothing() {
        CliRecorder cli = cli();
        assertEquals(0, cli.run("erlang", new ErlangCommand(), textbook("--agents", "14", "--format", "json")),
                cli.err());
        String json = cli.out().strip();
        assertEquals(14, number(json, "agents"));
        assertEquals(0.88835, number(json, "serviceLevel"), 5e-6, "20 s is the default answer time");
        assertFalse(json.contains("requiredAgents"), json);
        assertFalse(json.contains("scheduledHeads"), json);
    }

    @Test
    void withAgentsAndATargetItPredictsTheGivenAgentsAndFindsTheRequiredOnes() {
        CliRecorder cli = cli();
        assertEquals(0, cli.run("erlang", new ErlangCommand(),
                textbook("--agents", "12", "--target-service-level", "0.8",
                "--format", "json")), cli.err());
        String json = cli.out().strip();
        assertEquals(12, number(json, "agents"));
        assertEquals(14, number(json, "requiredAgents"));
        assertTrue(number(json, "serviceLevel") < 0.8, "12 agents miss the target: " + json);
    }

    @Test
    void fractionalAgentsLieBetweenTheLastFailingAndTheFirstPassingWholeNumber() {
        CliRecorder cli = cli();
        assertEquals(0, cli.run("erlang", new ErlangCommand(), textbook("--target-service-level", "0.8", "--fractional",
                "--format", "json")), cli.err());
        double required = number(cli.out(), "requiredAgents");
        assertTrue(required > 13 && required < 14, "fractional requirement " + required);
    }

    @Test
    void patienceSwitchesToErlangAWithAbandonment() {
        CliRecorder cli = cli();
        assertEquals(0, cli.run("erlang", new ErlangCommand(), textbook("--agents", "9", "--patience-seconds", "60",
                "--format", "json")), cli.err());
        String json = cli.out().strip();
        Prediction expected = ErlangA.predict(new Workload(100, 1800, 180), 9, 60, 20);
        assertTrue(json.contains("\"model\":\"erlangA\""), json);
        assertEquals(expected.abandonment(), number(json, "abandonment"), 1e-12);
        assertEquals(expected.serviceLevel(), number(json, "serviceLevel"), 1e-12);
        assertTrue(expected.abandonment() > 0, "fewer agents than Erlangs: callers abandon");
    }

    @Test
    void anUnstablePredictionIsReportedNotThrown() {
        CliRecorder cli = cli();
        assertEquals(0, cli.run("erlang", new ErlangCommand(), textbook("--agents", "8", "--format", "json")),
                cli.err());
        String json = cli.out().strip();
        assertTrue(json.contains("\"stable\":false"), json);
        assertTrue(json.contains("\"asaSeconds\":null"), "JSON has no infinity: " + json);
        assertEquals(0, cli.run("erlang", new ErlangCommand(), textbook("--agents", "8")));
        assertTrue(cli.out().contains("ASA, all callers:    unbounded"), cli.out());
        assertTrue(cli.out().contains("ASA, answered calls: unbounded"), cli.out());
    }

    @Test
    void bothAsasAreReportedEachLabelled() {
        CliRecorder cli = cli();
        assertEquals(0, cli.run("erlang", new ErlangCommand(), textbook("--agents", "9", "--patience-seconds", "60")),
                cli.err());
        Prediction expected = ErlangA.predict(new Workload(100, 1800, 180), 9, 60, 20);
        String out = cli.out();
        assertTrue(out.contains(String.format(java.util.Locale.ROOT, "  ASA, all callers:    %.2f s%n",
                expected.asaSeconds())), out);
        assertTrue(out.contains(String.format(java.util.Locale.ROOT, "  ASA, answered calls: %.2f s%n",
                expected.asaAnsweredSeconds())), out);
        assertTrue(Math.abs(expected.asaSeconds() - expected.asaAnsweredSeconds()) > 0.01, "they differ here");

        assertEquals(0, cli.run("erlang", new ErlangCommand(), textbook("--agents", "9", "--patience-seconds", "60",
                "--format", "json")), cli.err());
        assertEquals(expected.asaAnsweredSeconds(), number(cli.out(), "asaAnsweredSeconds"), 1e-9);
        assertEquals(expected.asaSeconds(), number(cli.out(), "asaSeconds"), 1e-9);

        assertEquals(0, cli.run("erlang", new ErlangCommand(), textbook("--agents", "14", "--format", "json")), cli.err());
        assertEquals(number(cli.out(), "asaSeconds"), number(cli.out(), "asaAnsweredSeconds"),
                "Erlang C answers everyone");
    }

    @Test
    void theAbandonmentTargetIsHonoured() {
        CliRecorder cli = cli();
        // 10 Erlangs, patience 60 s: 80/20 alone is met with 11% abandoning; at most 3% needs more agents.
        assertEquals(0, cli.run("erlang", new ErlangCommand(), textbook("--target-service-level", "0.8",
                "--patience-seconds", "60", "--target-abandonment", "0.03", "--format", "json")), cli.err());
        double required = number(cli.out(), "requiredAgents");
        assertTrue(number(cli.out(), "abandonment") <= 0.03, cli.out());
        Workload workload = new Workload(100, 1800, 180);
        assertTrue(ErlangA.predict(workload, (int) required - 1, 60, 20).abandonment() > 0.03, cli.out());

        assertEquals(0, cli.run("erlang", new ErlangCommand(), textbook("--patience-seconds", "60", "--target-abandonment",
                "0.03", "--format", "json")), cli.err());
        assertEquals(required, number(cli.out(), "requiredAgents"), "the abandonment target alone is binding here");

        assertEquals(2, cli.run("erlang", new ErlangCommand(), textbook("--target-abandonment", "0.03")));
        assertTrue(cli.err().contains("--target-abandonment needs --patience-seconds"), cli.err());
        assertEquals(2, cli.run("erlang", new ErlangCommand(), textbook("--target-abandonment", "5", "--patience-seconds",
                "60")));
        assertTrue(cli.err().contains("--target-abandonment must be more than 0% and at most 100% (5% or 0.05), was 5"), cli.err());
    }

    @Test
    void extremeInputsGetAResultOrAClearMessage() {
        CliRecorder cli = cli();
        assertEquals(0, cli.run("erlang", new ErlangCommand(), new String[] { "--calls", "50", "--interval-seconds", "900",
                "--aht-seconds", "180", "--agents", "11", "--patience-seconds", "1e14", "--format", "json" }),
                cli.err());
        assertTrue(number(cli.out(), "serviceLevel") > 0 && number(cli.out(), "asaAnsweredSeconds") > 0, cli.out());
        assertEquals(2, cli.run("erlang", new ErlangCommand(), new String[] { "--calls", "1e12", "--interval-seconds", "900",
                "--aht-seconds", "180", "--target-service-level", "0.8" }));
        assertTrue(cli.err().contains("check the calls, AHT and interval length"), cli.err());
        assertFalse(cli.err().contains("Exception"), cli.err());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--calls x --interval-seconds 900 --aht-seconds 180 --agents 3 | --calls 'x' is not a number",
            "--calls 10 --interval-seconds 900 --agents 3                  | --aht-seconds is required",
            "--calls -5 --interval-seconds 900 --aht-seconds 180 --agents 3 | --calls must be 0 or more, was -5",
            "--calls 10 --interval-seconds 0 --aht-seconds 180 --agents 3  | --interval-seconds must be more than 0, was 0",
            "--calls 10 --interval-seconds 900 --aht-seconds 180           | give --agents N to predict what N agents deliver, or a target (--target-service-level, --target-asa-seconds, --target-abandonment) to find the agents required",
            "--calls 10 --interval-seconds 900 --aht-seconds 180 --target-service-level 80 | --target-service-level must be more than 0% and at most 100% (80% or 0.8), was 80",
            "--calls 10 --interval-seconds 900 --aht-seconds 180 --target-service-level 120% | --target-service-level must be more than 0% and at most 100% (80% or 0.8), was 120%",
            "--calls 10 --interval-seconds 900 --aht-seconds 180 --target-service-level 8O% | --target-service-level '8O%' is not a percentage",
            "--calls 10 --interval-seconds 900 --aht-seconds 180 --target-asa-seconds 20 --patience-seconds 60 --fractional | --fractional works with Erlang C only; drop it or --patience-seconds",
            "--calls 10 --interval-seconds 900 --aht-seconds 180 --agents 2.5 --patience-seconds 60 | Erlang A (--patience-seconds) needs a whole number of --agents, was 2.5",
            "--calls 10 --interval-seconds 900 --aht-seconds 180 --agents 3 --format xml | --format must be text or json, was 'xml'",
            "--calls 10 --interval-seconds 900 --aht-seconds 180 --target-service-level 0.8 --shrinkage 1 | --shrinkage must be at least 0% and less than 100% (30% or 0.3), was 1",
            "--calls 1d --interval-seconds 900 --aht-seconds 180 --agents 3 | --calls '1d' is not a number" })
    void badInputExitsWithTwoAndOneLine(String args, String reason) {
        CliRecorder cli = cli();
        assertEquals(2, cli.run("erlang", new ErlangCommand(), args.trim().split("\\s+")));
        assertEquals("tandem-cli erlang: " + reason + System.lineSeparator(), cli.err());
        assertEquals("", cli.out());
    }

    private static double number(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":(-?[0-9.eE+-]+)[,}]").matcher(json);
        assertTrue(m.find(), name + " in " + json);
        return Double.parseDouble(m.group(1));
    }
}
