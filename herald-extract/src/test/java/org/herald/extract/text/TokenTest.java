package org.herald.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenTest {
    @Test
    void runTogetherWordsAreSplitAtCapitals() {
        assertEquals(List.of("share", "this", "article", "comments"), words("Share this articleComments"));
        assertEquals(List.of("facebook", "twitter", "linkedin"), words("FacebookTwitterLinkedin"));
        assertEquals(List.of("advertisement", "comments"), words("ADVERTISEMENTComments"));
        assertEquals(List.of("3", "min", "read"), words("3min read"));
    }

    @Test
    void creditSymbolsAreWordsAndOffsetsPointIntoTheLine() {
        assertEquals(List.of("maria", "lenz", "/", "reuters"), words("Maria Lenz/Reuters"));
        assertEquals(List.of("©", "2022", "kestrel"), words("© 2022 Kestrel"));
        Token t = Token.of("Read more: Storm").get(2);
        assertEquals(":", t.word());
        assertEquals(9, t.start());
    }

    private static List<String> words(String line) {
        return Token.of(line).stream().map(Token::word).toList();
    }
}
