package org.herald.extract.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ContentHintsTest {
    private final ContentHints hints = ContentHints.load();

    private static Element div(String cls) {
        return Jsoup.parse("<div class='" + cls + "'>x</div>").selectFirst("div");
    }

    @Test
    void furnitureClassesAreUnlikelyUnlessTheyAlsoNameTheArticle() {
        assertTrue(hints.isUnlikely(div("site-sidebar")));
        assertTrue(hints.isUnlikely(div("cookie-consent")));
        assertFalse(hints.isUnlikely(div("article-header")));
        assertFalse(hints.isUnlikely(div("story-text")));
    }

    @Test
    void furnitureLinesMatchWholeParagraphsOnly() {
        assertTrue(hints.isFurnitureLine("ADVERTISEMENT"));
        assertTrue(hints.isFurnitureLine("Share this articleComments"));
        assertTrue(hints.isFurnitureLine("Photo: Jane Doe/Reuters"));
        assertTrue(hints.isFurnitureLine("Continue reading the main story"));
        assertFalse(hints.isFurnitureLine("The advertisement campaign was withdrawn after complaints."));
    }

    @Test
    void relatedHeadingsAreRecognised() {
        assertTrue(hints.isRelatedHeading("You might also like"));
        assertTrue(hints.isRelatedHeading("Read more:"));
        assertTrue(hints.isRelatedHeading("More from Europe"));
        assertFalse(hints.isRelatedHeading("Talks resume in Geneva after a week of clashes"));
    }
}
