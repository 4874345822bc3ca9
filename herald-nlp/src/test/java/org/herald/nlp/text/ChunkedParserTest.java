package org.herald.nlp.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkedParserTest {

    @Test
    void shortTextGoesToTheParserWhole() {
        WordParser words = new WordParser();
        new ChunkedParser(words, 100).parse("The ferry runs at night.\n\nIt stops at dawn.");
        assertEquals(1, words.seen.size());
    }

    @Test
    void longTextIsCutAtParagraphBreaksAndOffsetsPointIntoTheWholeText() {
        String paragraph = "Officials said the harbour would reopen on Friday after repairs.";
        String text = String.join("\n\n", List.of(paragraph, paragraph, paragraph, paragraph, paragraph));
        WordParser words = new WordParser();
        ParsedText parsed = new ChunkedParser(words, 150).parse(text);
        assertTrue(words.seen.size() >= 3, "chunks: " + words.seen.size());
        assertEquals(text, String.join("", words.seen), "chunks cover the text without gaps or overlaps");
        for (String chunk : words.seen.subList(0, words.seen.size() - 1)) {
            assertTrue(chunk.endsWith("\n\n"), "ends at a paragraph break: " + chunk);
        }
        int index = 0;
        for (Sentence s : parsed.sentences()) {
            assertEquals(index++, s.index());
            for (Token t : s.tokens()) {
                assertEquals(t.text(), t.span().of(text));
            }
        }
        assertEquals(50, parsed.sentences().stream().mapToInt(s -> s.tokens().size()).sum());
    }

    @Test
    void paragraphWithoutBreaksIsCutAtSpacesAndAWordLongerThanAChunkIsCutAnyway() {
        String text = "word ".repeat(100) + "x".repeat(250);
        WordParser words = new WordParser();
        ParsedText parsed = new ChunkedParser(words, 100).parse(text);
        assertEquals(text, String.join("", words.seen));
        for (String chunk : words.seen) {
            assertTrue(chunk.length() <= 100);
        }
        for (Sentence s : parsed.sentences()) {
            for (Token t : s.tokens()) assertEquals(t.text(), t.span().of(text));
        }
    }
}
