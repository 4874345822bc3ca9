package org.herald.events.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConsequencesTest {
    private static final String WORDS = "France/France/NNP warned/warn/VBD that/that/IN an/a/DT attack/attack/NN "
            + "%s grave/grave/JJ consequences/consequence/NNS for/for/IN Moscow/Moscow/NNP ./././";
    private final Consequences consequences = new Consequences();

    @Test
    void consequencesThatWouldComeAreAThreatOnWhomTheyAreFor() {
        Tree t = Parses.tree(String.format(WORDS, "would/would/MD have/have/VB"),
                "nsubj(1,0) root(-1,1) mark(6,2) det(4,3) nsubj(6,4) aux(6,5) ccomp(1,6) amod(8,7) obj(6,8) case(10,9) "
                        + "nmod(8,10) punct(1,11)");
        assertEquals(Optional.of(List.of(List.of(10), List.of())), consequences.targets(t, 1));
    }

    @Test
    void consequencesThatCameAreNoThreat() {
        Tree t = Parses.tree(String.format(WORDS, "had/have/VBD"),
                "nsubj(1,0) root(-1,1) mark(5,2) det(4,3) nsubj(5,4) ccomp(1,5) amod(7,6) obj(5,7) case(9,8) "
                        + "nmod(7,9) punct(1,10)");
        assertEquals(Optional.empty(), consequences.targets(t, 1));
    }
}
