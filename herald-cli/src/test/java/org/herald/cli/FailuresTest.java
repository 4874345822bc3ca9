package org.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class FailuresTest {
    @Test
    void theCauseChainBecomesOneLineWithoutRepeats() {
        Exception e = new UncheckedIOException("commit failed", new IOException("No space left on device"));
        assertEquals("commit failed: No space left on device", Failures.oneLine(e));
        Exception repeated = new RuntimeException("java.io.IOException: disk gone", new IOException("disk gone"));
        assertEquals("java.io.IOException: disk gone", Failures.oneLine(repeated));
        assertEquals("IllegalStateException", Failures.oneLine(new IllegalStateException()));
        assertEquals("a b", Failures.oneLine(new RuntimeException("a\n   b")));
    }
}
