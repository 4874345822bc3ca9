package org.herald.extract.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.herald.extract.ExtractSettings;
import org.herald.extract.date.DateParser;
import org.herald.extract.meta.BylineCleaner;
import org.herald.extract.meta.MetadataReader;
import org.herald.model.Article;
import org.herald.model.BodyConfidence;
import org.herald.model.Warning;
import org.junit.jupiter.api.Test;

/** The body confidence of whole pages (#10), with the shipped model: a story is trusted, a footer is not. */
class BodyConfidenceTest {
    private final DateParser dates = new DateParser();
    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor(ExtractSettings.defaults(), dates,
            new MetadataReader(dates, new BylineCleaner(dates), Clock.systemUTC()));

    private static final String HEAD = "<html><head><title>Valletta harbour reopens after the storm</title>"
            + "<meta name='description' content='Ferries to Gozo resumed as the harbour of Valletta reopened after"
            + " a three-day storm.'></head><body>";

    private static String story() {
        StringBuilder sb = new StringBuilder("<article><h1>Valletta harbour reopens after the storm</h1>");
        String[] facts = {"The harbour of Valletta reopened on Monday after a storm closed it for three days",
                "Ferries to Gozo resumed at noon, and the first cargo ship was unloaded by the evening",
                "Port officials said the breakwater held, although two pontoons were torn from their moorings",
                "Fishermen who sheltered in Marsaxlokk began returning to the harbour in the afternoon",
                "The transport minister thanked the crews who kept the ferries safe during the storm",
                "Forecasters expect calm seas for the rest of the week, the weather service said"};
        for (String f : facts) sb.append("<p>").append(f).append(", according to the port authority.</p>");
        return sb.append("</article>").toString();
    }

    /** A page whose only text is its footer: the shape that came out as "the article" on three held-out pages. */
    private static String footerOnly() {
        return "<div class='site'><div class='links'><a href='/a'>Home</a> <a href='/b'>News</a> <a href='/c'>Sport</a>"
                + " <a href='/d'>Weather</a> <a href='/e'>Travel</a></div>"
                + "<div class='bottom'><span>Harbour Media Group, 12 Quay Street, Valletta</span><br><br>"
                + "<span>Contact us</span><br><br><span>Terms of use</span><br><br><span>Privacy policy</span><br><br>"
                + "<span>Cookie settings</span><br><br><span>Newsroom: +356 2122 0000</span><br><br>"
                + "<span>© 2024 Harbour Media. All rights reserved</span></div></div>";
    }

    private BodyConfidence judge(String html, List<Warning> warnings) {
        Article a = extractor.extract("test", html, Optional.of("https://news.example/2024/05/03/harbour"), warnings);
        assertTrue(a.bodyConfidence().isPresent(), "every HTML page is judged");
        return a.bodyConfidence().get();
    }

    @Test
    void aStoryIsTrustedAndAFooterIsNot() {
        List<Warning> storyWarnings = new ArrayList<>();
        BodyConfidence story = judge(HEAD + story() + "</body></html>", storyWarnings);
        List<Warning> footerWarnings = new ArrayList<>();
        BodyConfidence footer = judge(HEAD + footerOnly() + "</body></html>", footerWarnings);
        assertFalse(story.doubtful(), "a story: " + story);
        assertTrue(storyWarnings.stream().noneMatch(w -> w.code().equals("body_doubtful")));
        assertTrue(footer.value() < story.value(), footer + " vs " + story);
        assertTrue(footer.doubtful(), "a footer: " + footer);
        assertTrue(footerWarnings.stream().anyMatch(w -> w.code().equals("body_doubtful")));
    }

    @Test
    void aBodyTheArticleBodyHintDisownsIsTrustedLess() {
        String hint = "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Valletta harbour"
                + " reopens after the storm\",\"articleBody\":\"" + story().replaceAll("<[^>]+>", " ") + "\"}</script>";
        String teaser = "<div class='teasers'><p>Fishermen in Marsaxlokk mend their nets after the storm, in"
                + " pictures from our photographers along the coast of the island this week.</p><p>Opinion: why"
                + " the breakwater needs money now, and what the government should do about it before winter.</p>"
                + "<p>Letters: readers in Birzebbuga write about the ferry timetable, the new bus routes and the"
                + " parking rules that came in over the summer months.</p></div>";
        // Three teasers, over a third of the hint's length: a shorter page would take its body from the hint itself
        // (ScriptBodyFinder), and this test is about a body the hint disowns.
        BodyConfidence agreeing = judge(HEAD.replace("</head>", hint + "</head>") + story() + "</body></html>",
                new ArrayList<>());
        BodyConfidence disowned = judge(HEAD.replace("</head>", hint + "</head>") + teaser + "</body></html>",
                new ArrayList<>());
        assertTrue(disowned.value() < agreeing.value(), disowned + " vs " + agreeing);
    }
}
