package org.herald.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.herald.extract.ArticleExtractor;
import org.herald.extract.ExtractSettings;
import org.herald.extract.RawDocument;

/**
 * Scores the HTML extractor on the Fundus pages ({@link FundusSuite}): body by word 4-gram shingles against the
 * joined summary and paragraphs, title after white-space normalisation, authors as a set, published day.
 */
final class FundusEval {
    private final ArticleExtractor extractor = new ArticleExtractor(ExtractSettings.defaults());

    ExtractionReport score(List<FundusSuite.Page> pages) {
        return new ExtractionReport(pages.stream().map(this::score).toList());
    }

    PageResult score(FundusSuite.Page page) {
        RawDocument doc = new RawDocument(page.name(), gunzip(page.file()), page.url(), RawDocument.Format.HTML);
        return ExtractionEval.result(page.name(), extractor.extract(doc), page.body(), Optional.of(page.title()),
                page.authors().filter(a -> !a.isEmpty()).map(a -> String.join(", ", a)), page.published(),
                Optional.empty());
    }

    static byte[] gunzip(java.nio.file.Path file) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
