package org.herald.nlp.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Month;
import org.junit.jupiter.api.Test;

class TimeLexiconTest {
    @Test
    void englishTablesLoad() {
        TimeLexicon en = TimeLexicon.english();

        assertEquals(Month.SEPTEMBER, en.months().get("Sept.").month());
        assertFalse(en.months().get("May").bare(), "May is also a verb");
        assertTrue(en.months().get("January").bare());
        assertEquals(DayOfWeek.SUNDAY, en.weekdays().get("Sunday"));
        assertFalse(en.weekdays().containsKey("Sun"), "the Sun is a newspaper");
        assertEquals(-1, en.dayWords().get("yesterday"));
        assertEquals(CalendarUnit.WEEK, en.units().get("weeks"));
        assertEquals(Tense.FUTURE, en.tenseCues().get("is to"));
        assertEquals(2, en.numbers().get("two"));
    }

    @Test
    void aMissingLanguageFailsAtOnce() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> TimeLexicon.load("xx"));
        assertTrue(e.getMessage().contains("xx/months.tsv"), e.getMessage());
    }
}
