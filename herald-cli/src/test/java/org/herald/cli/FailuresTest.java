package org.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class FailuresTest {
    @Test
    void theCauseLineIsSafeForTheTerminal() {
        Exception e = new UncheckedIOException("cannot read \u001b[2Jpage.html", new IOException("No space left"));
        assertEquals("cannot read \\u001b[2Jpage.html: No space left", Failures.oneLine(e));
    }
}
