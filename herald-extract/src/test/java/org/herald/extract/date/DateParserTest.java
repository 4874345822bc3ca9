package org.herald.extract.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateParserTest {
    private final DateParser parser = new DateParser();

    private void parses(String input, String expected) {
        assertEquals(Optional.of(expected), parser.parse(input), input);
    }

    @Test
    void isoVariantsKeepTheirOffset() {
        parses("2024-03-03", "2024-03-03");
        parses("2024-03-03T10:15:00+01:00", "2024-03-03T10:15:00+01:00");
        parses("2024-03-03T10:15:00.000Z", "2024-03-03T10:15:00Z");
        parses("2024-03-03 10:15", "2024-03-03T10:15:00");
        parses("2024-03-03T10:15:00+0100", "2024-03-03T10:15:00+01:00");
        parses("20240303", "2024-03-03");
    }

    @Test
    void rfcDatesFromFeedsAndHeaders() {
        parses("Sun, 03 Mar 2024 10:15:00 GMT", "2024-03-03T10:15:00Z");
        parses("Sun, 3 Mar 2024 10:15:00 +0100", "2024-03-03T10:15:00+01:00");
    }

    @Test
    void writtenEnglishDates() {
        parses("March 3, 2024", "2024-03-03");
        parses("Mar. 3, 2024", "2024-03-03");
        parses("3 March 2024", "2024-03-03");
        parses("March 3rd, 2024", "2024-03-03");
        parses("Monday 3 March 2024 10.15 GMT", "2024-03-03T10:15:00Z");
        parses("Updated 5:30 PM EST, Mon March 3, 2024", "2024-03-03T17:30:00-05:00");
        parses("March 3, 2024 at 10:15 a.m. ET", "2024-03-03T10:15:00-05:00");
        parses("Updated: 2024-03-03 10:15 EDT", "2024-03-03T10:15:00-04:00");
        parses("Published 2024-03-03T10:15:00Z", "2024-03-03T10:15:00Z");
    }

    @Test
    void numericDates() {
        parses("2024/03/03", "2024-03-03");
        parses("03.03.2024", "2024-03-03");
        parses("04.03.2024", "2024-03-04");
        parses("25/12/2023", "2023-12-25");
    }

    @Test
    void otherLanguages() {
        parses("3 mars 2024", "2024-03-03");
        parses("1er avril 2024", "2024-04-01");
        parses("3. März 2024", "2024-03-03");
        parses("3 de marzo de 2024", "2024-03-03");
        parses("3 de março de 2024", "2024-03-03");
        parses("3 marzo 2024", "2024-03-03");
        parses("3 maart 2024", "2024-03-03");
    }

    @Test
    void epochSecondsAndMillis() {
        parses("1709460900", "2024-03-03T10:15:00Z");
        parses("1709460900000", "2024-03-03T10:15:00Z");
    }

    @Test
    void textWithoutAFullDateIsEmpty() {
        assertEquals(Optional.empty(), parser.parse("March 2024"));
        assertEquals(Optional.empty(), parser.parse("three days ago"));
        assertEquals(Optional.empty(), parser.parse("2024-02-31"));
        assertEquals(Optional.empty(), parser.parse(""));
    }

    @Test
    void findsTheFirstFullDateInText() {
        assertEquals(Optional.of("2024-03-03"),
                parser.findInText("The law, passed on 3 March 2024 and amended on April 1, 2024, is in force."));
        assertEquals(Optional.empty(), parser.findInText("Call 555-1234 before 5 p.m."));
    }

    @Test
    void fallsBackToTheDatelineWithTheReferenceYear() {
        assertEquals(Optional.of("2024-03-03"), parser.findInText("MOSCOW, March 3 (Reuters) - Russia said",
                LocalDate.of(2024, 3, 4), new DatelineParser()));
    }

    @Test
    void rejectsImplausibleDates() {
        Instant now = Instant.parse("2024-03-04T00:00:00Z");
        assertTrue(parser.plausible("2024-03-03", now));
        assertTrue(parser.plausible("2024-03-04T20:00:00+01:00", now));
        assertFalse(parser.plausible("2024-03-06", now));
        assertFalse(parser.plausible("1989-12-31", now));
        assertFalse(parser.plausible("not a date", now));
    }
}
