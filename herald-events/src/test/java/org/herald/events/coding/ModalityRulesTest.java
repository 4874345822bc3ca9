package org.herald.events.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.herald.model.Evidence;
import org.herald.model.Span;
import org.herald.model.analysis.EventMode;
import org.herald.model.analysis.Quote;
import org.herald.model.analysis.QuoteType;
import org.junit.jupiter.api.Test;

/** Each modality rule on hand-written parses of the kind CoreNLP produces. */
class ModalityRulesTest {
    private static final Tree DID_NOT_ATTACK = Parses.tree("Russia/Russia/NNP did/do/VBD not/not/RB attack/attack/VB "
            + "Ukraine/Ukraine/NNP ./././.", "nsubj(3,0) aux(3,1) advmod(3,2) root(-1,3) obj(3,4) punct(3,5)");
    private static final Tree DENIES_PLANS = Parses.tree("Moscow/Moscow/NNP denies/deny/VBZ it/it/PRP has/have/VBZ "
            + "any/any/DT plans/plan/NNS to/to/TO invade/invade/VB Ukraine/Ukraine/NNP ./././.",
            "nsubj(1,0) root(-1,1) nsubj(3,2) ccomp(1,3) det(5,4) obj(3,5) mark(7,6) acl(5,7) obj(7,8) punct(1,9)");
    private static final Tree ATTACKED = Parses.tree("Russia/Russia/NNP attacked/attack/VBD Ukraine/Ukraine/NNP "
            + "./././.", "nsubj(1,0) root(-1,1) obj(1,2) punct(1,3)");
    private static final Tree COULD_INVADE = Parses.tree("Russia/Russia/NNP could/could/MD invade/invade/VB "
            + "Ukraine/Ukraine/NNP ./././.", "nsubj(2,0) aux(2,1) root(-1,2) obj(2,3) punct(2,4)");
    private static final Tree IF_ATTACKS = Parses.tree("If/if/IN Iran/Iran/NNP attacks/attack/VBZ Israel/Israel/NNP "
            + ",/,/, the/the/DT United/United/NNP States/States/NNP will/will/MD respond/respond/VB ./././.",
            "mark(2,0) nsubj(2,1) advcl(9,2) obj(2,3) punct(9,4) det(7,5) compound(7,6) nsubj(9,7) aux(9,8) "
                    + "root(-1,9) punct(9,10)");
    private static final Tree WILL_VISIT = Parses.tree("Xi/Xi/NNP will/will/MD visit/visit/VB France/France/NNP "
            + "./././.", "nsubj(2,0) aux(2,1) root(-1,2) obj(2,3) punct(2,4)");
    private static final Tree PLANS_TO_VISIT = Parses.tree("Xi/Xi/NNP plans/plan/VBZ to/to/TO visit/visit/VB "
            + "France/France/NNP ./././.", "nsubj(1,0) root(-1,1) mark(3,2) xcomp(1,3) obj(3,4) punct(1,5)");
    private static final Tree IS_TO_VISIT = Parses.tree("Xi/Xi/NNP is/be/VBZ to/to/TO visit/visit/VB "
            + "France/France/NNP ./././.", "nsubj(1,0) root(-1,1) mark(3,2) xcomp(1,3) obj(3,4) punct(1,5)");
    private static final Tree SAID_SHELLED = Parses.tree("Ukraine/Ukraine/NNP said/say/VBD Russia/Russia/NNP "
            + "shelled/shell/VBD Kharkiv/Kharkiv/NNP ./././.", "nsubj(1,0) root(-1,1) nsubj(3,2) ccomp(1,3) obj(3,4) "
            + "punct(1,5)");

    private static final Tree DECLINED_AFTER_ATTACK = Parses.tree("Exports/export/NNS declined/decline/VBD "
            + "after/after/IN Russia/Russia/NNP attacked/attack/VBD Odesa/Odesa/NNP ./././.",
            "nsubj(1,0) root(-1,1) mark(4,2) nsubj(4,3) advcl(1,4) obj(4,5) punct(1,6)");
    private static final Tree DECLINED_TO_SIGN = Parses.tree("Serbia/Serbia/NNP declined/decline/VBD to/to/TO "
            + "sign/sign/VB the/the/DT accord/accord/NN ./././.",
            "nsubj(1,0) root(-1,1) mark(3,2) xcomp(1,3) det(5,4) obj(3,5) punct(1,6)");

    @Test
    void aDecliningVerbNegatesItsComplementNotTheClauseBesideIt() {
        assertEquals(EventMode.NEGATED, new NegationRule().apply(DECLINED_TO_SIGN, 3, List.of()).orElseThrow().mode());
        assertEquals(Optional.empty(), new NegationRule().apply(DECLINED_AFTER_ATTACK, 4, List.of()),
                "exports declining after an attack do not deny the attack");
    }

    @Test
    void negationByNotAndByADenyingVerbAbove() {
        assertEquals(EventMode.NEGATED, new NegationRule().apply(DID_NOT_ATTACK, 3, List.of()).orElseThrow().mode());
        ModeCue denied = new NegationRule().apply(DENIES_PLANS, 7, List.of()).orElseThrow();
        assertEquals(EventMode.NEGATED, denied.mode());
        assertTrue(denied.why().contains("denies"), denied.why());
        assertEquals(Optional.empty(), new NegationRule().apply(ATTACKED, 1, List.of()));
        // "cut taxes without consulting the OBR": what "without" introduces did not happen
        Tree without = Parses.tree("Britain/Britain/NNP cut/cut/VBD taxes/tax/NNS without/without/IN "
                + "consulting/consult/VBG Brussels/Brussels/NNP ./././.",
                "nsubj(1,0) root(-1,1) obj(1,2) mark(4,3) advcl(1,4) obj(4,5) punct(1,6)");
        assertEquals(EventMode.NEGATED, new NegationRule().apply(without, 4, List.of()).orElseThrow().mode());
        assertEquals(Optional.empty(), new NegationRule().apply(without, 1, List.of()));
    }

    @Test
    void aQuestionAssertsNothing() {
        Tree question = Parses.tree("Will/will/MD the/the/DT regime/regime/NN cooperate/cooperate/VB ?/?/.",
                "aux(3,0) det(2,1) nsubj(3,2) root(-1,3) punct(3,4)");
        Tree statement = Parses.tree("The/the/DT regime/regime/NN cooperated/cooperate/VBD ./././.",
                "det(1,0) nsubj(2,1) root(-1,2) punct(2,3)");
        assertEquals(EventMode.HYPOTHETICAL, new HypotheticalRule().apply(question, 3, List.of()).orElseThrow().mode());
        assertEquals(Optional.empty(), new HypotheticalRule().apply(statement, 2, List.of()));
    }

    @Test
    void hypotheticalByModalAndByIfClause() {
        assertEquals(EventMode.HYPOTHETICAL, new HypotheticalRule().apply(COULD_INVADE, 2, List.of()).orElseThrow()
                .mode());
        assertEquals(EventMode.HYPOTHETICAL, new HypotheticalRule().apply(IF_ATTACKS, 2, List.of()).orElseThrow()
                .mode());
        assertEquals(Optional.empty(), new HypotheticalRule().apply(ATTACKED, 1, List.of()));
        assertEquals(Optional.empty(), new HypotheticalRule().apply(WILL_VISIT, 2, List.of()));
    }

    @Test
    void futureByWillByPlansAndByIsTo() {
        assertEquals(EventMode.FUTURE, new FutureRule().apply(WILL_VISIT, 2, List.of()).orElseThrow().mode());
        assertEquals(EventMode.FUTURE, new FutureRule().apply(PLANS_TO_VISIT, 3, List.of()).orElseThrow().mode());
        assertEquals(EventMode.FUTURE, new FutureRule().apply(IS_TO_VISIT, 3, List.of()).orElseThrow().mode());
        assertEquals(Optional.empty(), new FutureRule().apply(ATTACKED, 1, List.of()));
        // "plans" is a future cue too, but negation runs first in the chain.
        assertEquals(EventMode.FUTURE, new FutureRule().apply(DENIES_PLANS, 7, List.of()).orElseThrow().mode());
    }

    @Test
    void reportedUnderASayingVerbOrInsideAQuote() {
        assertEquals(EventMode.REPORTED, new ReportedRule().apply(SAID_SHELLED, 3, List.of()).orElseThrow().mode());
        Quote quote = new Quote(new Span(0, 24), QuoteType.DIRECT, Optional.empty(), Optional.empty(),
                Optional.empty(), new Span(0, 24), new Evidence("quotes", "test"));
        assertEquals(EventMode.REPORTED, new ReportedRule().apply(ATTACKED, 1, List.of(quote)).orElseThrow().mode());
        assertEquals(Optional.empty(), new ReportedRule().apply(ATTACKED, 1, List.of()));
    }
}
