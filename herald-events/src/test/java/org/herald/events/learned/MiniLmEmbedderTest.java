package org.herald.events.learned;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 10: our single-threaded session gives LangChain4j's own vectors, to the bit. */
class MiniLmEmbedderTest {
    // Written for this test: short and long sentences, numbers, quotes, non-ASCII names, a very long run-on.
    private static final List<String> SENTENCES = List.of(
            "Yes.",
            "Rebels attacked a convoy near the border, killing three soldiers and wounding at least 12 others.",
            "\"We will not accept ultimatums from anyone,\" Foreign Minister Anna Berg told reporters in Oslo.",
            "The talks, which began in Geneva last month, collapsed after Moscow rejected a ceasefire proposal.",
            "Prices rose 3.2% in March, up from 2.9% in February, the statistics office said.",
            "Président Macron a rencontré Olaf Scholz à Berlin, où ils ont discuté de l'Ukraine.",
            "The central bank raised its key rate by half a point on Thursday.",
            "Police arrested 41 people (including two journalists) during Sunday's protest in the capital.",
            "Thousands marched through the city to demand the release of the jailed opposition leader, "
                    + "who has been held without charge since his arrest at the airport in January, while "
                    + "riot police blocked the roads to the parliament and the presidential palace.");

    @Test
    void sameVectorsAsTheLibrarysOwnModel() {
        AllMiniLmL6V2QuantizedEmbeddingModel library = new AllMiniLmL6V2QuantizedEmbeddingModel();
        MiniLmEmbedder ours = new MiniLmEmbedder();
        for (String sentence : SENTENCES) {
            float[] expected = library.embed(sentence).content().vector();
            float[] actual = ours.embed(sentence);
            assertEquals(ours.dimension(), actual.length);
            assertArrayEquals(expected, actual, 0.0f, sentence);
        }
    }
}
