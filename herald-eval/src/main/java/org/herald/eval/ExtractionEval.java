package org.herald.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.herald.extract.ArticleExtractor;
import org.herald.extract.ExtractSettings;
import org.herald.extract.RawDocument;
import org.herald.model.Article;
import org.herald.model.Outcome;
import org.jsoup.Jsoup;

/**
 * Scores the extractor on the Readability test pages (../shared/eval/extraction/readability-test-pages):
 * each case folder holds {@code source.html}, {@code expected.html} and {@code expected-metadata.json}.
 * The pages are read in place, never copied. {@link #html()} feeds the extractor the page as served;
 * {@link #scrapedText()} feeds it the page's visible text, furniture and all, as a scraper would have it.
 */
public final class ExtractionEval {
    /** Upstream parses every page as if served from this URL, so expected links point there. */
    static final String PAGE_URL = "http://fakehost/test/page.html";

    private final ArticleExtractor extractor;
    private final ObjectMapper mapper = new ObjectMapper();
    private final Function<Path, RawDocument> input;

    private ExtractionEval(Function<Path, RawDocument> input, ExtractSettings settings) {
        this.input = input;
        this.extractor = new ArticleExtractor(settings);
    }

    /**
     * Scores the HTML path: the extractor gets {@code source.html} as served, with captions outside {@code <figure>}
     * kept in the body as the suite's gold (Readability's own output) keeps them.
     */
    public static ExtractionEval html() {
        return html(true);
    }

    /** Scores the HTML path, with captions outside {@code <figure>} kept in the body or left out (the default). */
    public static ExtractionEval html(boolean captionsInBody) {
        return new ExtractionEval(dir -> new RawDocument(dir.getFileName().toString(),
                read(dir.resolve("source.html")), Optional.of(PAGE_URL), RawDocument.Format.HTML),
                ExtractSettings.defaults().withCaptionsInBody(captionsInBody));
    }

    /**
     * Scores the scraped-text path: the extractor gets {@code source.html} rendered by {@link PageTextRenderer},
     * one line per block with all the page's furniture, as {@link RawDocument.Format#TEXT}.
     */
    public static ExtractionEval scrapedText() {
        PageTextRenderer renderer = new PageTextRenderer();
        return new ExtractionEval(dir -> {
            String page = new String(read(dir.resolve("source.html")), StandardCharsets.UTF_8);
            String text = renderer.render(Jsoup.parse(page, PAGE_URL));
            return new RawDocument(dir.getFileName().toString(), text.getBytes(StandardCharsets.UTF_8),
                    Optional.of(PAGE_URL), RawDocument.Format.TEXT);
        }, ExtractSettings.defaults());
    }

    /** Scores every case folder under {@code suite}, in name order. */
    public ExtractionReport run(Path suite) {
        List<PageResult> pages = new ArrayList<>();
        for (Path dir : caseFolders(suite)) {
            pages.add(score(dir));
        }
        return new ExtractionReport(pages);
    }

    PageResult score(Path dir) {
        try {
            String goldText = Jsoup.parse(Files.readString(dir.resolve("expected.html")), PAGE_URL).text();
            JsonNode gold = mapper.readTree(dir.resolve("expected-metadata.json").toFile());
            return result(dir.getFileName().toString(), extractor.extract(input.apply(dir)), goldText,
                    text(gold, "title"), text(gold, "byline"), text(gold, "publishedTime"), text(gold, "lang"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read case " + dir, e);
        }
    }

    /**
     * Scores one extraction against its gold: body by {@link ShingleOverlap}, each metadata field by
     * {@link MetadataMatch} ({@code NOT_SCORED} where the gold has none). A failed extraction scores as an empty body.
     */
    static PageResult result(String name, Outcome<Article> outcome, String goldText, Optional<String> title,
                             Optional<String> byline, Optional<String> day, Optional<String> language) {
        Optional<Article> article = outcome instanceof Outcome.Ok<Article> ok ? Optional.of(ok.value()) : Optional.empty();
        ShingleOverlap.Score body = ShingleOverlap.score(article.map(Article::body).orElse(""), goldText);
        return new PageResult(name, body, MetadataMatch.title(title, article.flatMap(Article::title)),
                MetadataMatch.byline(byline, article.map(Article::authors).orElse(List.of())),
                MetadataMatch.day(day, article.flatMap(Article::published)),
                MetadataMatch.language(language, article.flatMap(Article::language)),
                article.isPresent(), !ShingleOverlap.words(goldText).isEmpty(),
                ShingleOverlap.stray(article.map(Article::paragraphs).orElse(List.of()), goldText));
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static Optional<String> text(JsonNode gold, String field) {
        JsonNode v = gold.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? Optional.empty() : Optional.of(v.asText());
    }

    static List<Path> caseFolders(Path suite) {
        try (Stream<Path> dirs = Files.list(suite)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("source.html"))
                    && Files.isRegularFile(d.resolve("expected.html"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list suite " + suite, e);
        }
    }
}
