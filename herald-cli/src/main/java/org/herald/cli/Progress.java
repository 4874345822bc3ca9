package org.herald.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar on standard error, redrawn at most five times a second. Only on a terminal: when
 * standard error is a file or a pipe, the bar would fill logs with carriage returns, so nothing is drawn.
 */
abstract class Progress {
    abstract void show(IngestTally tally);

    /** Erases the bar so a message can take the line. */
    abstract void clear();

    /** @param total the number of documents, or -1 when it is not known before they are read */
    static Progress forTerminal(PrintStream err, int total) {
        return System.console() != null ? bar(err, total) : new Progress() {
            @Override
            void show(IngestTally tally) {}

            @Override
            void clear() {}
        };
    }

    /** A bar whatever standard error is (for a terminal, use {@link #forTerminal}). */
    static Progress bar(PrintStream err, int total) {
        return new Bar(err, total);
    }

    private static final class Bar extends Progress {
        private static final int WIDTH = 30;
        private final PrintStream err;
        private final int total;
        private final long start = System.nanoTime();
        private long lastDrawn;
        private boolean drawn;

        Bar(PrintStream err, int total) {
            this.err = err;
            this.total = total;
        }

        @Override
        void show(IngestTally t) {
            long now = System.nanoTime();
            if ((total < 0 || t.seen() < total) && now - lastDrawn < 200_000_000L) return;
            lastDrawn = now;
            double rate = t.seen() / Math.max(1e-9, (now - start) / 1e9);
            if (total < 0) {
                // an archive's documents are counted as they are read: no total to fill a bar against
                err.printf(Locale.ROOT, "\r%d  stored %d  skipped %d  failed %d  %.1f docs/s ", t.seen(), t.stored(),
                        t.alreadyStored(), t.failed(), rate);
                err.flush();
                drawn = true;
                return;
            }
            int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * t.seen() / total);
            err.printf(Locale.ROOT, "\r[%s%s] %d/%d  stored %d  skipped %d  failed %d  %.1f docs/s ",
                    "#".repeat(filled), ".".repeat(WIDTH - filled), t.seen(), total, t.stored(), t.alreadyStored(),
                    t.failed(), rate);
            err.flush();
            drawn = true;
        }

        @Override
        void clear() {
            if (drawn) {
                err.print("\r\033[K");
                drawn = false;
            }
        }
    }
}
