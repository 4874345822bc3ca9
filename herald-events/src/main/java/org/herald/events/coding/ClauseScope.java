package org.herald.events.coding;

import java.util.Optional;
import java.util.Set;

/**
 * Which event of a sentence a modifier (a time, a place) belongs to, read from the dependency tree: the one whose
 * clause it hangs in, or one in a clause below the clause it hangs in, never one of a clause beside or below it. A
 * phrase introduced by "after", "before", "since" … names another event the modifier may describe ("vowed revenge
 * [after] Monday's attack [in Pahalgam]"), so the modifier does not cross it. Shared by {@link EventDates} and
 * {@link EventPlaces}.
 */
final class ClauseScope {
    private ClauseScope() {}

    /** Relations that open a clause of its own, with its own time and place: relative, adverbial, reported … */
    static final String[] OTHER_CLAUSES = {"acl", "advcl", "ccomp", "xcomp", "csubj", "parataxis", "conj", "dep"};

    private static final Set<String> LANDMARKS = Set.of("after", "before", "since", "following", "ahead", "until",
            "prior", "over", "about", "against");

    /**
     * Whether {@code token} hangs from {@code head}'s own clause: climbing reaches it without crossing into another
     * clause or an anchor phrase. With {@code participles}, a subjectless participle clause with no conjunction on
     * the head counts as the head's own ("[Asked to comment in December], the IDF said": the asking and the saying
     * are one occasion), while "[when it arrived], …" or "[after he resigned], …" are other events.
     */
    static boolean inOwnClause(Tree tree, int head, int token, boolean participles) {
        if (head == token) return true;
        int below = token;
        for (Tree.Step step : tree.ancestors(token)) {
            boolean sharedOccasion = participles && step.token() == head && isBareParticiple(tree, below);
            if (opensClause(tree, below) && !sharedOccasion) return false;
            if (below != token && isLandmark(tree, below)) return false;
            if (step.token() == head) return true;
            below = step.token();
        }
        return false;
    }

    /**
     * Whether {@code token} hangs from a clause that holds the event below it: "[On Wednesday], officials said
     * Pakistan had launched strikes" dates the strikes by the report, the best the sentence tells, and "suffered its
     * worst crash [in January], killing all 72 people" the killing by the crash (a later conjunct shares an earlier
     * one's time). Not when the way down to the event passes a conjunction's own clause ("[Today] Argentina is a
     * force because when it arrived …"), a conjunct with its own subject, or the event is the anchor the modifier
     * is counted from ("[in April 2022], two months after Russia's invasion").
     */
    static boolean hungAbove(Tree tree, int token, int event) {
        Optional<Integer> found = clauseOf(tree, token);
        if (found.isEmpty()) return false;
        int clause = found.get();
        // Coordinated clauses: the modifier of an earlier conjunct reaches the later ones.
        while (tree.relation(clause).equals("conj") && token < event && tree.governor(clause).isPresent()) {
            clause = tree.governor(clause).get();
        }
        if (clause == event || !tree.dominates(clause, event)) return false;
        int cur = event;
        for (Tree.Step step : tree.ancestors(event)) {
            if (isLandmark(tree, cur)) return false;
            if (Tree.is(tree.relation(cur), "advcl") && !isBareParticiple(tree, cur)) return false;
            // A conjunct with a subject of its own is another actor's clause ("…, but Israel refused"); one without
            // shares the first one's occasion ("suffered its worst crash in January, killing all 72").
            if (tree.relation(cur).equals("conj") && !tree.children(cur, "nsubj", "nsubj:pass").isEmpty()) return false;
            if (step.token() == clause) return true;
            cur = step.token();
        }
        return false;
    }

    /**
     * The head of the clause a token belongs to: climbing stops below the first clause-opening edge, or at the root;
     * empty when the climb passes an anchor phrase ("after Monday's attack"), whose modifiers are the anchor's.
     */
    static Optional<Integer> clauseOf(Tree tree, int token) {
        int cur = token;
        for (Tree.Step step : tree.ancestors(token)) {
            if (cur != token && isLandmark(tree, cur)) return Optional.empty();
            if (opensClause(tree, cur)) return Optional.of(cur);
            cur = step.token();
        }
        return Optional.of(cur);
    }

    /**
     * Whether the edge above {@code token} opens a clause of its own. A conjunct does only when it is a verb or has a
     * subject: "the Indian strikes and [shelling] in Pakistan-administered Kashmir" is one noun phrase.
     */
    static boolean opensClause(Tree tree, int token) {
        String relation = tree.relation(token);
        if (!Tree.is(relation, OTHER_CLAUSES)) return false;
        if (!relation.equals("conj")) return true;
        return tree.isVerb(token) || !tree.children(token, "nsubj", "nsubj:pass", "cop").isEmpty();
    }

    // "after the attack", "since the ban", "ahead of the election": a common noun there is another event. A proper
    // name is a place or body, not a time ("before the World Court", "before Parliament").
    static boolean isLandmark(Tree tree, int token) {
        return !tree.token(token).pos().startsWith("NNP")
                && tree.caseWord(token).filter(LANDMARKS::contains).isPresent();
    }

    // "[Asked to comment …], the IDF said", "[speaking in August 2025], Trump said": an adverbial participle with no
    // subject and no conjunction of its own.
    private static boolean isBareParticiple(Tree tree, int token) {
        String pos = tree.token(token).pos();
        return Tree.is(tree.relation(token), "advcl") && (pos.equals("VBG") || pos.equals("VBN"))
                && tree.children(token, "mark", "nsubj", "nsubj:pass").isEmpty();
    }
}
