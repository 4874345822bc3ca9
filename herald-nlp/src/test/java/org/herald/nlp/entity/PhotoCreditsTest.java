package org.herald.nlp.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.herald.model.Span;
import org.junit.jupiter.api.Test;

class PhotoCreditsTest {
    @Test
    void creditLinesAndBracketedCreditsAreFound() {
        String text = "Lavrov spoke.\nPhoto: Jane Doe/Reuters\nScholz arrived. (AP Photo/Michael Sohn)\n";
        List<Span> spans = PhotoCredits.find(text);
        assertEquals(List.of("(AP Photo/Michael Sohn)", "Photo: Jane Doe/Reuters"),
                spans.stream().map(s -> s.of(text)).sorted().toList());
    }

    @Test
    void sentencesAboutPhotosAreNotCredits() {
        assertEquals(List.of(), PhotoCredits.find("Photos of the meeting showed Lavrov smiling."));
    }
}
