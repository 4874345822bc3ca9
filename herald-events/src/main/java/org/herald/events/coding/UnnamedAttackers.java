package org.herald.events.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.herald.model.lexicon.Lexicon;

/**
 * The attacker of an attack whose doer the text does not name (unnamed-attackers.tsv): a weapon that is the
 * subject ("a landmine killed two children"), an attack an agentless passive happened in ("were killed in an
 * ambush"), the weapon of its when-clause ("were killed when their vehicle hit a mine"), or an act only people do
 * ("was shot dead"). Such a doer is coded {@value #CODE}, the unidentified armed force, as agents.tsv codes unnamed
 * gunmen, and only for attacks (CAMEO roots 18-20): "a rocket was launched" is no attack on anyone.
 */
final class UnnamedAttackers {
    static final String FILE = "unnamed-attackers.tsv";
    static final String CODE = "UAF";
    private static final Set<String> ATTACK_ROOTS = Set.of("18", "19", "20");
    private static final Set<String> DURING = Set.of("in", "during", "amid");
    private static final Set<String> WHEN = Set.of("when", "after", "as");

    private final Map<String, Set<String>> kinds = new HashMap<>();

    UnnamedAttackers() {
        for (List<String> row : Lexicon.rows(UnnamedAttackers.class, FILE, 2, 3)) {
            String kind = row.get(1);
            if (!Set.of("weapon", "attack", "verb").contains(kind)) {
                throw new IllegalStateException(FILE + ": unknown kind '" + kind + "' for '" + row.get(0) + "'");
            }
            kinds.computeIfAbsent(kind, k -> new HashSet<>()).add(row.get(0));
        }
    }

    /** Whether an event of {@code code} may have an unnamed attacker: an attack, CAMEO roots 18-20. */
    static boolean isAttack(String code) {
        return code.length() >= 2 && ATTACK_ROOTS.contains(code.substring(0, 2));
    }

    /**
     * Whether the doer {@code head} of a clause may stand for an unnamed attacker: a weapon; in a passive (where
     * {@link #ofPassive} put it) also an attack or an act of people. An attack noun as the subject ("clashes between
     * police and militants killed five") is an event of its own, coded on the noun.
     */
    boolean standsForAttacker(Tree tree, int head, boolean passive) {
        return has("weapon", tree, head) || passive && (has("attack", tree, head) || has("verb", tree, head));
    }

    /**
     * The token that stands for the attacker of the agentless passive {@code verb}, if there is one: an attack it
     * happened in, a weapon of its when-clause, else the verb itself when only people do it.
     */
    Optional<Integer> ofPassive(Tree tree, int verb) {
        for (int o : tree.children(verb, "obl")) {
            boolean during = tree.caseWord(o).filter(DURING::contains).isPresent();
            if (during && has("attack", tree, o)) return Optional.of(o);
        }
        for (int c : tree.children(verb, "advcl")) {
            // "when" is a mark or, as CoreNLP often has it, an adverb of the clause
            boolean when = tree.children(c, "mark", "advmod").stream().map(tree::word).anyMatch(WHEN::contains);
            if (!when) continue;
            List<Integer> parts = new ArrayList<>(tree.children(c, "nsubj", "obj", "obl"));
            for (int p : parts) if (has("weapon", tree, p)) return Optional.of(p);
        }
        return has("verb", tree, verb) ? Optional.of(verb) : Optional.empty();
    }

    /** Whether {@code head} is the passive verb itself standing for its doer, which needs a coded target. */
    boolean isVerbOnly(Tree tree, int head) {
        return tree.isVerb(head) && has("verb", tree, head);
    }

    private boolean has(String kind, Tree tree, int head) {
        if (kind.equals("verb") ? !tree.isVerb(head) : !tree.isNoun(head)) return false;
        Set<String> words = kinds.getOrDefault(kind, Set.of());
        if (words.contains(tree.lemma(head)) || words.contains(tree.word(head))) return true;
        // "an [explosive] device": a head noun that is a weapon only with its modifier
        return tree.children(head, "amod", "compound").stream()
                .anyMatch(m -> words.contains(tree.word(m) + " " + tree.lemma(head)));
    }
}
