package org.herald.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BodySignalsTest {
    private final BodySignals signals = new BodySignals(ContentHints.load());

    private static final String STORY = "The harbour of Valletta reopened on Monday after a storm closed it for three"
            + " days, port officials said.";
    private static final String MORE = "Ferries to Gozo resumed at noon, and the first cargo ship was unloaded by"
            + " evening, the authority added.";

    private Map<String, Double> measure(List<String> paragraphs, String title, Optional<String> hint) {
        return signals.measure(paragraphs, title, Optional.empty(), 0.05, hint, 1000, false);
    }

    @Test
    void aStoryEndsItsParagraphsAndSharesTheTitlesWords() {
        Map<String, Double> s = measure(List.of(STORY, MORE), "Valletta harbour reopened after storm", Optional.empty());
        assertEquals(1.0, s.get("sentence_end_share"));
        assertEquals(1.0, s.get("title_overlap"), "valletta, harbour, reopened, after, storm all in the body");
        assertEquals(0.0, s.get("legal_share"));
        assertEquals(0.0, s.get("duplicate_share"));
        assertEquals(0.05, s.get("link_density"));
        assertEquals(1.0, s.get("hint_absent"));
    }

    @Test
    void aFooterHasLegalLinesShortLinesAndNoneOfTheTitle() {
        Map<String, Double> s = measure(List.of("Contact us", "Privacy policy", "Terms of use", "© 2024 Harbour Media"),
                "Valletta port reopened after storm", Optional.empty());
        assertEquals(1.0, s.get("legal_share"));
        assertEquals(1.0, s.get("short_line_share"));
        assertEquals(0.0, s.get("sentence_end_share"));
        assertEquals(0.0, s.get("title_overlap"));
    }

    @Test
    void aRepeatedCaptionCountsAsADuplicate() {
        String caption = "Boats wait outside the harbour of Valletta on Sunday";
        Map<String, Double> s = measure(List.of(caption, STORY, caption, MORE), "Harbour reopened", Optional.empty());
        assertEquals(0.25, s.get("duplicate_share"));
    }

    @Test
    void theArticleBodyHintAgreesWithTheSameTextAndNotWithAnother() {
        String hint = STORY + " " + MORE + " " + STORY.replace("Monday", "Tuesday");
        Map<String, Double> agreeing = measure(List.of(STORY, MORE), "Harbour", Optional.of(hint));
        assertEquals(0.0, agreeing.get("hint_absent"));
        assertEquals(1.0, agreeing.get("hint_precision"), "every body trigram is in the hint");
        Map<String, Double> other = measure(List.of("Sign up for our newsletter and get the best stories of the"
                + " week in your inbox every Friday morning, free of charge."), "Harbour", Optional.of(hint));
        assertEquals(0.0, other.get("hint_precision"));
        assertEquals(0.0, other.get("hint_recall"));
    }

    @Test
    void aShortHintIsADescriptionNotABody() {
        assertEquals(1.0, measure(List.of(STORY), "Harbour", Optional.of("The harbour reopened.")).get("hint_absent"));
    }
}
