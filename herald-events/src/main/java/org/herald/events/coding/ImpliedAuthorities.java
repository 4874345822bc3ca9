package org.herald.events.coding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.herald.model.lexicon.Lexicon;

/**
 * The doer of an agentless passive of an act only a state's authorities do (implied-authorities.tsv): "the
 * journalist was arrested in Niger" was arrested by the police, "inspectors were expelled from North Korea" by North
 * Korea. The doer is the country named by "from" where the row allows it, else the row's agent code, which the
 * coder then places in the sentence's country as it places any ownerless agent.
 */
final class ImpliedAuthorities {
    static final String FILE = "implied-authorities.tsv";

    /** The implied doer of a passive: a country's token ({@code fromCountry}) or an agent code at the verb. */
    record Doer(String agent, Optional<Integer> from) {}

    private record Row(String agent, boolean from) {}

    private final Map<String, Row> rows = new HashMap<>();

    ImpliedAuthorities() {
        for (List<String> row : Lexicon.rows(ImpliedAuthorities.class, FILE, 3, 4)) {
            if (!Set.of("from", "-").contains(row.get(2))) {
                throw new IllegalStateException(FILE + ": from must be 'from' or '-' for '" + row.get(0) + "'");
            }
            rows.put(row.get(0), new Row(row.get(1), row.get(2).equals("from")));
        }
    }

    /** The implied doer of the agentless passive {@code verb}, if only authorities do what it says. */
    Optional<Doer> of(Tree tree, int verb) {
        Row row = rows.get(tree.lemma(verb));
        if (row == null) return Optional.empty();
        Optional<Integer> from = Optional.empty();
        if (row.from()) {
            from = tree.children(verb, "obl").stream()
                    .filter(o -> tree.hasCase(o, "from")).findFirst();
        }
        return Optional.of(new Doer(row.agent(), from));
    }
}
