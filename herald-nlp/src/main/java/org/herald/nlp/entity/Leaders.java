package org.herald.nlp.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.herald.model.lexicon.Lexicon;

/**
 * Well-known office holders from {@code leaders.tsv}: "Vladimir Putin" or "Putin" → President, RUS. With a date, a name
 * takes the office held in that year (the latest to start, in a year of handover) and nothing when no listed office was
 * held then; without one, a full name takes its most recent office and a surname alone the most recent office of
 * anyone listed under it. Names are matched as written (case-sensitive). Immutable once loaded; thread-safe.
 */
final class Leaders {
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}|IGO[A-Z]{3,12}");

    /** One office of one person: {@code code} is an alpha-3 country or a CAMEO organisation code ("IGOUNO"). */
    record Leader(String name, String code, String title, int from, OptionalInt to) {}

    private final Map<String, List<Leader>> byName = new HashMap<>();
    private final Map<String, List<Leader>> bySurname = new HashMap<>();

    private Leaders() {}

    /** Reads {@code leaders.tsv}; fails with the row on a bad code or year, or a country code not in {@code places}. */
    static Leaders load(Places places) {
        Leaders l = new Leaders();
        for (List<String> row : Lexicon.rows(Leaders.class, "leaders.tsv", 5, 6)) {
            String code = row.get(2);
            boolean country = code.length() == 3;
            if (!CODE.matcher(code).matches() || (country && places.countryName(code).isEmpty()) || row.get(3).isEmpty()) {
                throw new IllegalStateException("leaders.tsv: bad code or empty title in row " + row);
            }
            Leader leader = new Leader(row.get(0), code, row.get(3), year(row, row.get(4)),
                    row.size() > 5 && !row.get(5).isEmpty() ? OptionalInt.of(year(row, row.get(5))) : OptionalInt.empty());
            l.byName.computeIfAbsent(row.get(0), k -> new ArrayList<>()).add(leader);
            if (!row.get(1).equals("-")) l.bySurname.computeIfAbsent(row.get(1), k -> new ArrayList<>()).add(leader);
        }
        return l;
    }

    /** The most recent office of the person {@code name} names: a full name in the table, or a listed surname alone. */
    Optional<Leader> find(String name) {
        return find(name, Optional.empty());
    }

    /** The office {@code name} held in the date's year, or the most recent one when no date is given. */
    Optional<Leader> find(String name, Optional<LocalDate> date) {
        List<Leader> full = byName.get(name);
        // A full name outside its terms is still that person: the surname must not pick someone else's office.
        if (full != null) return latest(full, date);
        List<Leader> bySurnameAlone = bySurname.get(name);
        if (bySurnameAlone != null) return latest(bySurnameAlone, date);
        return latest(partialNames(name), date);
    }

    /**
     * The country of the person a full name in the table names, whatever the year: every office listed for the name
     * is that country's. Empty for a surname alone, a head of an organisation, or offices in two countries.
     */
    Optional<String> countryOf(String name) {
        List<Leader> full = byName.get(name);
        if (full == null) return Optional.empty();
        Set<String> codes = new HashSet<>();
        for (Leader l : full) codes.add(l.code());
        String code = codes.iterator().next();
        return codes.size() == 1 && code.length() == 3 ? Optional.of(code) : Optional.empty();
    }

    // "Tayyip Erdogan" is "Recep Tayyip Erdogan": a listed surname after first names that are all in the full name;
    // "Lena Scholz" is not "Olaf Scholz".
    private List<Leader> partialNames(String name) {
        List<String> words = List.of(name.split("\\s+"));
        for (int cut = 1; cut < words.size(); cut++) {
            List<Leader> rows = bySurname.get(String.join(" ", words.subList(cut, words.size())));
            if (rows == null) continue;
            List<String> given = words.subList(0, cut);
            return rows.stream().filter(l -> List.of(l.name().split("\\s+")).containsAll(given)).toList();
        }
        return List.of();
    }

    private static Optional<Leader> latest(List<Leader> offices, Optional<LocalDate> date) {
        return offices.stream()
                .filter(l -> date.map(d -> l.from() <= d.getYear() && l.to().orElse(Integer.MAX_VALUE) >= d.getYear())
                        .orElse(true))
                .max(Comparator.comparingInt(Leader::from));
    }

    private static int year(List<String> row, String cell) {
        if (!cell.matches("(19|20)\\d\\d")) throw new IllegalStateException("leaders.tsv: bad year '" + cell + "' in row " + row);
        return Integer.parseInt(cell);
    }
}
