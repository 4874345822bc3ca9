package org.herald.extract.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.herald.model.Article;

/** Arbitrary text never escapes as an exception, and whatever is kept was in the input. */
class ScrapedTextPropertiesTest {
    private final ScrapedTextExtractor extractor = new ScrapedTextExtractor();

    @Property(tries = 300)
    void anyTextGivesAnArticle(@ForAll @Size(max = 30) List<@StringLength(max = 120) String> lines) {
        String text = String.join("\n", lines);
        Article a = extractor.extract("p", text, Optional.empty(), new ArrayList<>());
        String squeezed = squeeze(text);
        for (String p : a.paragraphs()) {
            assertTrue(squeezed.contains(squeeze(p)), () -> "invented paragraph: " + p);
        }
        a.title().ifPresent(t -> assertTrue(squeezed.contains(squeeze(t))));
    }

    @Property(tries = 200)
    void furnitureWordsInAnyOrderNeverThrow(@ForAll @Size(max = 40) List<@StringLength(max = 3) String> cells) {
        StringBuilder text = new StringBuilder();
        String[] words = {"Share", "Read more:", "©", "By", "Photo:", "\n", "\n\n", "ADVERTISEMENT", "1/2", "Related", "(",
            ")", "—", "You might also like", "Copyright", ".", "MORVIA (AP) — "};
        for (String c : cells) {
            text.append(words[Math.floorMod(c.hashCode(), words.length)]).append(c);
        }
        extractor.read("p", text.toString(), Optional.empty(), new ArrayList<>());
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }
}
