package org.herald.extract.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;
import java.util.Optional;

/**
 * A wire dateline opening a paragraph: {@code "MOSCOW, March 3 (Reuters) -"} has place {@code "MOSCOW"}, day
 * {@code --03-03} and agency {@code "Reuters"}; {@code length} is how many characters of the paragraph it takes.
 */
public record Dateline(String place, Optional<MonthDay> day, Optional<String> agency, int length) {
    public Dateline {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(agency, "agency");
    }

    /**
     * The dateline's day in the year that puts it on or just before {@code reference} (a story filed on 31 December
     * and read on 2 January belongs to the previous year); empty when the dateline names no day.
     */
    public Optional<LocalDate> dateNear(LocalDate reference) {
        if (day.isEmpty()) {
            return Optional.empty();
        }
        try {
            LocalDate date = day.get().atYear(reference.getYear());
            return Optional.of(date.isAfter(reference.plusDays(1)) ? day.get().atYear(reference.getYear() - 1) : date);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
