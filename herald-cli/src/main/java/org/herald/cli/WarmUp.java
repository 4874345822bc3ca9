package org.herald.cli;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * Warm-up for {@code bench analyze}: run the work until the JIT compiler has settled, so that the measurements
 * that follow time compiled code rather than the compiler. Analysis runs through far more code than extraction
 * (CoreNLP's annotators, the dependency parser, the event coder): measured in issue 10, the JIT was still
 * compiling for most of a core 15-25 s after the first article, and a 5 s warm-up measured that, not Herald.
 */
final class WarmUp {
    /** Length of one look at the compiler. */
    static final long WINDOW_MILLIS = 2_000;
    /** Settled: the compiler worked less than this share of a window's wall-clock time. */
    static final double SETTLED_SHARE = 0.05;

    private WarmUp() {}

    /** How long the warm-up ran, and whether it ended because the JIT had settled. */
    record Done(double seconds, boolean settled) {}

    /** Milliseconds the JIT compilers spent compiling, read between measurements. */
    static final class Jit {
        private final CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
        private long last = total();

        /** Compiler milliseconds since the previous call (or since this was made); 0 when the JVM does not tell. */
        double millisSinceLast() {
            long now = total();
            long since = now - last;
            last = now;
            return since;
        }

        boolean measured() {
            return compiler != null && compiler.isCompilationTimeMonitoringSupported();
        }

        private long total() {
            return measured() ? compiler.getTotalCompilationTime() : 0;
        }
    }

    /** Runs {@code bench} on {@code threads} threads for exactly {@code millis}. */
    static Done fixed(Throughput<?> bench, int threads, long millis) {
        long start = System.nanoTime();
        bench.measure(threads, millis);
        return new Done((System.nanoTime() - start) / 1e9, false);
    }

    /**
     * Runs {@code bench} for {@code minMillis}, then window by window until the JIT compiled for less than
     * {@link #SETTLED_SHARE} of a window, or {@code maxMillis} in all have passed. Without compiler timing (a JVM
     * may not offer it) the minimum is all it runs.
     */
    static Done untilJitSettles(Throughput<?> bench, int threads, long minMillis, long maxMillis) {
        long start = System.nanoTime();
        Jit jit = new Jit();
        bench.measure(threads, minMillis);
        if (!jit.measured()) return new Done((System.nanoTime() - start) / 1e9, false);
        jit.millisSinceLast();
        while ((System.nanoTime() - start) / 1_000_000L + WINDOW_MILLIS <= maxMillis) {
            long windowStart = System.nanoTime();
            bench.measure(threads, WINDOW_MILLIS);
            double wallMillis = (System.nanoTime() - windowStart) / 1e6;
            if (jit.millisSinceLast() < SETTLED_SHARE * wallMillis) {
                return new Done((System.nanoTime() - start) / 1e9, true);
            }
        }
        return new Done((System.nanoTime() - start) / 1e9, false);
    }
}
