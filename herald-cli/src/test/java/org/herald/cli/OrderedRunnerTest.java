package org.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedRunnerTest {

    @Test
    void resultsComeInInputOrderWithBoundedWorkInFlight() {
        List<Integer> items = IntStream.range(0, 200).boxed().toList();
        AtomicInteger started = new AtomicInteger();
        AtomicInteger maxAhead = new AtomicInteger();
        List<Integer> seen = new ArrayList<>();
        new OrderedRunner(3).run(items, i -> {
            started.incrementAndGet();
            // Later items finish first, so any reordering would show.
            sleep((200 - i) % 5);
            return i * 2;
        }, r -> {
            seen.add(r);
            maxAhead.accumulateAndGet(started.get() - seen.size(), Math::max);
        });
        assertEquals(items.stream().map(i -> i * 2).toList(), seen);
        assertTrue(maxAhead.get() <= 6, "at most 2 x threads in flight, saw " + maxAhead.get());
    }

    private static void sleep(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // #11: one document that never ends held a whole batch (and a server thread) forever.
    @org.junit.jupiter.api.Timeout(30)
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {1, 2})
    void anItemOverItsBudgetIsAbandonedAndTheRestGoOnInOrder(int threads) {
        java.util.concurrent.CountDownLatch interrupted = new java.util.concurrent.CountDownLatch(2);
        List<String> seen = new ArrayList<>();
        new OrderedRunner(threads, java.util.Optional.of(java.time.Duration.ofMillis(500)))
                .run(List.of(1, 2, 3, 4, 5), i -> {
                    if (i == 2 || i == 4) {
                        try {
                            Thread.sleep(60_000); // a page that never finishes
                        } catch (InterruptedException e) {
                            interrupted.countDown();
                        }
                        return "late " + i;
                    }
                    return "ok " + i;
                }, i -> "timeout " + i, seen::add);
        assertEquals(List.of("ok 1", "timeout 2", "ok 3", "timeout 4", "ok 5"), seen);
        // The abandoned workers see their interrupt on their own threads, shortly after the run has moved on.
        assertTrue(awaitQuietly(interrupted), "the abandoned workers are interrupted, so stages can stop");
    }

    // Workers take their slots in no set order: a later item that never ends may hold the only slot while the
    // head item waits for it. Repeated so that the order comes out both ways; each round takes ~0.5 s.
    @Test
    @org.junit.jupiter.api.Timeout(60)
    void aLaterItemOverItsBudgetCannotStarveTheHead() {
        for (int round = 0; round < 12; round++) {
            List<String> seen = new ArrayList<>();
            new OrderedRunner(1, java.util.Optional.of(java.time.Duration.ofMillis(400)))
                    .run(List.of(1, 2), i -> {
                        if (i == 2) {
                            try {
                                Thread.sleep(60_000);
                            } catch (InterruptedException e) {
                                return "late";
                            }
                        }
                        return "ok " + i;
                    }, i -> "timeout " + i, seen::add);
            assertEquals(List.of("ok 1", "timeout 2"), seen, "round " + round);
        }
    }

    private static boolean awaitQuietly(java.util.concurrent.CountDownLatch latch) {
        try {
            return latch.await(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void aBudgetCountsRunningTimeNotTimeWaitingForAWorker() {
        // One worker, items of 500 ms each and a 2 s budget: the last waits ~2 s but runs only 0.5 s.
        List<String> seen = new ArrayList<>();
        new OrderedRunner(1, java.util.Optional.of(java.time.Duration.ofMillis(2000)))
                .run(List.of(1, 2, 3, 4, 5), i -> {
                    sleep(500);
                    return "ok " + i;
                }, i -> "timeout " + i, seen::add);
        assertEquals(List.of("ok 1", "ok 2", "ok 3", "ok 4", "ok 5"), seen);
    }

    @Test
    void aZeroBudgetIsRefused() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new OrderedRunner(1, java.util.Optional.of(java.time.Duration.ZERO)));
    }

    /**
     * #11: ingest loads the language models inside the first new document's work; on a busy machine that took 72 s,
     * and a three-line page failed as timeout under the default 60 s budget. The load is untimed for every item,
     * the one that triggers it and those waiting for it; work after it is timed as before.
     */
    @Test
    void timeTheClockStandsStillCountsForNoItem() {
        BudgetClock clock = new BudgetClock();
        Object models = new Object();
        List<String> seen = new ArrayList<>();
        new OrderedRunner(2, java.util.Optional.of(java.time.Duration.ofMillis(300)), clock)
                .run(List.of(1, 2, 3), i -> {
                    if (i < 3) {
                        synchronized (models) { // the first loads, the second waits for it, as with a shared Once
                            clock.untimed(() -> {
                                sleep(900);
                                return models;
                            });
                        }
                        return "ok " + i;
                    }
                    sleep(5_000);
                    return "ok " + i;
                }, i -> "timeout " + i, seen::add);
        assertEquals(List.of("ok 1", "ok 2", "timeout 3"), seen);
    }
}
