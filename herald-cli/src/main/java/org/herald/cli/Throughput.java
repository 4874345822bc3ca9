package org.herald.cli;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

/** Runs a stage over documents in memory for a fixed time and counts what got done. */
final class Throughput<T> {
    private final Consumer<T> work;
    private final ToLongFunction<T> bytesOf;
    private final List<T> pages;

    /** @param work the stage, applied to one document; must be thread-safe */
    Throughput(Consumer<T> work, ToLongFunction<T> bytesOf, List<T> pages) {
        if (pages.isEmpty()) throw new IllegalArgumentException("no pages to measure");
        this.work = work;
        this.bytesOf = bytesOf;
        this.pages = List.copyOf(pages);
    }

    /**
     * Pages and bytes done by {@code threads} threads in {@code nanos} of wall-clock time, using {@code cpuNanos}
     * of the process's CPU time (JIT and GC threads included).
     */
    record Result(int threads, long pages, long bytes, long nanos, long cpuNanos) {
        double pagesPerSecond() {
            return pages * 1e9 / nanos;
        }

        double megabytesPerSecond() {
            return bytes * 1e9 / nanos / 1e6;
        }

        /**
         * CPU milliseconds per page: on a machine shared with other work this moves far less than the rates, which
         * count the time the threads wait for a core.
         */
        double cpuMillisPerPage() {
            return cpuNanos / 1e6 / pages;
        }
    }

    /** Each thread cycles through all pages from its own starting point, so threads do not work in lock-step. */
    Result measure(int threads, long millis) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            long deadline = start + millis * 1_000_000L;
            List<Future<long[]>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t * pages.size() / threads;
                work.add(pool.submit(() -> loop(first, deadline)));
            }
            long done = 0;
            long bytes = 0;
            for (Future<long[]> f : work) {
                long[] counts = f.get();
                done += counts[0];
                bytes += counts[1];
            }
            return new Result(threads, done, bytes, System.nanoTime() - start, processCpuNanos() - cpuStart);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("benchmark interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("benchmark failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** {pages, bytes} extracted by one thread until the deadline; always finishes the page it started. */
    private long[] loop(int first, long deadline) {
        long done = 0;
        long bytes = 0;
        int i = first;
        while (System.nanoTime() < deadline) {
            T page = pages.get(i);
            work.accept(page);
            done++;
            bytes += bytesOf.applyAsLong(page);
            i = (i + 1) % pages.size();
        }
        return new long[] {done, bytes};
    }
}
