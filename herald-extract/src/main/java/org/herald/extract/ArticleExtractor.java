package org.herald.extract;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.herald.extract.charset.BinarySniffer;
import org.herald.extract.charset.TextDecoder;
import org.herald.extract.date.DateParser;
import org.herald.extract.html.HtmlArticleExtractor;
import org.herald.extract.lang.LanguageGuesser;
import org.herald.extract.meta.BylineCleaner;
import org.herald.extract.meta.MetadataReader;
import org.herald.extract.text.ScrapedTextExtractor;
import org.herald.model.Article;
import org.herald.model.Outcome;
import org.herald.model.Reason;
import org.herald.model.Warning;

/**
 * The extraction stage: bytes of a page or of scraped text in, an {@link Article} or a failure with its reason out.
 * Never throws for bad input; thread-safe, so one instance serves a whole batch on all cores.
 */
public final class ArticleExtractor {
    private final ExtractSettings settings;
    private final BinarySniffer binarySniffer = new BinarySniffer();
    private final TextDecoder decoder = new TextDecoder();
    private final LanguageGuesser languages = new LanguageGuesser();
    private final HtmlArticleExtractor html;
    private final ScrapedTextExtractor text;

    public ArticleExtractor(ExtractSettings settings) {
        this.settings = settings;
        DateParser dates = new DateParser();
        BylineCleaner bylines = new BylineCleaner(dates);
        this.html = new HtmlArticleExtractor(settings, dates, new MetadataReader(dates, bylines, Clock.systemUTC()));
        this.text = new ScrapedTextExtractor(line -> bylines.credits(line, Optional.empty()), dates::findInText);
    }

    public Outcome<Article> extract(RawDocument doc) {
        String source = doc.source();
        byte[] bytes = doc.bytes();
        if (bytes.length > settings.maxBytes()) {
            return Outcome.failed(source, Reason.TOO_LARGE,
                    bytes.length + " bytes, over the limit of " + settings.maxBytes());
        }
        Optional<String> binary = binarySniffer.whyNotText(bytes);
        if (binary.isPresent()) {
            return Outcome.failed(source, Reason.NOT_TEXT, binary.get());
        }
        TextDecoder.Decoded decoded = decoder.decode(bytes);
        if (decoded.text().isBlank()) {
            return Outcome.failed(source, Reason.EMPTY, bytes.length == 0 ? "no bytes" : "only white space");
        }
        List<Warning> warnings = new ArrayList<>();
        try {
            Article article = isHtml(doc.format(), decoded.text())
                    ? html.extract(source, decoded.text(), doc.url(), warnings)
                    : text.extract(source, decoded.text(), doc.url(), warnings);
            if (article.language().isEmpty()) {
                article = article.withLanguage(languages.guess(article.body(), Optional.empty()));
            }
            if (doc.crawled().isPresent()) {
                article = article.withCrawled(doc.crawled().map(Instant::toString));
            }
            if (article.paragraphs().isEmpty()) {
                return Outcome.failed(source, Reason.NO_MAIN_TEXT, "no article text found"
                        + article.title().map(t -> " (page title: " + t + ")").orElse(""));
            }
            return Outcome.ok(source, article, warnings);
        } catch (StackOverflowError e) {
            return Outcome.failed(source, Reason.STAGE_FAILED, "extract: nesting too deep to analyse");
        } catch (RuntimeException e) {
            return Outcome.failed(source, Reason.STAGE_FAILED, "extract: " + e);
        }
    }

    /**
     * An article whose text the caller already has, clean: taken as given, not run through the scraped-text
     * extractor, so nothing is dropped (evaluation suites and other systems send such text and want every
     * sentence analysed). Paragraphs are separated by blank lines; text without blank lines has one paragraph
     * per line. The language is guessed from the text.
     */
    public Outcome<Article> fromCleanText(String source, String text, Optional<String> url) {
        String normal = text.replace("\r\n", "\n").replace('\r', '\n');
        String[] blocks = normal.split(normal.contains("\n\n") ? "\n\\s*\n" : "\n");
        List<String> paragraphs = new ArrayList<>();
        for (String b : blocks) {
            if (!b.isBlank()) paragraphs.add(b.strip());
        }
        if (paragraphs.isEmpty()) {
            return Outcome.failed(source, Reason.EMPTY, "the text is empty");
        }
        Article article = Article.builder(source).url(url.orElse(null)).paragraphs(paragraphs).build();
        return Outcome.ok(source, article.withLanguage(languages.guess(article.body(), Optional.empty())), List.of());
    }

    /** Markup is recognised by its first non-blank character and a known tag near the start. */
    static boolean isHtml(RawDocument.Format format, String text) {
        if (format != RawDocument.Format.AUTO) {
            return format == RawDocument.Format.HTML;
        }
        String head = text.substring(0, Math.min(text.length(), 2048)).stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<") && (head.contains("<html") || head.contains("<!doctype") || head.contains("<body")
                || head.contains("<head") || head.contains("<p") || head.contains("<div") || head.contains("<article"));
    }
}
