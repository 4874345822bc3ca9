package org.herald.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchStateTest {
    private final WatchSettings settings = WatchSettings.defaults(Optional.empty());

    @TempDir
    Path store;

    @Test
    void aStoredPageCountsAsSeenOnlyWhileTheStoreHoldsItsArticle() throws Exception {
        try (WatchState state = WatchState.open(store, id -> false, settings)) {
            state.stored("https://news.example/kept", "id-kept");
            state.stored("https://news.example/lost", "id-lost");
            assertTrue(state.seen("https://news.example/lost"));
            state.flushPages();
        }
        // as after a kill -9 whose last commit held id-kept but not id-lost: the lost page is fetched again
        try (WatchState state = WatchState.open(store, Set.of("id-kept")::contains, settings)) {
            assertTrue(state.seen("https://news.example/kept"));
            assertFalse(state.seen("https://news.example/lost"));
        }
    }

    @Test
    void aTornLastLineIsCutOffAndTheNextLinesAreKept() throws Exception {
        try (WatchState state = WatchState.open(store, id -> true, settings)) {
            state.stored("https://news.example/a", "id-a");
        }
        Files.writeString(store.resolve("watch-state/pages.log"), "stored\thttps://news.exa",
                StandardOpenOption.APPEND);
        try (WatchState state = WatchState.open(store, id -> true, settings)) {
            assertTrue(state.seen("https://news.example/a"));
            assertFalse(state.seen("https://news.exa"));
            state.stored("https://news.example/b", "id-b");
        }
        try (WatchState state = WatchState.open(store, id -> true, settings)) {
            assertTrue(state.seen("https://news.example/b"), "written after the torn line was cut off");
            assertFalse(state.seen("https://news.exa"));
        }
    }

    @Test
    void aPageThatFailedForAPassingReasonIsTriedUpToTheAttemptsAndOneThatFailedForGoodIsNot() throws Exception {
        String flaky = "https://news.example/flaky";
        String gone = "https://news.example/gone";
        try (WatchState state = WatchState.open(store, id -> false, settings)) {
            state.failed(gone, "http_404");
            assertTrue(state.seen(gone));
            for (int i = 1; i < settings.maxAttempts(); i++) {
                state.failed(flaky, i % 2 == 0 ? "timeout" : "http_503");
                assertFalse(state.seen(flaky), "attempt " + i);
            }
        }
        try (WatchState state = WatchState.open(store, id -> false, settings)) {
            assertTrue(state.seen(gone));
            assertFalse(state.seen(flaky), "the counts survive a restart");
            state.failed(flaky, "timeout");
            assertTrue(state.seen(flaky), "given up after " + settings.maxAttempts() + " attempts");
        }
    }

    @Test
    void feedStatusIsSavedWholeAndReadBack() throws Exception {
        Validators validators = new Validators(Optional.of("\"v\t2\""), Optional.of("Wed, 04 Mar 2026 10:00:00 GMT"));
        FeedStatus status = new FeedStatus(validators,
                Instant.parse("2026-03-04T10:30:00Z"), Duration.ofMinutes(30), 2);
        try (WatchState state = WatchState.open(store, id -> false, settings)) {
            state.putFeed("https://news.example/rss", status);
            state.saveFeeds();
        }
        assertFalse(Files.exists(store.resolve("watch-state/feeds.tsv.tmp")));
        try (WatchState state = WatchState.open(store, id -> false, settings)) {
            FeedStatus read = state.feed("https://news.example/rss", settings);
            assertEquals(Optional.of("\"v 2\""), read.validators().etag(), "a tab cannot break the row");
            assertEquals(status.validators().lastModified(), read.validators().lastModified());
            assertEquals(status.nextFetch(), read.nextFetch());
            assertEquals(status.interval(), read.interval());
            assertEquals(2, read.failures());
            assertEquals(Instant.EPOCH, state.feed("https://news.example/other", settings).nextFetch(),
                    "a feed never read is due now");
        }
    }
}
