package org.herald.nlp.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.herald.model.Span;
import org.junit.jupiter.api.Test;

class CreditsTest {
    @Test
    void creditLinesAndBracketedCreditsAreFound() {
        String text = "Lavrov spoke.\nPhoto: Jane Doe/Reuters\nScholz arrived. (AP Photo/Michael Sohn)\n";
        List<Span> spans = Credits.find(text);
        assertEquals(List.of("(AP Photo/Michael Sohn)", "Photo: Jane Doe/Reuters"),
                spans.stream().map(s -> s.of(text)).sorted().toList());
    }

    @Test
    void wireSignOffIsACredit() {
        String text = "Lavrov spoke. Reporting by John Smith in Moscow; Editing by Jane Roe";
        assertEquals(List.of("Reporting by John Smith in Moscow; Editing by Jane Roe"),
                Credits.find(text).stream().map(s -> s.of(text)).toList());
        assertEquals(List.of(), Credits.find("He said reporting by the agency was wrong."));
    }

    @Test
    void sentencesAboutPhotosAreNotCredits() {
        assertEquals(List.of(), Credits.find("Photos of the meeting showed Lavrov smiling."));
    }
}
