package org.herald.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LineFeaturizerTest {
    private final LineFeaturizer featurizer = new LineFeaturizer(CueLexicon.load(), LineShapes.load());

    @Test
    void repetitionIgnoresCaseAndSpacing() {
        List<LineFeatures> f = featurizer.features(List.of("Share this article", "Body text here.", "share  this ARTICLE"));
        assertFalse(f.get(0).repeatsEarlier());
        assertTrue(f.get(2).repeatsEarlier());
    }

    @Test
    void captionRepeatedWithCreditExtendsThePreviousLine() {
        String caption = "Firefighters battle a wildfire near Kalyra.";
        LineFeatures f = featurizer.features(List.of(caption, caption + " Copyright Maria Lenz")).get(1);
        assertEquals(Optional.of("Copyright Maria Lenz"), f.extendsPrevious());
        assertTrue(f.creditAt().isPresent());
    }

    @Test
    void chineseAndJapaneseCountAboutOneWordPerTwoCharacters() {
        assertEquals(4, LineFeaturizer.cjkWords("人工智能迈上新台阶"));
        assertEquals(0, LineFeaturizer.cjkWords("Storm leaves thousands without power"));
        assertTrue(LineFeaturizer.endsSentence("人工智能迈上新台阶。"));
        assertTrue(LineFeaturizer.endsSentence("「後果很嚴重！」"));
    }

    @Test
    void sentencesEndInsideQuotesAndBrackets() {
        assertTrue(LineFeaturizer.endsSentence("\"We will rebuild,\" she said."));
        assertTrue(LineFeaturizer.endsSentence("\u201cWe will rebuild.\u201d"));
        assertTrue(LineFeaturizer.endsSentence("It was late (around midnight.)"));
        assertFalse(LineFeaturizer.endsSentence("Evacuation orders"));
        assertFalse(LineFeaturizer.endsSentence(""));
    }

    @Test
    void bylinesAreShortAndCapitalised() {
        assertTrue(one("By AP & Kestrel News").byline());
        assertTrue(one("By Jonas Weir and Lena Ostrova").byline());
        assertFalse(one("By the end of the week the river had fallen").byline());
        assertFalse(one("By Tuesday, roads had reopened.").byline());
    }

    @Test
    void coverageCountsOnlyWords() {
        assertTrue(one("Listen to this article 4:12").coveredByCues());
        assertFalse(one("Share prices").coveredByCues());
        assertEquals(4, one("Share this articleComments").words());
    }

    private LineFeatures one(String line) {
        return featurizer.features(List.of(line)).get(0);
    }
}
