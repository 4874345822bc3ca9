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
}
