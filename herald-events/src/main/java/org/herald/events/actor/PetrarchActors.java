package org.herald.events.actor;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.herald.events.petrarch.ActorDictionary;
import org.herald.events.petrarch.ActorDictionaryReader;
import org.herald.events.petrarch.ActorEntry;
import org.herald.events.petrarch.DatedCode;
import org.herald.events.petrarch.DictionaryFormatException;
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

    private final Map<String, ActorEntry> byName;

    private PetrarchActors(Map<String, ActorEntry> byName) {
        this.byName = byName;
    }

    static PetrarchActors none() {
        return new PetrarchActors(Map.of());
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
                if (e != null) return date.isPresent() ? e.codeOn(date.get()) : unrestricted(e);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> unrestricted(ActorEntry e) {
        return e.codes().stream().filter(c -> !c.restricted()).map(DatedCode::code).findFirst();
    }
}
