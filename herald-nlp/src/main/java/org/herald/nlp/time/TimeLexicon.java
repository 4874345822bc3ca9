package org.herald.nlp.time;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.HashSet;
import org.herald.model.lexicon.Lexicon;

/**
 * The words of one language's time expressions, read from the tables in {@code org/herald/nlp/time/<language>/}.
 * Keys of the case-insensitive maps are lower case. Immutable, so one instance serves every thread.
 *
 * @param months month names as written ("Feb.") and what they name
 * @param weekdays weekday names as written ("Monday")
 * @param dayWords "yesterday" → -1: days counted from the reference date
 * @param shifts "last" → -1: which period relative to the reference period
 * @param units "weeks" → WEEK
 * @param modifiers words naming a part of a period ("earlier", "late")
 * @param numbers "two" → 2; -1 for a count that cannot be resolved ("several")
 * @param leads words before a month or year that make it a date ("in", "since")
 * @param determiners words before a year used as a modifier that make it a date ("the 2019 election")
 * @param personLeads the leads that as often come before a person's name ("by", "after"): they make a date only
 *                    of a month name that is not also a name ("by January", not "by May")
 * @param tenseCues "will" → FUTURE, "is to" → FUTURE; multi-word cues are space-separated
 */
public record TimeLexicon(
        Map<String, MonthName> months,
        Map<String, DayOfWeek> weekdays,
        Map<String, Integer> dayWords,
        Map<String, Integer> shifts,
        Map<String, CalendarUnit> units,
        Set<String> modifiers,
        Map<String, Integer> numbers,
        Set<String> leads,
        Set<String> personLeads,
        Set<String> determiners,
        Map<String, Tense> tenseCues) {

    /** A month name and whether it may stand alone as a date ("January" may; "May" may not). */
    public record MonthName(Month month, boolean bare) {}

    public TimeLexicon {
        months = Map.copyOf(months);
        weekdays = Map.copyOf(weekdays);
        dayWords = Map.copyOf(dayWords);
        shifts = Map.copyOf(shifts);
        units = Map.copyOf(units);
        modifiers = Set.copyOf(modifiers);
        numbers = Map.copyOf(numbers);
        leads = Set.copyOf(leads);
        personLeads = Set.copyOf(personLeads);
        determiners = Set.copyOf(determiners);
        tenseCues = Map.copyOf(tenseCues);
    }

    /** English, the one language with tables so far. */
    public static TimeLexicon english() {
        return load("en");
    }

    /**
     * Reads the tables of {@code language} (a directory name such as "en").
     *
     * @throws IllegalStateException naming {@code file:line} for a bad row, or a missing table
     */
    public static TimeLexicon load(String language) {
        Objects.requireNonNull(language, "language");
        String dir = language + "/";
        Map<String, MonthName> months = new HashMap<>();
        for (List<String> row : rows(dir + "months.tsv", 3, 4)) {
            months.put(row.get(0), new MonthName(Month.of(integer(dir + "months.tsv", row, 1)), yes(row.get(2))));
        }
        Map<String, DayOfWeek> weekdays = new HashMap<>();
        for (List<String> row : rows(dir + "weekdays.tsv", 2, 3)) {
            weekdays.put(row.get(0), DayOfWeek.of(integer(dir + "weekdays.tsv", row, 1)));
        }
        Map<String, Integer> dayWords = new HashMap<>();
        Map<String, Integer> shifts = new HashMap<>();
        Map<String, CalendarUnit> units = new HashMap<>();
        Set<String> modifiers = new HashSet<>();
        Map<String, Integer> numbers = new HashMap<>();
        Set<String> leads = new HashSet<>();
        Set<String> personLeads = new HashSet<>();
        Set<String> determiners = new HashSet<>();
        String relative = dir + "relative-words.tsv";
        for (List<String> row : rows(relative, 2, 4)) {
            String phrase = row.get(0).toLowerCase(Locale.ROOT);
            switch (row.get(1)) {
                case "day" -> dayWords.put(phrase, integer(relative, row, 2));
                case "shift" -> shifts.put(phrase, integer(relative, row, 2));
                case "unit" -> units.put(phrase, CalendarUnit.valueOf(cell(relative, row, 2).toUpperCase(Locale.ROOT)));
                case "modifier" -> modifiers.add(phrase);
                case "number" -> numbers.put(phrase, integer(relative, row, 2));
                case "lead" -> {
                    leads.add(phrase);
                    if (row.size() > 2 && row.get(2).equals("person")) personLeads.add(phrase);
                }
                case "determiner" -> determiners.add(phrase);
                default -> throw new IllegalStateException(relative + ": unknown kind '" + row.get(1) + "' for " + phrase);
            }
        }
        Map<String, Tense> tenseCues = new HashMap<>();
        for (List<String> row : rows(dir + "tense-cues.tsv", 2, 3)) {
            tenseCues.put(row.get(0).toLowerCase(Locale.ROOT), Tense.valueOf(row.get(1).toUpperCase(Locale.ROOT)));
        }
        return new TimeLexicon(months, weekdays, dayWords, shifts, units, modifiers, numbers, leads, personLeads, determiners, tenseCues);
    }

    private static List<List<String>> rows(String resource, int min, int max) {
        return Lexicon.rows(TimeLexicon.class, resource, min, max);
    }

    private static boolean yes(String cell) {
        return cell.equals("yes");
    }

    private static String cell(String file, List<String> row, int column) {
        if (column >= row.size() || row.get(column).isEmpty()) {
            throw new IllegalStateException(file + ": row '" + row.get(0) + "' needs column " + (column + 1));
        }
        return row.get(column);
    }

    private static int integer(String file, List<String> row, int column) {
        String cell = cell(file, row, column);
        try {
            return Integer.parseInt(cell.startsWith("+") ? cell.substring(1) : cell);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(file + ": row '" + row.get(0) + "': not a number: " + cell, e);
        }
    }
}
