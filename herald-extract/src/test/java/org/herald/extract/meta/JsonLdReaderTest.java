package org.herald.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class JsonLdReaderTest {
    private final JsonLdReader reader = new JsonLdReader();

    private LinkedData read(String json) {
        return reader.read(Jsoup.parse("<script type='application/ld+json'>" + json + "</script>"));
    }

    @Test
    void picksTheBestRankedTypeAmongManyObjects() {
        LinkedData data = read("[{\"@type\":\"WebPage\",\"name\":\"Page\"},{\"@type\":[\"Thing\",\"NewsArticle\"],\"headline\":\"News\"}]");
        assertEquals(List.of("Thing", "NewsArticle"), data.types());
        assertEquals(List.of("News"), data.values("headline", false));
    }

    @Test
    void repairsCommonBreakage() {
        assertEquals(List.of("A"), read("//<![CDATA[\n{\"@type\":\"Article\", \"headline\":\"A\",}\n//]]>").values("headline", false));
        assertEquals(List.of("B"), read("{'@type': 'Article', /* comment */ 'headline': 'B'}").values("headline", false));
        assertTrue(read("{\"@type\": \"Article\", \"headline\": ").types().isEmpty());
    }

    @Test
    void followsIdLinksAndReadsUrlsOfImages() {
        LinkedData data = read("{\"@graph\":[{\"@type\":\"Article\",\"author\":{\"@id\":\"#p\"},\"image\":{\"@type\":\"ImageObject\","
                + "\"url\":\"https://x.org/a.jpg\"},\"publisher\":{\"name\":\"Pub\"}},{\"@id\":\"#p\",\"@type\":\"Person\",\"name\":\"Jane\"}]}");
        assertEquals(List.of("Jane"), data.values("author", false));
        assertEquals(List.of("Jane"), data.personNames("author"));
        assertEquals(List.of("https://x.org/a.jpg"), data.values("image", true));
        assertEquals(List.of("Pub"), data.values("publisher.name", false));
    }
}
