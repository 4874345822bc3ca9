package org.herald.events.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.herald.events.cameo.CameoCodebook;
import org.herald.model.lexicon.Lexicon;

/**
 * The rows of {@code converse-verbs.tsv}: verbs whose subject is the event's target and whose "from", "by" or "of"
 * phrase is its doer. "The rebels received weapons from Iran" is Iran → the rebels, 072, the code of Iran's own act
 * ("Iran supplied weapons to the rebels"); "Iran faces pressure from the US" is US → Iran, 100. Each row is a
 * {@link VerbEntry} whose preposition is the doer's. Codes are checked against the codebook at load. Immutable.
 */
final class ConverseVerbs {
    static final String FILE = "converse-verbs.tsv";
    static final String KIND = "converse";
    private static final Set<String> DOERS = Set.of("from", "by", "of");

    private final Map<String, List<VerbEntry>> byLemma;

    private ConverseVerbs(Map<String, List<VerbEntry>> byLemma) {
        this.byLemma = byLemma;
    }

    /** Reads the table; fails with the file and entry on an unknown code or doer preposition. */
    static ConverseVerbs load(CameoCodebook codebook) {
        Map<String, List<VerbEntry>> byLemma = new HashMap<>();
        int line = 0;
        for (List<String> row : Lexicon.rows(ConverseVerbs.class, FILE, 5, 6)) {
            line++;
            String lemma = row.get(0);
            String doer = row.get(2);
            String code = row.get(3);
            if (codebook.find(code).isEmpty()) {
                throw new IllegalStateException(FILE + ": entry " + line + " (" + lemma + "): unknown CAMEO code " + code);
            }
            if (!DOERS.contains(doer)) {
                throw new IllegalStateException(FILE + ": entry " + line + " (" + lemma + "): doer preposition '" + doer
                        + "' is none of " + DOERS);
            }
            VerbEntry e = new VerbEntry(lemma, Optional.of(doer), Optional.empty(), Optional.of(row.get(1)), code,
                    List.of("subject"), FILE, line);
            byLemma.computeIfAbsent(lemma, k -> new ArrayList<>()).add(e);
        }
        return new ConverseVerbs(byLemma);
    }

    /** How many rows the table has. */
    int size() {
        return byLemma.values().stream().mapToInt(List::size).sum();
    }

    /**
     * The clause of an active verb that meets a converse row: its doers (the row's phrase, with conjuncts) are the
     * sources, its subjects the targets. Empty when no row's object and doer phrase are both there.
     */
    Optional<Clause> find(Tree tree, int verb, Trace trace) {
        List<VerbEntry> rows = byLemma.get(tree.lemma(verb));
        if (rows == null || !tree.exactly(verb, "nsubj:pass").isEmpty()) return Optional.empty();
        List<Integer> chain = List.of(verb);
        Set<String> objects = Arguments.objectWords(tree, chain);
        VerbEntry best = null;
        List<Integer> doers = List.of();
        for (VerbEntry e : rows) {
            if (!objects.contains(e.object().orElseThrow())) continue;
            List<Integer> found = doers(tree, verb, e.prep().orElseThrow());
            if (!found.isEmpty() && (best == null || e.specificity() > best.specificity())) {
                best = e;
                doers = found;
            }
        }
        if (best == null) return Optional.empty();
        if (trace.enabled()) {
            trace.note("verb '" + tree.token(verb).text() + "': converse row '" + best.pattern() + "' → " + best.code()
                    + " (" + FILE + "): the '" + best.prep().orElseThrow() + "' phrase is the doer, the subject the target");
        }
        return Optional.of(new Clause(KIND, verb, chain, doers, List.of(Arguments.subjects(tree, verb)), best));
    }

    // "received weapons [from Iran]" (on the verb), "won the backing [of France]" (on the object).
    private static List<Integer> doers(Tree tree, int verb, String prep) {
        List<Integer> out = new ArrayList<>();
        for (int o : Arguments.obliques(tree, verb)) {
            if (tree.hasCase(o, prep)) out.addAll(tree.withConjuncts(o));
        }
        return out;
    }
}
