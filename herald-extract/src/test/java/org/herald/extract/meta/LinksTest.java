package org.herald.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LinksTest {
    @Test
    void resolvesRelativeLinksAgainstThePage() {
        assertEquals(Optional.of("https://example.org/img/a.jpg"), Links.absolute("/img/a.jpg", "https://example.org/news/story"));
        assertEquals(Optional.of("https://example.org/news/a.jpg"), Links.absolute(" a.jpg ", "https://example.org/news/story"));
    }

    @Test
    void toleratesCharactersBrowsersAccept() {
        assertEquals(Optional.of("https://example.org/a|b.jpg"), Links.absolute("a|b.jpg", "https://example.org/"));
    }

    @Test
    void onlyWebLinks() {
        assertEquals(Optional.empty(), Links.absolute("javascript:void(0)", "https://example.org/"));
        assertEquals(Optional.empty(), Links.absolute("data:image/png;base64,AAAA", "https://example.org/"));
        assertEquals(Optional.empty(), Links.absolute("/relative/only", ""));
    }
}
