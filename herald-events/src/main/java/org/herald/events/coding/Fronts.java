package org.herald.events.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.herald.model.lexicon.Lexicon;

/**
 * The target slot {@code front} of a show of force (CAMEO 15x): whom the troops face, named by where they are put.
 * "Russia amassed troops on [Ukraine]'s borders", "massed soldiers along its border with [India]", "built up forces
 * near [Taiwan]". The phrases and border nouns are in {@code fronts.tsv}; the heads returned are coded by the actor
 * coder as any target is (so "near the Ukrainian border" gives the border noun, whose adjective names the country).
 */
final class Fronts {
    static final String SLOT = "front";
    private static final String FILE = "fronts.tsv";
    private static final Set<String> PREPS = kind("prep");
    private static final Set<String> BORDERS = kind("noun");

    private Fronts() {}

    private static Set<String> kind(String kind) {
        return Lexicon.rows(Fronts.class, FILE, 2, 3).stream().filter(r -> r.get(1).equals(kind)).map(r -> r.get(0))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The heads that say whom the force posture of {@code verb} (or event noun) faces, in text order. */
    static List<Integer> of(Tree tree, int verb) {
        List<Integer> out = new ArrayList<>();
        for (int o : Arguments.obliques(tree, verb)) {
            if (tree.caseWord(o).filter(PREPS::contains).isEmpty()) continue;
            for (int head : tree.withConjuncts(o)) out.add(BORDERS.contains(tree.lemma(head)) ? side(tree, head) : head);
        }
        return out;
    }

    // "[Ukraine]'s borders", "its border with [India]", else the border itself ("the [Ukrainian] border").
    private static int side(Tree tree, int border) {
        for (int p : tree.children(border, "nmod:poss")) {
            if (!tree.token(p).pos().startsWith("PRP")) return p;
        }
        for (int n : tree.children(border, "nmod")) {
            if (tree.hasCase(n, "with")) return n;
        }
        return border;
    }
}
