package org.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ExportCommandTest {
    private static final String DOC = "{\"id\":\"d1\",\"source\":\"a\",\"published\":\"2024-03-05\",\"paragraphs\":[\"x\"],"
            + "\"events\":[{\"source\":{\"name\":\"Russia\",\"code\":\"RUS\",\"entity\":null},"
            + "\"target\":{\"name\":\"Ukraine\",\"code\":\"UKR\",\"entity\":null},\"cameo\":\"190\","
            + "\"plover\":\"ASSAULT\",\"plover_mode\":null,\"goldstein\":-10.0,\"quad_class\":4,\"mode\":\"asserted\","
            + "\"date\":null,\"location\":null,\"sentence\":\"x\",\"start\":0,\"end\":1,\"trigger\":\"x\",\"rule\":\"r\"}]}";
    private static final String INPUT = DOC + "\n{\"source\":\"b\",\"error\":{\"kind\":\"empty\",\"message\":\"m\"}}\n";

    private static CliRun export(String format, String input) {
        return CliRun.withStdin(input.getBytes(StandardCharsets.UTF_8), "export", "--format", format, "-");
    }

    @Test
    void gdeltWritesAHeaderAndOneRowPerEvent() {
        CliRun r = export("gdelt", DOC + "\n");
        String[] lines = r.out().split("\n");
        assertEquals(2, lines.length, r.out());
        assertTrue(lines[0].startsWith("GlobalEventID\tDay\t"));
        assertTrue(lines[1].contains("\t190\t190\t19\t4\t-10.0\t"), lines[1]);
        assertEquals(0, r.exitCode());
    }

    @Test
    void ploverAndJsonlWriteOneObjectPerEventAndCountSkippedLines() {
        CliRun plover = export("plover", INPUT);
        assertEquals(1, plover.out().strip().split("\n").length);
        assertTrue(plover.out().contains("\"event_type\":\"ASSAULT\""), plover.out());
        assertEquals(1, plover.exitCode(), "a failed document in the input");
        assertTrue(plover.err().contains("1 events from 1 documents, 1 lines skipped"), plover.err());
        CliRun jsonl = export("jsonl", DOC + "\n");
        assertTrue(jsonl.out().startsWith("{\"id\":\"d1\",\"source\":\"a\",\"published\":\"2024-03-05\",\"event\":{"),
                jsonl.out());
    }

    @Test
    void aMissingOrUnknownFormatIsAUsageError() {
        assertEquals(2, CliRun.run("export", "-").exitCode());
        assertEquals(2, CliRun.run("export", "--format", "csv", "-").exitCode());
    }
}
