package org.herald.nlp.quote;

import java.util.Optional;
import java.util.Set;
import org.herald.nlp.text.Dependency;
import org.herald.nlp.text.Sentence;
import org.herald.nlp.text.Token;

/** Walks a sentence's basic dependency tree: children by relation, subtrees, compact noun phrases. */
final class Trees {
    /** Relations that belong to a speaker's name: "Russian Foreign Minister Sergei Lavrov", "Russia's minister". */
    private static final Set<String> NAME_PARTS = Set.of("compound", "flat", "flat:name", "amod", "det", "nmod:poss",
            "case", "nummod", "det:predet");

    private Trees() {}

    static Optional<Integer> child(Sentence s, int governor, String... relations) {
        for (String relation : relations) {
            for (Dependency d : s.children(governor)) {
                if (d.relation().equals(relation)) return Optional.of(d.dependent());
            }
        }
        return Optional.empty();
    }

    static boolean isVerb(Token t) {
        return t.pos().startsWith("VB");
    }

    /** The whole subtree of {@code head}, without punctuation at either edge. */
    static Phrase subtree(Sentence s, int head) {
        int[] range = {head, head};
        extend(s, head, range, null);
        return trimmed(s, range[0], range[1], head);
    }

    /** The subtree of {@code head} without the subtree of {@code cut}: the clause around a parenthetical "he said". */
    static Optional<Phrase> subtreeWithout(Sentence s, int head, int cut) {
        Phrase whole = subtree(s, head);
        Phrase removed = subtree(s, cut);
        int from = whole.from();
        int to = whole.to();
        if (removed.to() >= to && removed.from() > from) to = removed.from() - 1;
        else if (removed.from() <= from && removed.to() < to) from = removed.to() + 1;
        while (from <= to && isPunct(s.tokens().get(to))) to--;
        while (from <= to && isPunct(s.tokens().get(from))) from++;
        if (from > to || head < from || head > to) return Optional.empty();
        return Optional.of(new Phrase(s, from, to, head));
    }

    /** The name-like part of a noun phrase: head plus compounds, determiners, adjectives and possessors. */
    static Phrase nounPhrase(Sentence s, int head) {
        int[] range = {head, head};
        for (Dependency d : s.children(head)) {
            // "of her campaign's leadership", "according to an analysis": the preposition that ties the phrase into
            // the sentence is no part of the speaker's name ("campaign's" keeps its "'s", one level down)
            if (d.relation().equals("case") || !NAME_PARTS.contains(d.relation()) || d.dependent() == head) continue;
            range[0] = Math.min(range[0], d.dependent());
            range[1] = Math.max(range[1], d.dependent());
            extend(s, d.dependent(), range, NAME_PARTS);
        }
        return trimmed(s, range[0], range[1], head);
    }

    private static void extend(Sentence s, int node, int[] range, Set<String> only) {
        for (Dependency d : s.children(node)) {
            if (only != null && !only.contains(d.relation())) continue;
            if (d.dependent() == node) continue;
            range[0] = Math.min(range[0], d.dependent());
            range[1] = Math.max(range[1], d.dependent());
            extend(s, d.dependent(), range, only);
        }
    }

    private static Phrase trimmed(Sentence s, int from, int to, int head) {
        int f = from;
        int t = to;
        while (f < head && isPunct(s.tokens().get(f))) f++;
        while (t > head && isPunct(s.tokens().get(t))) t--;
        return new Phrase(s, f, t, head);
    }

    static boolean isPunct(Token t) {
        String text = t.text();
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) return false;
        }
        return true;
    }
}
