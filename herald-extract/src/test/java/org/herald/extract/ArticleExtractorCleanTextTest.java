package org.herald.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import java.util.Optional;
import org.herald.model.Article;
import org.herald.model.Outcome;
import org.herald.model.Reason;
import org.junit.jupiter.api.Test;

class ArticleExtractorCleanTextTest {
    private final ArticleExtractor extractor = new ArticleExtractor(ExtractSettings.defaults());

    private Article ok(String text) {
        Outcome<Article> o = extractor.fromCleanText("x", text, Optional.empty());
        return assertInstanceOf(Outcome.Ok.class, o).value() instanceof Article a ? a : null;
    }

    @Test
    void textWithoutBlankLinesHasOneParagraphPerLine() {
        assertEquals(List.of("One.", "Two.", "Three."), ok("One.\nTwo.\r\nThree.").paragraphs());
    }

    @Test
    void blankLinesSeparateParagraphsAndNothingIsDropped() {
        Article a = ok("Share this article\nADVERTISEMENT\n\nThe minister said the talks would resume.");
        assertEquals(List.of("Share this article\nADVERTISEMENT", "The minister said the talks would resume."),
                a.paragraphs());
    }

    @Test
    void languageIsGuessedFromTheText() {
        Article a = ok("Die Regierung hat am Montag beschlossen, dass die Verhandlungen mit den Nachbarländern "
                + "fortgesetzt werden, obwohl die Opposition dagegen ist und die Gespräche für sinnlos hält.");
        assertEquals(Optional.of("de"), a.language());
    }

    @Test
    void blankTextIsEmpty() {
        Outcome<Article> o = extractor.fromCleanText("x", " \n\n ", Optional.empty());
        assertEquals(Reason.EMPTY, assertInstanceOf(Outcome.Failed.class, o).reason());
    }
}
