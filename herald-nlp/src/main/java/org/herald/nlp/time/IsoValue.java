package org.herald.nlp.time;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.IsoFields;

/** ISO 8601 strings for the precisions we resolve to. */
final class IsoValue {
    private IsoValue() {}

    static String day(LocalDate date) {
        return date.toString();
    }

    static String month(YearMonth month) {
        return month.toString();
    }

    static String year(int year) {
        return String.format("%04d", year);
    }

    /** "2024-W10"; the week-based year differs from the calendar year around New Year (2024-12-30 is 2025-W01). */
    static String week(LocalDate date) {
        return String.format("%04d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** "199X" for the 1990s. */
    static String decade(int firstYear) {
        return String.format("%03dX", firstYear / 10);
    }

    /** "2024-03-05T15:00" */
    static String dateTime(String day, LocalTime time) {
        return day + "T" + String.format("%02d:%02d", time.getHour(), time.getMinute());
    }

    static boolean isDay(String value) {
        return value.length() == 10 && value.charAt(4) == '-' && value.charAt(7) == '-';
    }
}
