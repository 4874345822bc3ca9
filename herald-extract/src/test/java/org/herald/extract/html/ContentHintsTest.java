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

    // #10: comment threads and related-story boxes were rescued by "article", "story" or "body" in their own name.
    @Test
    void aKeepWordInsideACommentOrRelatedNameRescuesNothing() {
        assertTrue(hints.isUnlikely(div("article-comments")));
        assertTrue(hints.isUnlikely(div("comment-body")));
        assertTrue(hints.isUnlikely(div("pxp-section related-articles-box")));
        assertFalse(hints.isUnlikely(div("article-body has-comments")));
        assertFalse(hints.isUnlikely(div("article-header")));
    }

    @Test
    void authorBoxesAreKnownByTheirNames() {
        assertTrue(hints.isAuthorBio(div("article-end__author-bio")));
        assertTrue(hints.isAuthorBio(div("entry-author__description")));
        assertTrue(hints.isAuthorBio(div("author_bio")));
        assertFalse(hints.isAuthorBio(div("byline-author")));
    }

    @Test
    void newsletterConsentLinesAreFurniture() {
        assertTrue(hints.isFurnitureLine("By signing up you consent to receive the above newsletter from Example Media Inc."));
        assertTrue(hints.isFurnitureLine("By subscribing, you agree to our terms."));
        assertFalse(hints.isFurnitureLine("By signing up for the scheme, farmers gave up their water rights."));
    }

    @Test
    void furnitureLinesMatchWholeParagraphsOnly() {
        assertTrue(hints.isFurnitureLine("ADVERTISEMENT"));
        assertTrue(hints.isFurnitureLine("Share this articleComments"));
        assertTrue(hints.isFurnitureLine("Photo: Jane Doe/Reuters"));
        assertTrue(hints.isFurnitureLine("Continue reading the main story"));
        assertFalse(hints.isFurnitureLine("The advertisement campaign was withdrawn after complaints."));
    }

    // #10: furniture lines that survived inside article containers on pages of many sites.
    @Test
    void promptsImageTogglesAndPublicationStampsAreFurniture() {
        assertTrue(hints.isFurnitureLine("Also on news.example.com Minister resigns after a week of protests"));
        assertTrue(hints.isFurnitureLine("Like this story? Share it with a friend!"));
        assertTrue(hints.isFurnitureLine("Enlarge Image"));
        assertTrue(hints.isFurnitureLine("Published November 20th, 2019 - 07:29 GMT"));
        assertTrue(hints.isFurnitureLine("Updated: 3 March 2024, 10:15 a.m. ET"));
        assertTrue(hints.isFurnitureLine("… more"));
        assertTrue(hints.isFurnitureLine("Show less"));
        assertTrue(hints.isFurnitureLine("Firefighters at the scene of the blaze on Sunday. Photo by J. Roe … more"));
        assertFalse(hints.isFurnitureLine("Also on Monday, the minister met the unions in the capital."));
        assertFalse(hints.isFurnitureLine("Published in 1998, the novel sold two million copies."));
        assertFalse(hints.isFurnitureLine("More than 200 people attended."));
    }

    // #10: newsletter, share, comment and copyright lines, in English and German, written for this test.
    @Test
    void newsletterShareCommentAndCopyrightLinesAreFurniture() {
        assertTrue(hints.isFurnitureLine("GET THE EXAMPLE NEWS NEWSLETTER"));
        assertTrue(hints.isFurnitureLine("Schon gelesen?"));
        assertTrue(hints.isFurnitureLine("Beitrag teilen"));
        assertTrue(hints.isFurnitureLine("Teilen mit:"));
        assertTrue(hints.isFurnitureLine("12 Kommentare"));
        assertTrue(hints.isFurnitureLine("Leave a reply"));
        assertTrue(hints.isFurnitureLine("Wird geladen …"));
        assertTrue(hints.isFurnitureLine("© 2024 Example Media. All rights reserved."));
        assertTrue(hints.isFurnitureLine("(c) 2016"));
        assertFalse(hints.isFurnitureLine("Copyright law was changed in parliament last year."));
        assertFalse(hints.isFurnitureLine("Comments by the minister drew criticism on Monday."));
        assertFalse(hints.isFurnitureLine("Die Kommentare des Ministers sorgten für Kritik."));
    }

    /** #10, third round: lines written for this test in the shapes seen on the dev pages of many sites. */
    @Test
    void stampsPlaceholdersPromptsAndCreditedCaptionsAreFurniture() {
        assertTrue(hints.isFurnitureLine("Stand: 22.04.2024, 06:00 Uhr"));
        assertTrue(hints.isFurnitureLine("Aktualisiert am 07.01.2026 - 18:50 UhrLesedauer: 4 Min."));
        assertTrue(hints.isFurnitureLine("Lesedauer: 2 Min."));
        assertTrue(hints.isFurnitureLine("Player wird geladen"));
        assertTrue(hints.isFurnitureLine("Embed"));
        assertTrue(hints.isFurnitureLine("Ein Klick für den Datenschutz"));
        assertTrue(hints.isFurnitureLine("CLICK HERE TO GET THE HARBOUR NEWS APP"));
        assertTrue(hints.isFurnitureLine("For the latest stories and breaking news updates download the Harbour News apps for iOS and Android."));
        assertTrue(hints.isFurnitureLine("Fehler auf hafen.example entdeckt?"));
        assertTrue(hints.isFurnitureLine("Jetzt weiterlesen mit HZ+"));
        assertTrue(hints.isFurnitureLine("Keine Kommentare"));
        assertTrue(hints.isFurnitureLine("Kommentar verfassen"));
        assertTrue(hints.isFurnitureLine("Sie müssen sich einloggen, um sich an einer Diskussion beteiligen zu können."));
        assertTrue(hints.isFurnitureLine("You must be logged in to post a comment."));
        assertTrue(hints.isFurnitureLine("This entry was posted in Harbour, Politics by Jane Roe."));
        assertTrue(hints.isFurnitureLine("Zum Weiterlesen"));
        assertTrue(hints.isFurnitureLine("Previous article"));
        assertTrue(hints.isFurnitureLine("VEA TAMBIÉN"));
        assertTrue(hints.isFurnitureLine("Die Schulleiterin empfing am Montag nur 14 von 75 Kindern © Volksschule Hafen"));
        assertFalse(hints.isFurnitureLine("Am 22.04.2024 trat der Rat zusammen, um über den Hafen zu beraten."));
        assertFalse(hints.isFurnitureLine("The minister said the embed programme for reporters would end."));
        assertFalse(hints.isFurnitureLine("You must be careful, she said, to read the fine print."));
        assertFalse(hints.isFurnitureLine("Die Kommentare des Ministers sorgten für Kritik."));
    }

    @Test
    void moreLinksAreWholeShortLinkTexts() {
        assertTrue(hints.isMoreLink("mehr"));
        assertTrue(hints.isMoreLink("Read more »"));
        assertTrue(hints.isMoreLink("Lire la suite"));
        assertFalse(hints.isMoreLink("more than 200 people"));
        assertFalse(hints.isMoreLink("Mehrheit"));
    }

    @Test
    void relatedHeadingsAreRecognised() {
        assertTrue(hints.isRelatedHeading("You might also like"));
        assertTrue(hints.isRelatedHeading("Read more:"));
        assertTrue(hints.isRelatedHeading("More from Europe"));
        assertFalse(hints.isRelatedHeading("Talks resume in Geneva after a week of clashes"));
    }
}
