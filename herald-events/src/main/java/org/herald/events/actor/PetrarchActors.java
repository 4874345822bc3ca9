package org.herald.events.actor;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Consumer;
import org.herald.events.petrarch.ActorDictionary;
import org.herald.events.petrarch.ActorDictionaryReader;
import org.herald.events.petrarch.ActorEntry;
import org.herald.events.petrarch.DatedCode;
import org.herald.events.petrarch.DictionaryFormatException;
import org.herald.model.lexicon.Lexicon;
import org.herald.nlp.text.Token;

/**
 * Names from PETRARCH-format actor dictionaries, looked up as whole word sequences of a noun phrase, with their
 * date-restricted codes. Phoenix's {@code VLADIMIR_PUTIN_ +PUTIN_ [RUSELI 700101-990809] [RUSGOV 991231-080507] …
 * [RUSELI]} codes "Putin" RUSELI in 1995 and RUSGOV in 2005; a date outside every range falls back to the entry's
 * unrestricted code, or to nothing when it has none. Immutable after loading.
 */
final class PetrarchActors {
    // Phoenix's longest names run to 8 words ("UNITED_NATIONS_HIGH_COMMISSIONER_FOR_REFUGEES_…"); news phrases rarely do.
    private static final int LONGEST = 8;
    static final String BUNDLED = "actors-phoenix.tsv";
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    /**
     * Lower-case words a proper name may hold ("Ministry of Defence", "Osama bin Laden"). Any other lower-case word
     * means the phrase is no name, so "who" is never the WHO and "the council" never a council the dictionary names:
     * common nouns are the agent tables' job.
     */
    private static final Set<String> NAME_PARTICLES = Set.of("of", "the", "for", "and", "on", "in", "de", "du", "des",
            "la", "le", "el", "al", "bin", "ibn", "bint", "von", "van", "der", "da", "do", "dos", "di", "y", "&");

    private final Map<String, ActorEntry> byName;

    private PetrarchActors(Map<String, ActorEntry> byName) {
        this.byName = byName;
    }

    static PetrarchActors none() {
        return new PetrarchActors(Map.of());
    }

    /**
     * The table Herald ships, {@value #BUNDLED}: the Phoenix dictionaries' entries in compact rows. Read once per JVM
     * (27,000 rows, about half a second) and shared: the table is immutable, and every coder built in a process
     * (the analyze pipeline, explain, the eval suites, tests) would read the same rows again.
     */
    static PetrarchActors bundled() {
        return Bundled.TABLE;
    }

    // Loaded on first use, by the class loader's lock.
    private static final class Bundled {
        static final PetrarchActors TABLE = fromRows(Lexicon.rows(PetrarchActors.class, BUNDLED, 2, 2));
    }

    /** Entries from rows as {@link #row} writes them; an earlier row's entry wins a name two rows share. */
    static PetrarchActors fromRows(List<List<String>> rows) {
        Map<String, ActorEntry> byName = new HashMap<>();
        int line = 0;
        for (List<String> row : rows) {
            line++;
            List<List<String>> names = new ArrayList<>();
            for (String name : row.get(0).split("\\|")) names.add(List.of(name.split(" ")));
            List<DatedCode> codes = new ArrayList<>();
            for (String code : row.get(1).split(" ")) codes.add(datedCode(code, row));
            ActorEntry e = new ActorEntry(names, codes, line);
            for (List<String> name : e.names()) byName.putIfAbsent(String.join(" ", name), e);
        }
        return new PetrarchActors(byName);
    }

    /** One entry as a row of {@value #BUNDLED}: names joined by '|', codes as CODE or CODE@FROM-UNTIL. */
    static String row(ActorEntry e) {
        StringJoiner names = new StringJoiner("|");
        e.names().forEach(n -> names.add(String.join(" ", n)));
        StringJoiner codes = new StringJoiner(" ");
        for (DatedCode c : e.codes()) {
            codes.add(!c.restricted() ? c.code() : c.code() + "@" + c.from().map(DAY::format).orElse("") + "-"
                    + c.until().map(DAY::format).orElse(""));
        }
        return names + "\t" + codes;
    }

    private static DatedCode datedCode(String text, List<String> row) {
        int at = text.indexOf('@');
        if (at < 0) return DatedCode.always(text);
        String range = text.substring(at + 1);
        int dash = range.indexOf('-');
        if (dash < 0) throw new IllegalStateException(BUNDLED + ": no FROM-UNTIL in '" + text + "' of " + row);
        try {
            return new DatedCode(text.substring(0, at), day(range.substring(0, dash)), day(range.substring(dash + 1)));
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(BUNDLED + ": bad date in '" + text + "' of " + row, e);
        }
    }

    private static Optional<LocalDate> day(String text) {
        return text.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(text, DAY));
    }

    /** This table's entries, then the other's for names this one lacks. */
    PetrarchActors then(PetrarchActors other) {
        Map<String, ActorEntry> all = new HashMap<>(byName);
        other.byName.forEach(all::putIfAbsent);
        return new PetrarchActors(all);
    }

    /**
     * Reads the files leniently: lines malformed in the files themselves (the Phoenix country file has a few) go to
     * {@code onBadLine} and are left out.
     */
    static PetrarchActors load(List<Path> files, Consumer<DictionaryFormatException> onBadLine) {
        Map<String, ActorEntry> byName = new HashMap<>();
        for (Path f : files) {
            ActorDictionary d = ActorDictionaryReader.read(f, onBadLine);
            for (ActorEntry e : d.entries()) {
                for (List<String> name : e.names()) byName.putIfAbsent(String.join(" ", name), e);
            }
        }
        return new PetrarchActors(byName);
    }

    boolean isEmpty() {
        return byName.isEmpty();
    }

    /**
     * The code of the longest dictionary name among the phrase's words that includes the head, valid on {@code date}:
     * in "the Turkish Foreign Minister Ahmet Davutoglu" the name AHMET_DAVUTOGLU. Empty when no name matches or the
     * matching name has no code in force then. Without a date only unrestricted codes apply.
     */
    Optional<String> code(List<Token> words, int headPosition, Optional<LocalDate> date) {
        if (byName.isEmpty()) return Optional.empty();
        List<String> upper = new ArrayList<>(words.size());
        for (Token t : words) upper.add(t.text().toUpperCase(Locale.ROOT));
        for (int len = Math.min(LONGEST, upper.size()); len >= 1; len--) {
            for (int from = Math.max(0, headPosition - len + 1); from <= headPosition && from + len <= upper.size();
                 from++) {
                ActorEntry e = byName.get(String.join(" ", upper.subList(from, from + len)));
                if (e == null || !isName(words.subList(from, from + len))) continue;
                return date.isPresent() ? e.codeOn(date.get()) : unrestricted(e);
            }
        }
        return Optional.empty();
    }

    // Capitalised words, numbers and name particles only; at least one capitalised word.
    private static boolean isName(List<Token> words) {
        boolean capital = false;
        for (Token t : words) {
            String w = t.text();
            if (w.isEmpty()) continue;
            int first = w.codePointAt(0);
            if (Character.isUpperCase(first)) {
                capital = true;
            } else if (Character.isLetter(first) && !NAME_PARTICLES.contains(w)) {
                return false;
            }
        }
        return capital;
    }

    private static Optional<String> unrestricted(ActorEntry e) {
        return e.codes().stream().filter(c -> !c.restricted()).map(DatedCode::code).findFirst();
    }
}
