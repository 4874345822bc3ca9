package org.herald.cli;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Maps items on several threads and hands the results on in input order. At most {@code 2 × threads} items are
 * in flight, so memory stays bounded however many items there are, and a slow document holds back only the
 * output, never the other workers for long.
 *
 * <p>With a time budget, an item whose work has run longer than the budget is abandoned: its worker is
 * interrupted (the stages stop at their next check), its place among the running workers is given to the next
 * item at once, and the caller's {@code overBudget} result stands in for it. Time spent waiting for a worker does
 * not count, only time running, and neither does time the {@link BudgetClock} stood still.
 */
final class OrderedRunner {
    /** How often the caller looks whether the oldest running item is over its budget. */
    private static final long POLL_MILLIS = 50;
    private final int threads;
    private final Optional<Duration> budget;
    private final BudgetClock clock;

    OrderedRunner(int threads) {
        this(threads, Optional.empty());
    }

    OrderedRunner(int threads, Optional<Duration> budget) {
        this(threads, budget, new BudgetClock());
    }

    /** @param clock stops while a one-off cost is paid ({@link BudgetClock#untimed}): that time counts for no item */
    OrderedRunner(int threads, Optional<Duration> budget, BudgetClock clock) {
        if (threads < 1) throw new IllegalArgumentException("threads must be positive: " + threads);
        budget.ifPresent(b -> {
            if (b.isNegative() || b.isZero()) throw new IllegalArgumentException("time budget must be positive: " + b);
        });
        this.threads = threads;
        this.budget = budget;
        this.clock = clock;
    }

    /** {@link #run(List, Function, Function, Consumer)} for a runner without a budget. */
    <T, R> void run(List<T> items, Function<T, R> work, Consumer<R> sink) {
        run(items, work, item -> {
            throw new IllegalStateException("no time budget, yet an item was over it");
        }, sink);
    }

    /**
     * Applies {@code work} to every item and gives each result, or {@code overBudget}'s for an item abandoned over
     * the time budget, to {@code sink} on the calling thread, in the order of {@code items}. {@code work} must not
     * throw; if it does, the exception is rethrown here.
     */
    <T, R> void run(List<T> items, Function<T, R> work, Function<T, R> overBudget, Consumer<R> sink) {
        if (budget.isEmpty() && (threads == 1 || items.size() <= 1)) {
            items.forEach(item -> sink.accept(work.apply(item)));
            return;
        }
        // A cached pool, with a semaphore as the number of running workers: an abandoned worker may run on for a
        // while, and must not keep the next item from starting.
        ExecutorService pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "herald-worker");
            t.setDaemon(true);
            return t;
        });
        Semaphore running = new Semaphore(threads);
        try {
            Deque<Task<T, R>> inFlight = new ArrayDeque<>();
            for (T item : items) {
                if (inFlight.size() >= 2 * threads) {
                    sink.accept(await(inFlight.removeFirst(), inFlight, overBudget));
                }
                Task<T, R> task = new Task<>(item, running, clock);
                task.future = pool.submit(() -> task.run(work));
                inFlight.addLast(task);
            }
            while (!inFlight.isEmpty()) {
                sink.accept(await(inFlight.removeFirst(), inFlight, overBudget));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The head item's result. While waiting, every running item over its budget is abandoned, not only the head:
     * workers take their slots in no set order, so a later item that never ends could otherwise hold the slot the
     * head waits for.
     */
    private <T, R> R await(Task<T, R> task, Deque<Task<T, R>> others, Function<T, R> overBudget) {
        try {
            if (budget.isEmpty()) return task.future.get();
            long limit = budget.get().toNanos();
            while (true) {
                if (task.abandonIfOver(limit)) return overBudget.apply(task.item);
                try {
                    return task.future.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException notYet) {
                    others.forEach(t -> t.abandonIfOver(limit));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a document", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** One item's work: it waits for a running slot, and gives the slot back once, finished or abandoned. */
    private static final class Task<T, R> {
        final T item;
        private final Semaphore running;
        private final BudgetClock clock;
        private final AtomicBoolean released = new AtomicBoolean();
        volatile long startedNanos;
        /** The clock's stopped time when this item started: only what it stood still since is left out. */
        volatile long pausedAtStart;
        volatile boolean abandoned;
        volatile Future<R> future;

        Task(T item, Semaphore running, BudgetClock clock) {
            this.item = item;
            this.running = running;
            this.clock = clock;
        }

        R run(Function<T, R> work) throws InterruptedException {
            running.acquire();
            long now = System.nanoTime();
            pausedAtStart = clock.pausedUpTo(now);
            startedNanos = now;
            try {
                return work.apply(item);
            } finally {
                release();
            }
        }

        void release() {
            if (released.compareAndSet(false, true)) running.release();
        }

        /** Abandons the work when it has run longer than {@code limit}: interrupted, its slot given back. */
        boolean abandonIfOver(long limit) {
            if (abandoned) return true;
            long started = startedNanos;
            if (started == 0 || future.isDone()) return false;
            long now = System.nanoTime();
            if (now - started - (clock.pausedUpTo(now) - pausedAtStart) <= limit) return false;
            abandoned = true;
            future.cancel(true);
            release();
            return true;
        }
    }
}
