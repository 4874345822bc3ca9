package org.herald.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 * The pages are read in place, never copied.
 */
public final class ExtractionEval {
    /** Upstream parses every page as if served from this URL, so expected links point there. */
    static final String PAGE_URL = "http://fakehost/test/page.html";

    private final ArticleExtractor extractor = new ArticleExtractor(ExtractSettings.defaults());
    private final ObjectMapper mapper = new ObjectMapper();

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
            byte[] source = Files.readAllBytes(dir.resolve("source.html"));
            String goldText = Jsoup.parse(Files.readString(dir.resolve("expected.html")), PAGE_URL).text();
            JsonNode gold = mapper.readTree(dir.resolve("expected-metadata.json").toFile());
            Outcome<Article> outcome = extractor.extract(
                    new RawDocument(dir.getFileName().toString(), source, Optional.of(PAGE_URL), RawDocument.Format.HTML));
            Optional<Article> article = outcome instanceof Outcome.Ok<Article> ok
                    ? Optional.of(ok.value()) : Optional.empty();
            String body = article.map(Article::body).orElse("");
            ShingleOverlap.Score body4 = ShingleOverlap.score(body, goldText);
            return new PageResult(dir.getFileName().toString(), body4,
                    MetadataMatch.title(text(gold, "title"), article.flatMap(Article::title)),
                    MetadataMatch.byline(text(gold, "byline"), article.map(Article::authors).orElse(List.of())),
                    MetadataMatch.day(text(gold, "publishedTime"), article.flatMap(Article::published)),
                    MetadataMatch.language(text(gold, "lang"), article.flatMap(Article::language)),
                    article.isPresent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read case " + dir, e);
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
