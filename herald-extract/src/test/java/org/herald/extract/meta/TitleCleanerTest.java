package org.herald.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TitleCleanerTest {
    private final TitleCleaner cleaner = new TitleCleaner();

    @Test
    void removesAKnownSiteName() {
        assertEquals("Headline here", cleaner.clean("Headline here | The Site", Optional.of("The Site")));
        assertEquals("Headline here", cleaner.clean("Headline here - The Site", Optional.of("The Site")));
        assertEquals("Headline here", cleaner.clean("The Site: Headline here", Optional.of("The Site")));
        assertEquals("Tom & Jerry", cleaner.clean("Tom &amp; Jerry", Optional.empty()));
    }

    @Test
    void guessesTheBrandOfADocumentTitle() {
        assertEquals("A long headline here", cleaner.cleanDocumentTitle("A long headline here | Brand", Optional.empty(), List.of()));
        assertEquals("Weekly edition for March 26", cleaner.cleanDocumentTitle("Weekly edition for March 26 [LWN.net]",
                Optional.empty(), List.of()));
        assertEquals("Short - Title", cleaner.cleanDocumentTitle("Short - Title", Optional.empty(), List.of()));
        assertEquals("The headline", cleaner.cleanDocumentTitle("News: The headline", Optional.empty(), List.of("The headline")));
    }

    @Test
    void agreementCountsSharedWords() {
        assertTrue(TitleCleaner.agrees("New Zealand", "New Zealand - Wikipedia"));
        assertFalse(TitleCleaner.agrees("country in Oceania", "New Zealand - Wikipedia"));
    }
}
