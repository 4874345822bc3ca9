package org.herald.nlp.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The English PCFG from the models jar: one single-line Penn tree per sentence. */
class CoreNlpTreebankParserIT {
    @Test
    void givesOneBracketedTreePerSentence() {
        // Sample text written for Herald.
        List<String> trees = CoreNlpTreebankParser.load()
                .parse("Norland recalled its ambassador from Eastmark. Talks resumed on Monday.");
        assertEquals(2, trees.size(), trees.toString());
        assertTrue(trees.get(0).startsWith("(ROOT (S (NP (NNP Norland)) (VP (VBD recalled)"), trees.get(0));
        assertTrue(!trees.get(0).contains("\n"), "single line");
    }
}
