package org.herald.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class WarmUpTest {
    private final AtomicLong calls = new AtomicLong();
    private final Throughput<String> trivial = new Throughput<>(s -> calls.addAndGet(s.length()), String::length,
            List.of("a", "bb", "ccc"));

    @Test
    void aFixedWarmUpRunsItsTimeAndClaimsNothingAboutTheJit() {
        WarmUp.Done done = WarmUp.fixed(trivial, 1, 300);
        assertTrue(done.seconds() >= 0.3, "ran " + done.seconds() + " s");
        assertFalse(done.settled());
        assertTrue(calls.get() > 0);
    }

    @Test
    void stopsAtTheLimitWhenNoWindowFitsAfterTheMinimum() {
        // the limit leaves no room for one window after the minimum: the JIT is never looked at
        WarmUp.Done done = WarmUp.untilJitSettles(trivial, 1, 200, 200 + WarmUp.WINDOW_MILLIS - 1);
        assertFalse(done.settled());
        assertTrue(done.seconds() < 0.2 + WarmUp.WINDOW_MILLIS / 1000.0, "ran " + done.seconds() + " s");
    }

    @Test
    void aTrivialWorkloadLetsTheJitSettleWellBeforeTheLimit() {
        // The work is a lambda and a string length: compiled within milliseconds. The limit is generous so that a
        // loaded machine (the compiler threads waiting for a core) does not make this fail.
        WarmUp.Done done = WarmUp.untilJitSettles(trivial, 2, 200, 40_000);
        assertTrue(new WarmUp.Jit().measured() ? done.settled() : !done.settled(), "after " + done.seconds() + " s");
        assertTrue(done.seconds() < 40, "ran " + done.seconds() + " s");
    }
}
