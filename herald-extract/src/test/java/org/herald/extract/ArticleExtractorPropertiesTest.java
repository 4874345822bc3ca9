package org.herald.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;
import org.herald.model.Article;
import org.herald.model.Outcome;

/**
 * The extractor's contract on arbitrary input: it never throws, an Ok article has paragraphs whose join is the
 * body, a failure says why, and the same bytes always give the same outcome.
 */
class ArticleExtractorPropertiesTest {
    private static final List<String> TAGS = List.of("div", "p", "span", "a", "article", "section", "nav", "aside",
            "header", "footer", "main", "figure", "figcaption", "h1", "h2", "ul", "li", "table", "tr", "td", "br",
            "img", "script", "style", "noscript", "blockquote", "b", "i", "time", "template", "svg", "title");
    private static final List<String> ATTRIBUTES = List.of("", " class=\"content\"", " class=\"share-bar\"",
            " class=\"ad\"", " id=\"main\"", " class=\"related\"", " itemprop=\"articleBody\"", " hidden",
            " href=\"/x\"", " class=\"byline\"", " datetime=\"2026-01-02\"", " class='caption'");

    private final ArticleExtractor extractor = new ArticleExtractor(ExtractSettings.defaults());

    @Property(tries = 300)
    void arbitraryStringsKeepTheContract(@ForAll String text, @ForAll RawDocument.Format format) {
        checkContract(text.getBytes(StandardCharsets.UTF_8), format);
    }

    @Property(tries = 300)
    void arbitraryBytesKeepTheContract(@ForAll @Size(max = 2000) byte[] bytes, @ForAll RawDocument.Format format) {
        checkContract(bytes, format);
    }

    @Property(tries = 300)
    void tagSoupKeepsTheContract(@ForAll("tagSoup") String html, @ForAll RawDocument.Format format) {
        checkContract(html.getBytes(StandardCharsets.UTF_8), format);
    }

    private void checkContract(byte[] bytes, RawDocument.Format format) {
        RawDocument doc = new RawDocument("prop", bytes, Optional.of("https://news.example/a/1"), format);
        Outcome<Article> first = extractor.extract(doc);
        if (first instanceof Outcome.Ok<Article> ok) {
            Article a = ok.value();
            assertFalse(a.paragraphs().isEmpty(), "Ok without paragraphs");
            a.paragraphs().forEach(p -> assertFalse(p.isBlank(), () -> "blank paragraph in " + a.paragraphs()));
            assertEquals(String.join("\n\n", a.paragraphs()), a.body());
        } else {
            Outcome.Failed<Article> failed = (Outcome.Failed<Article>) first;
            assertFalse(failed.detail().isBlank(), "failure without detail");
        }
        assertEquals(first, extractor.extract(doc), "same input, different outcome");
    }

    /** Random nesting from a small tag alphabet: opening and closing tags in any order, text in between. */
    @Provide
    Arbitrary<String> tagSoup() {
        Arbitrary<String> open = Combinators.combine(Arbitraries.of(TAGS), Arbitraries.of(ATTRIBUTES))
                .as((tag, attr) -> "<" + tag + attr + ">");
        Arbitrary<String> close = Arbitraries.of(TAGS).map(tag -> "</" + tag + ">");
        Arbitrary<String> words = Arbitraries.of("The", "mayor", "said", "on", "Tuesday", "that", "the", "ferry",
                "would", "run", "late,", "\u201cwe", "agree\u201d", "caf\u00e9", "\u6e2f", "&amp;", "&nbsp;", "\n",
                "Share", "Advertisement", "Related").list().ofMinSize(1).ofMaxSize(40).map(w -> String.join(" ", w));
        Arbitrary<String> token = Arbitraries.frequencyOf(
                Tuple.of(4, open), Tuple.of(3, close), Tuple.of(3, words));
        return token.list().ofMaxSize(120).map(tokens -> String.join("", tokens));
    }
}
