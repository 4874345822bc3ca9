package org.herald.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class ImageSourceTest {
    private Optional<String> url(String html) {
        Document doc = Jsoup.parse(html, "https://example.org/news/story.html");
        return ImageSource.url(doc.selectFirst("img"));
    }

    @Test
    void prefersTheLargestSrcsetCandidate() {
        assertEquals(Optional.of("https://example.org/news/b.jpg"), url("<img src='s.jpg' srcset='a.jpg 1x, b.jpg 2x'>"));
    }

    @Test
    void readsPictureSources() {
        assertEquals(Optional.of("https://cdn.example.org/940.jpg"), url("<picture><source srcset='https://cdn.example.org/940.jpg'>"
                + "<img src='data:image/gif;base64,R0lG'></picture>"));
    }

    @Test
    void skipsPlaceholdersAndResolvesRelativeLinks() {
        assertEquals(Optional.of("https://example.org/img/real.jpg"), url("<img src='/blank.gif' data-lazy-src='/img/real.jpg'>"));
        assertEquals(Optional.of("https://cdn.example.org/x.jpg"), url("<img src='//cdn.example.org/x.jpg'>"));
        assertEquals(Optional.empty(), url("<img src='data:image/png;base64,iVBOR'>"));
    }
}
