package org.herald.watch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * What the watcher knows between runs, in {@code STORE/watch-state/}:
 *
 * <ul>
 *   <li>{@code pages.log}, append-only: {@code stored URL ARTICLE_ID} or {@code failed URL REASON}, one line per
 *   page dealt with. A stored line counts only while the store holds that article: lines are written before
 *   the store commits, so after a kill -9 the pages of a lost commit are fetched again and nothing the store
 *   holds is. A torn last line (a write cut short) is cut off on opening.</li>
 *   <li>{@code feeds.tsv}: per feed and sitemap its validators, next fetch time, interval and failures; replaced
 *   whole (temporary file, fsync, atomic rename), after the round's pages are committed, so a feed's 304 never
 *   hides items that were not stored.</li>
 * </ul>
 *
 * Thread-safe.
 */
public final class WatchState implements AutoCloseable {
    static final String FOLDER = "watch-state";
    private static final String FEEDS_HEADER = "# url\tetag\tlast_modified\tnext_fetch\tinterval_s\tfailures";
    private final Path dir;
    private final FileChannel log;
    private final int maxAttempts;
    private final Set<String> done = new HashSet<>();
    private final Map<String, Integer> transientFailures = new HashMap<>();
    private final Map<String, FeedStatus> feeds = new TreeMap<>();
    private final List<String> unwritten = new ArrayList<>();

    private WatchState(Path dir, FileChannel log, int maxAttempts) {
        this.dir = dir;
        this.log = log;
        this.maxAttempts = maxAttempts;
    }

    /**
     * Opens (or starts) the state kept beside a store.
     *
     * @param stored whether the store holds an article id ({@code Store::contains})
     */
    public static WatchState open(Path storeDir, Predicate<String> stored, WatchSettings settings) throws IOException {
        Path dir = storeDir.resolve(FOLDER);
        Files.createDirectories(dir);
        Path logFile = dir.resolve("pages.log");
        FileChannel log = FileChannel.open(logFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.READ);
        WatchState state = new WatchState(dir, log, settings.maxAttempts());
        byte[] bytes = Files.readAllBytes(logFile);
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] != '\n') {
            end--;
        }
        // A write cut short by a crash leaves a line without its end: drop it, so the next line starts clean.
        log.truncate(end);
        log.position(end);
        state.readLog(new String(bytes, 0, end, StandardCharsets.UTF_8).lines().toList(), stored);
        state.readFeeds(dir.resolve("feeds.tsv"));
        return state;
    }

    private void readLog(List<String> lines, Predicate<String> stored) {
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            if (f.length != 3) {
                continue; // not a line we write
            }
            switch (f[0]) {
                case "stored" -> {
                    if (stored.test(f[2])) {
                        done.add(f[1]);
                    }
                }
                case "failed" -> countFailure(f[1], f[2]);
                default -> { }
            }
        }
    }

    private void countFailure(String url, String reason) {
        if (!FetchFailures.isTransient(reason) || transientFailures.merge(url, 1, Integer::sum) >= maxAttempts) {
            done.add(url);
        }
    }

    private void readFeeds(Path file) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            if (line.startsWith("#") || f.length != 6) {
                continue;
            }
            try {
                feeds.put(f[0], new FeedStatus(new Validators(nonEmpty(f[1]), nonEmpty(f[2])),
                        Instant.ofEpochMilli(Long.parseLong(f[3])), Duration.ofSeconds(Long.parseLong(f[4])),
                        Integer.parseInt(f[5])));
            } catch (NumberFormatException e) {
                // a row we did not write: the feed starts afresh
            }
        }
    }

    private static Optional<String> nonEmpty(String s) {
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    /** True when the page was stored (and the store still holds it) or failed for good. */
    public synchronized boolean seen(String url) {
        return done.contains(url);
    }

    /** The page is in the store under this id (stored now, or its bytes were stored before). */
    public synchronized void stored(String url, String articleId) {
        done.add(url);
        unwritten.add("stored\t" + url + "\t" + articleId);
    }

    /** The page failed; a passing reason lets later rounds try it again, up to the settings' attempts. */
    public synchronized void failed(String url, String reason) {
        countFailure(url, reason);
        unwritten.add("failed\t" + url + "\t" + reason);
    }

    /** Writes the page lines so far and forces them to disk: call before the store commits. */
    public synchronized void flushPages() {
        if (unwritten.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        unwritten.forEach(l -> text.append(l).append('\n'));
        try {
            ByteBuffer bytes = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                log.write(bytes);
            }
            log.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + dir.resolve("pages.log"), e);
        }
        unwritten.clear();
    }

    public synchronized FeedStatus feed(String url, WatchSettings settings) {
        return feeds.getOrDefault(url, FeedStatus.first(settings));
    }

    public synchronized void putFeed(String url, FeedStatus status) {
        feeds.put(url, status);
    }

    /** Replaces feeds.tsv atomically: a crash leaves the old file or the new one, never half of one. */
    public synchronized void saveFeeds() {
        StringBuilder text = new StringBuilder(FEEDS_HEADER).append('\n');
        feeds.forEach((url, s) -> text.append(url).append('\t')
                .append(clean(s.validators().etag())).append('\t')
                .append(clean(s.validators().lastModified())).append('\t')
                .append(s.nextFetch().toEpochMilli()).append('\t')
                .append(s.interval().toSeconds()).append('\t')
                .append(s.failures()).append('\n'));
        Path target = dir.resolve("feeds.tsv");
        Path temp = dir.resolve("feeds.tsv.tmp");
        try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer bytes = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                out.write(bytes);
            }
            out.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + temp, e);
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("replacing " + target, e);
        }
    }

    /** A header value on one field: tabs and line breaks (which no valid header has) become spaces. */
    private static String clean(Optional<String> value) {
        return value.map(v -> v.replaceAll("[\\t\\r\\n]", " ")).orElse("");
    }

    @Override
    public synchronized void close() throws IOException {
        flushPages();
        log.close();
    }
}
