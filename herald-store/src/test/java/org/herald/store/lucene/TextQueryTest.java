package org.herald.store.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.junit.jupiter.api.Test;

class TextQueryTest {
    private final TextQuery english = new TextQuery(new EnglishAnalyzer());

    @Test
    void wordsAndQuotedPhrases() {
        assertEquals(List.of("peace", "talks in Geneva", "resume"),
                TextQuery.parts("peace \"talks in Geneva\" resume"));
        assertEquals(List.of("talks in Geneva"), TextQuery.parts("\u201Ctalks in Geneva\u201D"));
    }

    @Test
    void anUnbalancedQuoteIsIgnored() {
        assertEquals(List.of("peace", "talks", "now"), TextQuery.parts("peace \"talks now"));
        assertEquals(List.of(), TextQuery.parts("\""));
    }

    @Test
    void nothingSearchableGivesNoQuery() {
        for (String text : new String[] {"", "  ", "*:*", "\\", "AND OR NOT", "\"the\""}) {
            assertTrue(english.allParts(text, Map.of("body", 1f)).isEmpty(), text);
        }
    }

    @Test
    void aVeryLongTextIsCappedBelowLuceneClauseLimit() {
        String words = "word ".repeat(5000);
        assertTrue(english.allParts(words, Map.of("title", 3f, "summary", 2f, "body", 1f)).isPresent());
    }
}
