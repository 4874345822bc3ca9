package org.herald.events.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
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

    @Test
    void aNounHungAsMarkOnTheNextClauseIsTheObjectOfTheVerbBefore() {
        // "Kenya expressed hopes talks resume": mark(resume, hopes) reads the noun as a conjunction.
        Sentence s = Parses.text("Kenya/Kenya/NNP expressed/express/VBD hopes/hope/NNS talks/talk/NNS resume/resume/VBP",
                "nsubj(1,0) root(-1,1) mark(4,2) nsubj(4,3) ccomp(1,4)").sentences().get(0);
        Tree t = Tree.repaired(s);
        assertEquals("obj", t.relation(2));
        assertEquals(Optional.of(1), t.governor(2));
    }

    @Test
    void aMarkThatIsAConjunctionStays() {
        // "Kenya said that talks resume": a real subordinator is no object.
        Tree t = Tree.repaired(Parses.text("Kenya/Kenya/NNP said/say/VBD that/that/IN talks/talk/NNS resume/resume/VBP",
                "nsubj(1,0) root(-1,1) mark(4,2) nsubj(4,3) ccomp(1,4)").sentences().get(0));
        assertEquals("mark", t.relation(2));
    }

    @Test
    void aSubjectWithAnObjectRightAfterAVerbIsThatVerbsObject() {
        // "Kenya expressed hopes the government will act", as CoreNLP parses it: nsubj(act, hopes), obj(hopes, government).
        Sentence s = Parses.text("Kenya/Kenya/NNP expressed/express/VBD hopes/hope/NNS the/the/DT government/government/NN "
                        + "will/will/MD act/act/VB",
                "nsubj(1,0) root(-1,1) nsubj(6,2) det(4,3) obj(2,4) aux(6,5) ccomp(1,6)").sentences().get(0);
        Tree t = Tree.repaired(s);
        assertEquals("obj", t.relation(2));
        assertEquals(Optional.of(1), t.governor(2));
        assertEquals("nsubj", t.relation(4));
        assertEquals(Optional.of(6), t.governor(4));
    }

    @Test
    void aClauseSubjectWithoutAnObjectStays() {
        // "Kenya said talks will resume": the subject of the complement is no object of "said".
        Tree t = Tree.repaired(Parses.text("Kenya/Kenya/NNP said/say/VBD talks/talk/NNS will/will/MD resume/resume/VB",
                "nsubj(1,0) root(-1,1) nsubj(4,2) aux(4,3) ccomp(1,4)").sentences().get(0));
        assertEquals("nsubj", t.relation(2));
    }
}
