package org.herald.events.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.herald.model.lexicon.Lexicon;

/**
 * Warnings of repercussions told as what would happen ({@code consequence-cues.tsv}): "Macron warned that an attack
 * would have grave consequences for Moscow", "stating that further aggression would have serious consequences for
 * Russia". The speaker threatens (CAMEO 130) whoever the consequences are for, though the that-clause's subject is
 * no actor and its verb no event.
 */
final class Consequences {
    static final String FILE = "consequence-cues.tsv";
    private final Set<String> verbs = kind("verb", "verb-subject");
    private final Set<String> subjectVerbs = kind("verb-subject");
    private final Set<String> nouns = kind("noun");
    private final Set<String> modals = kind("modal");

    private static Set<String> kind(String... kinds) {
        Set<String> wanted = Set.of(kinds);
        return Lexicon.rows(Consequences.class, FILE, 2, 3).stream().filter(r -> wanted.contains(r.get(1)))
                .map(r -> r.get(0)).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The candidate target groups of the threat made by {@code verb}'s that-clause, in order (the consequences'
     * "for" phrase, the clause's subject for "face", the reporting verb's object), or empty when no that-clause of
     * {@code verb} foretells consequences.
     */
    Optional<List<List<Integer>>> targets(Tree tree, int verb) {
        for (int c : tree.children(verb, "ccomp")) {
            if (!verbs.contains(tree.lemma(c))) continue;
            if (tree.children(c, "aux").stream().noneMatch(a -> modals.contains(tree.word(a)))) continue;
            if (tree.children(c, "obj").stream().noneMatch(o -> nouns.contains(tree.lemma(o)))) continue;
            List<List<Integer>> out = new ArrayList<>();
            out.add(Arguments.slot(tree, List.of(c), "for"));
            if (subjectVerbs.contains(tree.lemma(c))) out.add(Arguments.subjects(tree, c));
            out.add(Arguments.objects(tree, verb));
            return Optional.of(out);
        }
        return Optional.empty();
    }
}
