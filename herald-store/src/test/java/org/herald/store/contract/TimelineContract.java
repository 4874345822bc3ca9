package org.herald.store.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.herald.store.DateRange;
import org.herald.store.EventTraits;
import org.herald.store.TimelineBucket;
import org.herald.store.TimelineQuery.Interval;
import org.herald.store.TimelineQuery;
import org.junit.jupiter.api.Test;
import org.herald.store.Store;

/**
 * The timeline every {@link Store} serves: the Lucene store (TimelineTest) and the OpenSearch store run it.
 * Expected numbers follow from the event table in {@link Corpus}; a4's event has no day and is on no timeline. */
public abstract class TimelineContract {
    /** The store holding {@link Corpus#all()}, committed. */
    protected abstract Store store();

    /** Buckets as "date events goldstein q1 q2 q3 q4", goldstein rounded to one decimal. */
    private List<String> timeline(String source, String target, Interval interval, DateRange dates) {
        return store().timeline(new TimelineQuery(Optional.ofNullable(source), Optional.ofNullable(target),
                Optional.empty(), EventTraits.ANY, interval, dates)).stream().map(TimelineContract::line).toList();
    }

    private static String line(TimelineBucket b) {
        return b.date() + " " + b.events() + " " + String.format("%.1f", b.goldsteinSum()) + " "
                + String.join(" ", Arrays.stream(b.quad()).mapToObj(Long::toString).toList());
    }

    @Test
    public void days() {
        assertEquals(List.of(
                "2024-04-30 1 -10.0 0 0 0 1",
                "2024-05-06 2 -1.0 1 0 1 0",
                "2024-05-07 1 -4.4 0 0 1 0",
                "2024-06-03 1 1.9 1 0 0 0",
                "2024-06-04 1 7.0 1 0 0 0"), timeline(null, null, Interval.DAY, DateRange.ALL));
    }

    @Test
    public void weeksStartOnMonday() {
        assertEquals(List.of(
                "2024-04-29 1 -10.0 0 0 0 1",
                "2024-05-06 3 -5.4 1 0 2 0",
                "2024-06-03 2 8.9 2 0 0 0"), timeline(null, null, Interval.WEEK, DateRange.ALL));
    }

    @Test
    public void monthsStartOnTheFirst() {
        assertEquals(List.of(
                "2024-04-01 1 -10.0 0 0 0 1",
                "2024-05-01 3 -5.4 1 0 2 0",
                "2024-06-01 2 8.9 2 0 0 0"), timeline(null, null, Interval.MONTH, DateRange.ALL));
    }

    @Test
    public void actorsByPrefixAndDates() {
        assertEquals(List.of(
                "2024-04-01 1 -10.0 0 0 0 1",
                "2024-05-01 3 -5.4 1 0 2 0",
                "2024-06-01 1 7.0 1 0 0 0"), timeline("RUS", null, Interval.MONTH, DateRange.ALL));
        assertEquals(List.of("2024-05-01 3 -5.4 1 0 2 0"), timeline("RUSGOV", null, Interval.MONTH, DateRange.ALL));
        assertEquals(List.of(
                "2024-04-30 1 -10.0 0 0 0 1",
                "2024-05-07 1 -4.4 0 0 1 0",
                "2024-06-04 1 7.0 1 0 0 0"), timeline("RUS", "UKR", Interval.DAY, DateRange.ALL));
        DateRange may = new DateRange(Optional.of(LocalDate.parse("2024-05-01")),
                Optional.of(LocalDate.parse("2024-05-31")));
        assertEquals(List.of("2024-05-06 3 -5.4 1 0 2 0"), timeline(null, null, Interval.WEEK, may));
    }

    @Test
    public void meanOfABucket() {
        TimelineBucket may = store().timeline(new TimelineQuery(Optional.empty(), Optional.empty(), Optional.empty(),
                EventTraits.ANY, Interval.MONTH,
                DateRange.ALL)).get(1);
        assertEquals(-1.8, may.goldsteinMean(), 1e-9);
    }

    @Test
    public void noEventsNoBuckets() {
        assertEquals(List.of(), timeline("CHN", null, Interval.DAY, DateRange.ALL));
    }
}
