package org.herald.watch;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;

/**
 * At most one request at a time per host, and a pause after each before the next may start. Threads wait here
 * for their host's turn; {@link #stop()} wakes them all with a {@link CancellationException}, so a shutdown never
 * waits out a long Crawl-delay.
 */
final class HostSchedule {
    private final Map<String, Host> hosts = new HashMap<>();
    private boolean stopped;

    private static final class Host {
        boolean busy;
        long notBefore = System.nanoTime(); // free from now on; nanoTime() values are compared by difference only
    }

    /** Waits until {@code host} is free and its pause has passed, then takes it. */
    synchronized void acquire(String host) throws InterruptedException {
        Host h = hosts.computeIfAbsent(host, k -> new Host());
        while (true) {
            if (stopped) {
                throw new CancellationException("the watcher is stopping");
            }
            long wait = h.notBefore - System.nanoTime();
            if (!h.busy && wait <= 0) {
                h.busy = true;
                return;
            }
            if (h.busy) {
                wait();
            } else {
                wait(Math.max(1, wait / 1_000_000), (int) Math.min(999_999, wait % 1_000_000));
            }
        }
    }

    /** Gives {@code host} back; the next request may start {@code pause} from now. */
    synchronized void release(String host, Duration pause) {
        Host h = hosts.get(host);
        h.busy = false;
        later(h, pause);
        notifyAll();
    }

    /** No request to {@code host} before {@code pause} from now (a 429's Retry-After, a backoff). */
    synchronized void defer(String host, Duration pause) {
        later(hosts.computeIfAbsent(host, k -> new Host()), pause);
    }

    private static void later(Host h, Duration pause) {
        long until = System.nanoTime() + pause.toNanos();
        if (until - h.notBefore > 0) {
            h.notBefore = until;
        }
    }

    synchronized void stop() {
        stopped = true;
        notifyAll();
    }
}
