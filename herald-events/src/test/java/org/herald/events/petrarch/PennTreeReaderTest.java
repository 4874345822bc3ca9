package org.herald.events.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PennTreeReaderTest {
    @Test
    void readsPhrasesWordsAndRanges() {
        PennTree t = PennTreeReader.read("(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor))) (. .)))");
        assertEquals("ROOT", t.label());
        assertEquals(List.of("Arnor", "attacked", "Gondor", "."),
                t.words().stream().map(w -> w.word().orElseThrow()).toList());
        PennTree vp = t.children().get(0).children().get(1);
        assertEquals("VP", vp.label());
        assertEquals(1, vp.start());
        assertEquals(3, vp.end());
    }

    @Test
    void unbalancedBracketsFail() {
        assertThrows(IllegalArgumentException.class, () -> PennTreeReader.read("(ROOT (S (NP (NNP Arnor))"));
    }
}
