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
 */
public record ActorEntry(List<List<String>> names, List<DatedCode> codes, int line) {
    public ActorEntry {
        names = names.stream().map(List::copyOf).toList();
        codes = List.copyOf(codes);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("an actor needs a name");
        }
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
