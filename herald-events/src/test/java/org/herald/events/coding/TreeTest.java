package org.herald.events.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.herald.nlp.text.Sentence;
import org.junit.jupiter.api.Test;

class TreeTest {
    @Test
    void aGerundAttachedToAVerbAsAclIsItsComplement() {
        // "Putin is considering sending aid", as CoreNLP parses it: acl(considering, sending).
        Sentence s = Parses.text("Putin/Putin/NNP is/be/VBZ considering/consider/VBG sending/send/VBG aid/aid/NN",
                "nsubj(2,0) aux(2,1) root(-1,2) acl(2,3) obj(3,4)").sentences().get(0);
        Tree t = Tree.repaired(s);
        assertEquals("xcomp", t.relation(3));
        assertEquals("acl", new Tree(s).relation(3), "the parse itself is left as it is");
    }

    @Test
    void aNounsAclAndAClauseWithItsOwnSubjectStay() {
        // "the plan drafted by Iran": acl on a noun is right as it is.
        Tree noun = Tree.repaired(Parses.text("the/the/DT plan/plan/NN drafted/draft/VBN",
                "det(1,0) root(-1,1) acl(1,2)").sentences().get(0));
        assertEquals("acl", noun.relation(2));
        // "saw troops moving" with the gerund's own subject is no complement of the seeing's doer.
        Tree own = Tree.repaired(Parses.text("Kenya/Kenya/NNP saw/see/VBD troops/troop/NNS moving/move/VBG",
                "nsubj(1,0) root(-1,1) nsubj(3,2) acl(1,3)").sentences().get(0));
        assertEquals("acl", own.relation(3));
    }
}
