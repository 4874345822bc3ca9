package org.herald.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** #10: pull quotes; the paragraphs are samples written for this test. */
class PullQuoteRemoverTest {
    private static final String STORY = "The mayor was blunt. “We will not let the bridge fall into the river while we "
            + "argue about who pays for it,” she said after the vote.";
    private static final String CAPTION = "Engineers inspect the cracked pier on Tuesday morning.";

    @Test
    void aPullQuoteOfASentenceOfTheStoryIsDropped() {
        String pullQuote = "“We will not let the bridge fall into the river while we argue about who pays for it”";
        assertEquals(List.of(STORY), PullQuoteRemover.remove(List.of(pullQuote, STORY)));
        assertEquals(List.of(STORY), PullQuoteRemover.remove(List.of(STORY, pullQuote)));
        String quoted = "“The bridge stays shut until the piers are safe,” the engineer said.";
        assertEquals(List.of(quoted, STORY), PullQuoteRemover.remove(List.of(quoted, STORY, quoted)));
    }

    @Test
    void plainRepeatsShortFragmentsAndLinesOfCodeStay() {
        List<String> page = List.of(CAPTION, "Yes", "No", "Yes", "the mayor was blunt", STORY, CAPTION, CAPTION,
                "int x = 1;\nint y = 2;", "int x = 1;\nint y = 2;", "int x = 1;\nint y = 2;");
        assertEquals(page, PullQuoteRemover.remove(page));
    }
}
