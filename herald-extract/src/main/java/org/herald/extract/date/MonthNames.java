package org.herald.extract.date;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.herald.model.lexicon.Lexicon;

/** The month-name table ({@code months.tsv}) and a regex alternation matching any of its names. */
final class MonthNames {
    private final Map<String, Integer> months;
    private final String alternation;

    private MonthNames(Map<String, Integer> months) {
        this.months = Map.copyOf(months);
        // Longest first, so "septembre" is not matched as "sept" followed by junk.
        this.alternation = months.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }

    static MonthNames load() {
        Map<String, Integer> months = new HashMap<>();
        for (List<String> row : Lexicon.rows(MonthNames.class, "months.tsv", 3, 4)) {
            String name = row.get(0).toLowerCase(Locale.ROOT);
            int month = Integer.parseInt(row.get(1));
            if (month < 1 || month > 12) {
                throw new IllegalStateException("months.tsv: month out of range for " + name);
            }
            Integer previous = months.put(name, month);
            if (previous != null && previous != month) {
                throw new IllegalStateException("months.tsv: " + name + " means both " + previous + " and " + month);
            }
        }
        return new MonthNames(months);
    }

    /** The month number of a name, ignoring case and a trailing dot. */
    Optional<Integer> month(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        if (key.endsWith(".")) {
            key = key.substring(0, key.length() - 1);
        }
        return Optional.ofNullable(months.get(key));
    }

    /** A non-capturing regex group matching any month name; use with case-insensitive, Unicode-case flags. */
    String regex() {
        return "(?:" + alternation + ")";
    }
}
