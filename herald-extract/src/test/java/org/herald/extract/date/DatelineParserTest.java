package org.herald.extract.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatelineParserTest {
    private final DatelineParser parser = new DatelineParser();

    @Test
    void reutersDatelineWithDay() {
        Dateline d = parser.parse("MOSCOW, March 3 (Reuters) - Russia said on Sunday").orElseThrow();
        assertEquals("MOSCOW", d.place());
        assertEquals(Optional.of(MonthDay.of(3, 3)), d.day());
        assertEquals(Optional.of("Reuters"), d.agency());
        assertEquals("Russia said on Sunday", "MOSCOW, March 3 (Reuters) - Russia said on Sunday".substring(d.length()));
    }

    @Test
    void apDatelineWithRegion() {
        Dateline d = parser.parse("KYIV, Ukraine (AP) — Ukrainian forces").orElseThrow();
        assertEquals("KYIV, Ukraine", d.place());
        assertEquals(Optional.empty(), d.day());
        assertEquals(Optional.of("AP"), d.agency());
    }

    @Test
    void bareCityAndDash() {
        assertEquals("WASHINGTON", parser.parse("WASHINGTON — The Senate voted").orElseThrow().place());
        assertEquals("SAN FRANCISCO", parser.parse("SAN FRANCISCO -- The company").orElseThrow().place());
    }

    @Test
    void ordinarySentencesAreNotDatelines() {
        assertTrue(parser.parse("Washington — the city — was quiet").isEmpty());
        assertTrue(parser.parse("The Senate voted on Tuesday.").isEmpty());
        assertTrue(parser.parse("A: yes").isEmpty());
    }

    @Test
    void yearComesFromTheReference() {
        Dateline d = parser.parse("LONDON, Dec. 31 (Reuters) - Markets").orElseThrow();
        assertEquals(Optional.of(LocalDate.of(2023, 12, 31)), d.dateNear(LocalDate.of(2024, 1, 2)));
        assertEquals(Optional.of(LocalDate.of(2024, 12, 31)), d.dateNear(LocalDate.of(2025, 1, 1)));
    }
}
