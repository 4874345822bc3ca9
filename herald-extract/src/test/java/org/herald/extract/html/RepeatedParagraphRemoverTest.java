package org.herald.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** #10: a paragraph printed twice appears once; the paragraphs are samples written for this test. */
class RepeatedParagraphRemoverTest {
    private static final String CAPTION = "Engineers inspect the cracked pier of the old bridge on Tuesday morning.";
    private static final String TEASER = "Harbour council votes to close the old bridge";
    private static final String STORY = "The council voted on Monday to close the bridge until its piers are repaired.";

    @Test
    void aLaterCopyOfACaptionOrTeaserIsDropped() {
        assertEquals(List.of(CAPTION, STORY, TEASER, "Repairs will take a year."),
                RepeatedParagraphRemover.remove(List.of(CAPTION, STORY, CAPTION, TEASER, "Repairs will take a year.",
                        TEASER)));
    }

    @Test
    void shortLinesCodeRunsAndLongSectionsStay() {
        String code = "int x = 1;\nint y = 2;";
        String longSection = (STORY + " ").repeat(6).strip();
        List<String> page = List.of("Yes", "No", "Yes", code, STORY, code, longSection, CAPTION, longSection);
        assertEquals(page, RepeatedParagraphRemover.remove(page));
        // A run printed again (a table of contents, then the headings themselves) is kept as printed.
        List<String> contents = List.of("How the vote went tonight", "What the council decided", STORY,
                "How the vote went tonight", "What the council decided", CAPTION);
        assertEquals(contents, RepeatedParagraphRemover.remove(contents));
        // A heading of the contents list printed again over its section, and one paragraph under each new heading.
        List<String> sections = List.of("Closing the bridge", "Paying for repairs", STORY, "Closing the bridge",
                "The vote was close: seven to six.", "First heading", CAPTION, "Second heading", CAPTION);
        assertEquals(sections, RepeatedParagraphRemover.remove(sections));
    }
}
