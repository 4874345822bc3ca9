package org.herald.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.herald.pipeline.DocumentIntake;
import org.herald.watch.PoliteFetcher;
import org.herald.watch.WatchSettings;
import org.herald.watch.WatchState;
import org.herald.watch.Watcher;

/**
 * The watcher of {@code serve --watch}: the same {@link Watcher} as {@code herald watch}, on a thread of the server
 * process, storing through the server's own writer. {@link #stop()} finishes the pages in hand, commits, and saves
 * the watch state, as {@code watch} does on SIGTERM.
 */
final class ServedWatcher {
    private final Watcher watcher;
    private final WatchState state;
    private final PoliteFetcher fetcher;
    private final Thread thread;

    private ServedWatcher(Watcher watcher, WatchState state, PoliteFetcher fetcher, Streams io) {
        this.watcher = watcher;
        this.state = state;
        this.fetcher = fetcher;
        this.thread = new Thread(() -> run(io), "herald-serve-watch");
    }

    /** Opens the watch state in the store's folder and starts watching. */
    static ServedWatcher start(List<URI> feeds, WatchSettings settings, Path storeDir, DocumentIntake intake,
                               Streams io) throws IOException {
        WatchState state = WatchState.open(storeDir, intake::contains, settings);
        PoliteFetcher fetcher = new PoliteFetcher(settings);
        ServedWatcher w = new ServedWatcher(new Watcher(feeds, settings, fetcher, intake, state, Clock.systemUTC()),
                state, fetcher, io);
        w.thread.start();
        return w;
    }

    private void run(Streams io) {
        try {
            watcher.runUntilStopped(counts -> io.err().println("herald watch: " + counts.summary()));
            io.err().println("herald watch: stopped; what was fetched is committed");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // The store could not be written: the server goes on serving what is committed, and says why.
            io.err().println("herald watch: stopped: " + Failures.oneLine(e));
        }
    }

    /** Stops the watcher and waits (up to two minutes) for its last commit; then closes its state. */
    void stop(Streams io) {
        watcher.stop();
        try {
            thread.join(TimeUnit.MINUTES.toMillis(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            state.close();
            fetcher.close();
        } catch (IOException | RuntimeException e) {
            io.err().println("herald watch: closing the watch state: " + Failures.oneLine(e));
        }
    }
}
