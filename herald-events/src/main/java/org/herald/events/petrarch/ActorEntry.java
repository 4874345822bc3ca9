package org.herald.events.petrarch;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One actor: its name and {@code +} synonyms (as upper-case word lists) and its codes, date-restricted ones first
 * in file order. <pre>
 * GOLLUM
 * +SMEAGOL
 *     [HOB &lt; 950601]
 *     [HOBGOV 19950601 - 19990815]
 * </pre>
 * {@code stems} says, name by name and word by word, which words match as stems ({@link DictionaryFormat#TABARI}).
 */
public record ActorEntry(List<List<String>> names, List<List<Boolean>> stems, List<DatedCode> codes, int line) {
    public ActorEntry {
        names = names.stream().map(List::copyOf).toList();
        stems = stems.stream().map(List::copyOf).toList();
        codes = List.copyOf(codes);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("an actor needs a name");
        }
        if (stems.size() != names.size()) {
            throw new IllegalArgumentException(names.size() + " names but " + stems.size() + " stem lists");
        }
        for (int i = 0; i < names.size(); i++) {
            if (stems.get(i).size() != names.get(i).size()) {
                throw new IllegalArgumentException("stem flags " + stems.get(i) + " do not fit " + names.get(i));
            }
        }
    }

    /** An actor whose names are whole words (PETRARCH format). */
    public ActorEntry(List<List<String>> names, List<DatedCode> codes, int line) {
        this(names, names.stream().map(n -> Words.whole(n.size())).toList(), codes, line);
    }

    /** The first date-restricted code valid on {@code date}, else the first unrestricted code. */
    public Optional<String> codeOn(LocalDate date) {
        for (DatedCode c : codes) {
            if (c.restricted() && c.appliesOn(date)) {
                return Optional.of(c.code());
            }
        }
        return codes.stream().filter(c -> !c.restricted()).map(DatedCode::code).findFirst();
    }
}
