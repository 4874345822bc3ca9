package org.herald.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LineClassifierTest {
    private final LineFeaturizer featurizer = new LineFeaturizer(CueLexicon.load(), LineShapes.load());
    private final LineClassifier classifier = new LineClassifier(ScrapedTextSettings.defaults());

    private Optional<ClassifiedLine> evident(String line) {
        return classifier.evident(featurizer.features(List.of(line)).get(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Advertisement", "ADVERTISEMENT", "Story continues below advertisement", "Sponsored content",
        "Share this articleComments", "Share on Facebook", "FacebookTwitterLinkedin", "Share: Facebook | X | WhatsApp",
        "Comments", "View comments", "Copy link",
        "Sign up for our newsletter", "Subscribe to our daily briefing", "Get the latest headlines in your inbox",
        "We use cookies to improve your experience. By continuing to use this site you accept our cookie policy.",
        "This website uses cookies", "Accept all", "Manage preferences",
        "Follow us on Twitter", "Follow us on Facebook, Instagram and TikTok",
        "Click here to read the full report", "Skip to main content", "Back to top",
        "Listen to this article", "Listen to article 4:12", "3 min read", "5 MIN READ", "12 minutes",
        "1/12", "Image 3 of 8",
        "© 2022 Kestrel Media Ltd. All rights reserved.", "Copyright 2021 Harbour Press", "(c) 2020 Ostrova Digital",
        "World | Europe | Politics | Business", "Reporting by Jonas Weir; Editing by Clara Holm",
        "Topics: Wildfires, Greece", "Open image in gallery", "Video", "Loading…", "Advertisement - scroll to continue"})
    void furnitureIsDropped(String line) {
        assertEquals(Optional.of(LineRole.FURNITURE), evident(line).map(ClassifiedLine::role), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Sign up rates for the scheme fell by a third last year, the ministry said in its annual report on Tuesday.",
        "The company said it would share the data with regulators.",
        "Share prices fell 3% in early trading.",
        "The advertisement was banned by the regulator on Monday.",
        "Cookies and cakes were sold at the fair to raise money for the school.",
        "\"You have to follow the rules,\" the coach told your correspondent.",
        "Evacuation orders", "What happens next",
        "By Tuesday evening most roads had reopened, police said."})
    void articleTextIsLeftAsContent(String line) {
        assertEquals(Optional.empty(), evident(line), line);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "By AP & Kestrel News | BYLINE",
        "BY MARIA LENZ | BYLINE",
        "Updated 14 March 2022, 09:12 GMT | DATE",
        "3 hours ago | DATE",
        "Published Monday 1 August 2022 | DATE",
        "You might also like | RELATED_HEADING",
        "Most read | RELATED_HEADING",
        "More from Europe | RELATED_HEADING",
        "Read more: | RELATED_HEADING",
        "Copyright Maria Lenz, Kestrel Press via AP | CREDIT",
        "Photo: Tomas Ruel/Harbour Press | CREDIT",
        "Maria Lenz/Reuters | CREDIT",
        "Jonas Weir/Getty Images | CREDIT"})
    void evidentRoles(String line, LineRole role) {
        assertEquals(Optional.of(role), evident(line).map(ClassifiedLine::role), line);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Read more: Storm leaves thousands without power | Storm leaves thousands without power",
        "Related: Morvian farmers protest over land for new motorway | Morvian farmers protest over land for new motorway",
        "SEE ALSO: Ferry strike ends after nine days | Ferry strike ends after nine days"})
    void inlineLinkKeepsOnlyTheHeadline(String line, String headline) {
        ClassifiedLine c = evident(line).orElseThrow();
        assertEquals(LineRole.RELATED, c.role());
        assertEquals(headline, c.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sign up for our newsletter", "We use cookies to give you the best experience on our site.",
        "FacebookTwitterLinkedin"})
    void furnitureScoresReachTheThreshold(String line) {
        int score = classifier.furnitureScore(featurizer.features(List.of(line)).get(0));
        assertTrue(score >= ScrapedTextSettings.defaults().furnitureThreshold(), line + " scored " + score);
    }

    @org.junit.jupiter.api.Test
    void repeatedLineIsFurnitureAndAppendedCreditIsACredit() {
        String caption = "Firefighters battle a wildfire near Kalyra on Monday.";
        List<LineFeatures> f = featurizer.features(List.of(caption, caption + " Copyright Maria Lenz via AP", caption));
        assertEquals(Optional.empty(), classifier.evident(f.get(0)));
        ClassifiedLine credit = classifier.evident(f.get(1)).orElseThrow();
        assertEquals(LineRole.CREDIT, credit.role());
        assertEquals("Copyright Maria Lenz via AP", credit.text());
        assertEquals(Optional.of(LineRole.FURNITURE), classifier.evident(f.get(2)).map(ClassifiedLine::role));
    }
}
