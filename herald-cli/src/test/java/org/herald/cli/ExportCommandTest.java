package org.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ExportCommandTest {
    private static final String DOC = "{\"id\":\"d1\",\"source\":\"a\",\"published\":\"2024-03-05\",\"paragraphs\":[\"x\"],"
            + "\"events\":[" + event("190", "ASSAULT", 4, -10.0, "asserted", 0.9, 0) + "]}";
    private static final String INPUT = DOC + "\n{\"source\":\"b\",\"error\":{\"kind\":\"empty\",\"message\":\"m\"}}\n";

    /**
     * A document like the issue's: "Russia could invade Ukraine" and "Russia denies it has any plans to invade",
     * two Russia → Ukraine 190s that are no attacks, beside an asserted consultation.
     */
    private static final String INVASION = "{\"id\":\"d2\",\"source\":\"b\",\"published\":\"2022-02-14\","
            + "\"paragraphs\":[\"x\"],\"events\":["
            + event("190", "ASSAULT", 4, -10.0, "hypothetical", 0.6, 10) + ","
            + event("190", "ASSAULT", 4, -10.0, "negated", 0.6, 20) + ","
            + event("036", "CONSULT", 1, 4.0, "asserted", 0.7, 30) + "]}\n";

    private static String event(String cameo, String plover, int quad, double goldstein, String mode,
                                double confidence, int start) {
        return "{\"source\":{\"name\":\"Russia\",\"code\":\"RUS\",\"entity\":null},"
                + "\"target\":{\"name\":\"Ukraine\",\"code\":\"UKR\",\"entity\":null},\"cameo\":\"" + cameo + "\","
                + "\"plover\":\"" + plover + "\",\"plover_mode\":null,\"goldstein\":" + goldstein + ",\"quad_class\":"
                + quad + ",\"mode\":\"" + mode + "\",\"date\":null,\"location\":null,\"sentence\":\"x\",\"start\":"
                + start + ",\"end\":" + (start + 1) + ",\"trigger\":\"x\",\"rule\":\"r\",\"confidence\":" + confidence
                + "}";
    }

    private static CliRun export(String input, String... options) {
        String[] args = new String[options.length + 2];
        args[0] = "export";
        System.arraycopy(options, 0, args, 1, options.length);
        args[args.length - 1] = "-";
        return CliRun.withStdin(input.getBytes(StandardCharsets.UTF_8), args);
    }

    private static String[] lines(CliRun r) {
        return r.out().isEmpty() ? new String[0] : r.out().split("\n");
    }

    private static long attacks(CliRun r) {
        return Arrays.stream(lines(r)).filter(l -> l.contains("\t190\t190\t19\t4\t-10.0\t")).count();
    }

    @Test
    void gdeltWritesOneRowPerEventAndAHeaderOnlyWhenAsked() {
        CliRun r = export(DOC + "\n", "--format", "gdelt");
        String[] rows = lines(r);
        assertEquals(1, rows.length, r.out());
        assertTrue(rows[0].contains("\t190\t190\t19\t4\t-10.0\t"), rows[0]);
        assertEquals(0, r.exitCode());
        CliRun withHeader = export(DOC + "\n", "--format", "gdelt", "--header");
        assertEquals(2, lines(withHeader).length, withHeader.out());
        assertTrue(lines(withHeader)[0].startsWith("GlobalEventID\tDay\t"));
    }

    @Test
    void gdeltLeavesNegatedAndHypotheticalAttacksOutUnlessModesAsksForThem() {
        CliRun plain = export(INVASION, "--format", "gdelt");
        assertEquals(1, lines(plain).length, plain.out());
        assertEquals(0, attacks(plain), "'could invade' and 'denies it plans to invade' are no attacks");
        assertTrue(plain.err().contains("1 events from 1 documents, 2 left out by mode or confidence"), plain.err());

        CliRun all = export(INVASION, "--format", "gdelt", "--modes", "all");
        assertEquals(3, lines(all).length, all.out());
        assertEquals(2, attacks(all));
        CliRun negated = export(INVASION, "--format", "gdelt", "--modes", "asserted,negated");
        assertEquals(1, attacks(negated));
    }

    @Test
    void minConfidenceLeavesOutLessCertainEventsInEveryFormat() {
        assertEquals(1, lines(export(INVASION, "--format", "gdelt", "--modes", "all", "--min-confidence", "0.65")).length);
        CliRun plover = export(INVASION, "--format", "plover", "--min-confidence", "0.65");
        assertEquals(1, lines(plover).length, plover.out());
        assertTrue(plover.out().contains("\"event_type\":\"CONSULT\""), plover.out());
        CliRun jsonl = export(INVASION, "--format", "jsonl", "--min-confidence", "0.65");
        assertEquals(1, lines(jsonl).length, jsonl.out());
        assertTrue(jsonl.out().contains("\"confidence\":0.7"), jsonl.out());
    }

    @Test
    void ploverAndJsonlWriteEveryModeByDefault() {
        CliRun plover = export(INVASION, "--format", "plover");
        assertEquals(3, lines(plover).length, plover.out());
        assertTrue(plover.out().contains("\"negation\""), plover.out());
        assertTrue(plover.out().contains("\"hypothetical\""), plover.out());
        assertEquals(3, lines(export(INVASION, "--format", "jsonl")).length);
        assertEquals(1, lines(export(INVASION, "--format", "jsonl", "--modes", "negated")).length);
    }

    @Test
    void ploverAndJsonlWriteOneObjectPerEventAndCountSkippedLines() {
        CliRun plover = export(INPUT, "--format", "plover");
        assertEquals(1, plover.out().strip().split("\n").length);
        assertTrue(plover.out().contains("\"event_type\":\"ASSAULT\""), plover.out());
        assertEquals(1, plover.exitCode(), "a failed document in the input");
        assertTrue(plover.err().contains("1 events from 1 documents, 1 lines skipped"), plover.err());
        CliRun jsonl = export(DOC + "\n", "--format", "jsonl");
        assertTrue(jsonl.out().startsWith("{\"id\":\"d1\",\"source\":\"a\",\"published\":\"2024-03-05\",\"event\":{"),
                jsonl.out());
    }

    @Test
    void aMissingOrUnknownFormatModeOrConfidenceIsAUsageError() {
        assertEquals(2, CliRun.run("export", "-").exitCode());
        assertEquals(2, CliRun.run("export", "--format", "csv", "-").exitCode());
        CliRun mode = export(DOC, "--format", "gdelt", "--modes", "asserted,rumoured");
        assertEquals(2, mode.exitCode());
        assertTrue(mode.err().contains("rumoured"), mode.err());
        assertEquals(2, export(DOC, "--format", "gdelt", "--min-confidence", "1.5").exitCode());
        assertEquals(2, export(DOC, "--format", "gdelt", "--min-confidence", "high").exitCode());
        assertEquals(2, export(DOC, "--format", "plover", "--header").exitCode());
        assertFalse(export(DOC, "--format", "plover", "--header").out().contains("{"));
    }
}
