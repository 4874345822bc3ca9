package org.herald.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link Days}, the one reading of dates both stores file articles under (#14). */
class DaysTest {
    private static Optional<LocalDate> day(String s) {
        return Optional.of(LocalDate.parse(s));
    }

    @Test
    void aDateTimeKeepsTheDayAsWrittenNotTheUtcDay() {
        // 01:30 in Moscow on 9 May is still 8 May in UTC: readers there saw it on the 9th.
        assertEquals(day("2024-05-09"), Days.day("2024-05-09T01:30:00+03:00"));
        assertEquals(day("2024-05-08"), Days.day("2024-05-08T23:30:00-05:00"));
        assertEquals(day("2024-05-03"), Days.day(" 2024-05-03T10:00Z "));
    }

    @Test
    void aDateTimeWithoutOffsetIsAcceptedAsUtc() {
        assertEquals(day("2024-05-03"), Days.day("2024-05-03T10:00:00"));
        assertEquals(Optional.of(LocalDate.parse("2024-05-03").atTime(10, 0).toEpochSecond(java.time.ZoneOffset.UTC)),
                Days.epochSecond("2024-05-03T10:00:00"));
    }

    @Test
    void aMonthOrYearIsNoDayButHasAFirstDay() {
        assertEquals(Optional.empty(), Days.day("2024-05"));
        assertEquals(Optional.empty(), Days.day("2024-W10"));
        assertEquals(day("2019-11-01"), Days.firstDay("2019-11"));
        assertEquals(day("1967-01-01"), Days.firstDay("1967"));
        assertEquals(day("2024-05-03"), Days.firstDay("2024-05-03"));
        assertEquals(Optional.empty(), Days.firstDay("2024-W10"));
    }

    @Test
    void epochSecondOfADateIsItsUtcMidnight() {
        assertEquals(Optional.of(LocalDate.parse("2024-05-03").toEpochDay() * 86_400), Days.epochSecond("2024-05-03"));
        assertEquals(Optional.empty(), Days.epochSecond("soon"));
    }
}
