package org.herald.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Maps items on several threads and hands the results on in input order. At most {@code 2 × threads} items are
 * in flight, so memory stays bounded however many items there are, and a slow document holds back only the
 * output, never the other workers for long.
 */
final class OrderedRunner {
    private final int threads;

    OrderedRunner(int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be positive: " + threads);
        this.threads = threads;
    }

    /**
     * Applies {@code work} to every item and gives each result to {@code sink} on the calling thread, in the
     * order of {@code items}. {@code work} must not throw; if it does, the exception is rethrown here.
     */
    <T, R> void run(List<T> items, Function<T, R> work, Consumer<R> sink) {
        if (threads == 1 || items.size() <= 1) {
            items.forEach(item -> sink.accept(work.apply(item)));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "herald-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<R>> inFlight = new ArrayDeque<>();
            for (T item : items) {
                if (inFlight.size() >= 2 * threads) {
                    sink.accept(take(inFlight.removeFirst()));
                }
                inFlight.addLast(pool.submit(() -> work.apply(item)));
            }
            while (!inFlight.isEmpty()) {
                sink.accept(take(inFlight.removeFirst()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R take(Future<R> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a document", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }
}
