package org.herald.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class CausesTest {
    @Test
    void theCauseChainBecomesOneLineWithoutRepeats() {
        Exception e = new UncheckedIOException("commit failed", new IOException("No space left on device"));
        assertEquals("commit failed: No space left on device", Causes.oneLine(e));
        Exception repeated = new RuntimeException("java.io.IOException: disk gone", new IOException("disk gone"));
        assertEquals("java.io.IOException: disk gone", Causes.oneLine(repeated));
        assertEquals("IllegalStateException", Causes.oneLine(new IllegalStateException()));
        assertEquals("a b", Causes.oneLine(new RuntimeException("a\n   b")));
    }
}
