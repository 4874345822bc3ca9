package org.herald.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FeedStatusTest {
    private final WatchSettings settings = WatchSettings.defaults(Optional.empty())
            .withRefresh(Duration.ofMinutes(16), Duration.ofMinutes(5), Duration.ofMinutes(60));
    private final Instant now = Instant.parse("2026-03-04T10:00:00Z");

    @Test
    void aFeedWithNewsIsReadSoonerAndAQuietOneLaterWithinTheBounds() {
        FeedStatus s = FeedStatus.first(settings);
        s = s.read(Validators.none(), true, now, settings);
        assertEquals(Duration.ofMinutes(8), s.interval());
        assertEquals(now.plus(Duration.ofMinutes(8)), s.nextFetch());
        s = s.read(Validators.none(), true, now, settings);
        assertEquals(Duration.ofMinutes(5), s.interval(), "not below the minimum");
        for (int i = 0; i < 5; i++) {
            s = s.read(Validators.none(), false, now, settings);
        }
        assertEquals(Duration.ofMinutes(60), s.interval(), "not above the maximum");
    }

    @Test
    void aFailureBacksOffKeepsTheValidatorsAndCountsUntilARead() {
        Validators v = new Validators(Optional.of("\"e\""), Optional.empty());
        FeedStatus s = FeedStatus.first(settings).read(v, false, now, settings);
        s = s.failed(now, settings).failed(now, settings);
        assertEquals(2, s.failures());
        assertEquals(v, s.validators());
        assertEquals(Duration.ofMinutes(60), s.interval());
        assertEquals(0, s.read(v, true, now, settings).failures());
    }
}
