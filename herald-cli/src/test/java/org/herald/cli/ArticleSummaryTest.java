package org.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.herald.model.Article;
import org.herald.model.Outcome;
import org.herald.model.Reason;
import org.junit.jupiter.api.Test;

class ArticleSummaryTest {

    @Test
    void wrapsAtSpacesAndMarksWhatIsLeftOut() {
        List<String> lines = ArticleSummary.wrap("one two three four five six seven", 10, 2);
        assertEquals(List.of("one two", "three four …"), lines);
    }

    @Test
    void wideCharactersCountTwoColumns() {
        List<String> lines = ArticleSummary.wrap("湊川市立中央図書館は七日", 10, 3);
        assertEquals(List.of("湊川市立中", "央図書館は", "七日"), lines);
    }

    @Test
    void showsTheFieldsOfAnArticleAndTheReasonOfAFailure() {
        Article a = Article.builder("a.html").title("Ferry vote").authors(List.of("Mara Ellison"))
                .published("2026-03-04", false).paragraphs(List.of("The council voted.")).build();
        String ok = new ArticleSummary().format(Outcome.ok("a.html", a, List.of()));
        assertTrue(ok.contains("Ferry vote") && ok.contains("Mara Ellison") && ok.contains("2026-03-04"), ok);
        String failed = new ArticleSummary().format(Outcome.failed("b.html", Reason.EMPTY, "no bytes"));
        assertTrue(failed.contains("empty: no bytes"), failed);
    }
}
