package org.herald.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublishedDatesTest {
    @Test
    void readsDaysDateTimesAndInstantsAndIgnoresTheRest() {
        assertEquals(Optional.of(Instant.parse("2019-05-03T00:00:00Z")), PublishedDates.parse("2019-05-03"));
        assertEquals(Optional.of(Instant.parse("2019-05-03T08:30:00Z")), PublishedDates.parse("2019-05-03T10:30:00+02:00"));
        assertEquals(Optional.of(Instant.parse("2019-05-03T08:30:00Z")), PublishedDates.parse("2019-05-03T08:30:00Z"));
        assertEquals(Optional.empty(), PublishedDates.parse("last Tuesday"));
    }
}
