package org.herald.nlp.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** Picks, among the dates a name can mean, the one the sentence's tense points to. */
final class Choice {
    private Choice() {}

    /**
     * PAST: the latest candidate on or before the reference; FUTURE: the earliest on or after it;
     * UNKNOWN: the nearest, the past winning a tie. Falls back to the nearest when the tense has none.
     */
    static Optional<LocalDate> day(List<LocalDate> candidates, LocalDate reference, Tense tense) {
        LocalDate best = null;
        for (LocalDate c : candidates) {
            if (tense == Tense.PAST && c.isAfter(reference) || tense == Tense.FUTURE && c.isBefore(reference)) {
                continue;
            }
            if (best == null || distance(c, reference) < distance(best, reference)
                    || distance(c, reference) == distance(best, reference) && c.isBefore(best)) {
                best = c;
            }
        }
        if (best == null && tense != Tense.UNKNOWN) {
            return day(candidates, reference, Tense.UNKNOWN);
        }
        return Optional.ofNullable(best);
    }

    /** The same choice for months: PAST takes the month on or before the reference month. */
    static Optional<YearMonth> month(List<YearMonth> candidates, YearMonth reference, Tense tense) {
        return day(candidates.stream().map(m -> m.atDay(1)).toList(), reference.atDay(1), tense).map(YearMonth::from);
    }

    private static long distance(LocalDate a, LocalDate b) {
        return Math.abs(ChronoUnit.DAYS.between(a, b));
    }
}
