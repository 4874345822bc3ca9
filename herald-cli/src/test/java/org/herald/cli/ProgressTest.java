package org.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.herald.model.Reason;
import org.herald.pipeline.IngestResult;
import org.junit.jupiter.api.Test;

class ProgressTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @Test
    void theBarRedrawsOneLineWithCountsAndIsErasedForMessages() {
        Progress bar = Progress.bar(err, 4);
        IngestTally tally = new IngestTally();
        tally.add(IngestResult.failed("a.html", Optional.empty(), Reason.EMPTY, "empty"));
        bar.show(tally);
        String first = text();
        assertTrue(first.startsWith("\r[#######"), first);
        assertTrue(first.contains("1/4  stored 0  skipped 0  failed 1"), first);
        assertEquals(-1, first.indexOf('\n'), "a bar never ends its line");

        bar.clear();
        assertTrue(text().endsWith("\r\033[K"), "clear returns to the line start and erases it");
        for (int i = 0; i < 3; i++) tally.add(IngestResult.failed("b", Optional.empty(), Reason.EMPTY, ""));
        bar.show(tally);
        assertTrue(text().contains("[##############################] 4/4"), "the last document is always drawn");
    }

    @Test
    void withoutATerminalNothingIsDrawn() {
        // Under the test runner standard error is a pipe or a file, so System.console() is null.
        Progress progress = Progress.forTerminal(err, 10);
        IngestTally tally = new IngestTally();
        tally.add(IngestResult.failed("a", Optional.empty(), Reason.EMPTY, ""));
        progress.show(tally);
        progress.clear();
        assertEquals("", text());
    }

    private String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
