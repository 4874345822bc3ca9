package org.herald.watch;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs work grouped by host: each host's items in order on one thread, several hosts at once. A thread never
 * waits on a host another thread could serve, as it would if every URL were a task of its own.
 */
final class HostTasks {
    /** What to do with one item; may wait for its host's turn. */
    interface Task<T> {
        void run(T item) throws InterruptedException;
    }

    private HostTasks() {}

    /**
     * Runs {@code task} on every item and returns when all are done.
     *
     * @throws RuntimeException the first one a task threw (the store failed, say); the other hosts finish first
     */
    static <T> void run(Collection<T> items, Function<T, URI> url, int threads, Task<T> task)
            throws InterruptedException {
        Map<String, List<T>> byHost = new LinkedHashMap<>();
        for (T item : items) {
            byHost.computeIfAbsent(Urls.host(url.apply(item)), k -> new ArrayList<>()).add(item);
        }
        if (byHost.isEmpty()) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, byHost.size()), r -> {
            Thread t = new Thread(r, "herald-watch-host");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (List<T> hostItems : byHost.values()) {
                running.add(pool.submit(() -> {
                    for (T item : hostItems) {
                        task.run(item);
                    }
                    return null;
                }));
            }
            RuntimeException first = null;
            for (Future<?> f : running) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof InterruptedException ie) {
                        throw ie;
                    }
                    if (first == null) {
                        first = e.getCause() instanceof RuntimeException re ? re
                                : new IllegalStateException(e.getCause());
                    }
                }
            }
            if (first != null) {
                throw first;
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
