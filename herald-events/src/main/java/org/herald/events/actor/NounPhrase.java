package org.herald.events.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.herald.nlp.text.Dependency;
import org.herald.nlp.text.Sentence;
import org.herald.nlp.text.Token;

/**
 * The words of a noun phrase around its head in a UD basic tree: the head with its compound, flat, amod, det, nummod,
 * possessive ("Russia's") and appositive ("Lavrov, Russia's foreign minister") subtrees and "of"-modifiers ("the
 * president of Russia"), but not its conjuncts or clauses: in "the US and its allies said", the phrase of "US" is "the
 * US".
 */
record NounPhrase(Sentence sentence, int head, List<Integer> tokens) {
    NounPhrase {
        tokens = List.copyOf(tokens);
    }

    /** The phrase headed by token {@code head}; throws for an index outside the sentence. */
    static NounPhrase of(Sentence sentence, int head) {
        if (head < 0 || head >= sentence.tokens().size()) {
            throw new IllegalArgumentException("head " + head + " outside sentence of " + sentence.tokens().size());
        }
        TreeSet<Integer> in = new TreeSet<>();
        collect(sentence, head, head, in);
        return new NounPhrase(sentence, head, new ArrayList<>(in));
    }

    /** The words as written, from the first to the last token of the phrase, without punctuation at either end. */
    String name() {
        List<Token> ts = sentence.tokens();
        int first = tokens.get(0);
        int last = tokens.get(tokens.size() - 1);
        while (first < head && isPunctuation(ts.get(first))) first++;
        while (last > head && isPunctuation(ts.get(last))) last--;
        StringBuilder sb = new StringBuilder(ts.get(first).text());
        for (int i = first + 1; i <= last; i++) {
            if (ts.get(i).span().start() > ts.get(i - 1).span().end()) sb.append(' ');
            sb.append(ts.get(i).text());
        }
        return sb.toString();
    }

    Token headToken() {
        return sentence.tokens().get(head);
    }

    /** Dependents of the head whose relation is one of {@code relations} ("nmod:poss", "amod" …). */
    List<Integer> dependents(String... relations) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : sentence.children(head)) {
            for (String r : relations) {
                if (d.relation().equals(r)) out.add(d.dependent());
            }
        }
        return out;
    }

    /** The head's "of"-modifier, if any: "the president [of Russia]". */
    Optional<Integer> ofModifier() {
        return modifier("of");
    }

    /** The head's first nmod introduced by one of {@code cases}: "a report [by Amnesty]". */
    Optional<Integer> modifier(String... cases) {
        for (int n : dependents("nmod")) {
            for (Dependency c : sentence.children(n)) {
                if (!c.relation().equals("case")) continue;
                String word = sentence.tokens().get(c.dependent()).lemma();
                for (String k : cases) {
                    if (word.equalsIgnoreCase(k)) return Optional.of(n);
                }
            }
        }
        return Optional.empty();
    }

    private static void collect(Sentence s, int head, int token, TreeSet<Integer> in) {
        if (!in.add(token)) return;
        for (Dependency d : s.children(token)) {
            if (inPhrase(s, head, d)) collect(s, head, d.dependent(), in);
        }
    }

    private static boolean inPhrase(Sentence s, int head, Dependency d) {
        String r = d.relation();
        if (r.startsWith("compound") || r.startsWith("flat") || r.startsWith("det") || r.equals("amod")
                || r.equals("nummod") || r.equals("nmod:poss") || r.equals("appos")) {
            return true;
        }
        // "Russia['s]": the possessive marker hangs from the possessor as case; "of" from an of-modifier. The head's
        // own case stays out: "talks [with] Russia" names Russia.
        if (r.equals("case")) return d.governor() != head;
        if (r.equals("punct")) return false;
        if (r.equals("nmod")) {
            return s.children(d.dependent()).stream().anyMatch(c -> c.relation().equals("case")
                    && s.tokens().get(c.dependent()).lemma().equalsIgnoreCase("of"));
        }
        return false;
    }

    private static boolean isPunctuation(Token t) {
        return t.text().codePoints().noneMatch(Character::isLetterOrDigit);
    }
}
