package org.herald.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {
    @Test
    void foldsCaseAndAccentsAndMarksNamesInsideSentences() {
        List<Words.Word> words = Words.split("Police met Méndez. Then Police left");
        assertEquals(List.of("police", "met", "mendez", "then", "police", "left"),
                words.stream().map(Words.Word::text).toList());
        assertFalse(words.get(0).name(), "sentence-initial capital is no evidence of a name");
        assertTrue(words.get(2).name());
        assertFalse(words.get(3).name());
        assertTrue(words.get(4).name());
    }

    @Test
    void hanTextBecomesOverlappingCharacterPairs() {
        assertEquals(List.of("北京", "京大", "大学"), Words.split("北京大学").stream().map(Words.Word::text).toList());
    }

    @Test
    void arabicCyrillicAndEmptyTextAreReadWithoutFailing() {
        assertEquals(List.of("مرحبا", "بالعالم"), Words.split("مرحبا بالعالم").stream().map(Words.Word::text).toList());
        assertEquals(List.of("москва"), Words.split("Москва").stream().map(Words.Word::text).toList());
        assertTrue(Words.split("").isEmpty());
        assertTrue(Words.split(" ... !!").isEmpty());
    }
}
