package org.herald.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.herald.extract.ExtractSettings;
import org.herald.model.Article;
import org.herald.model.RelatedLink;
import org.herald.model.Warning;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * HTML page to article: parse, collect related links, clean away furniture, find the article's container and
 * its continuing siblings, prune furniture inside it and write its paragraphs. Thread-safe.
 */
public final class HtmlArticleExtractor {
    private final ContentHints hints = ContentHints.load();
    private final PageCleaner cleaner = new PageCleaner(hints);
    private final ContentFinder finder = new ContentFinder(new CandidateScorer(hints));
    private final ContentPruner pruner = new ContentPruner(hints);
    private final BlockWriter writer = new BlockWriter(hints);
    private final RelatedLinksFinder relatedLinks = new RelatedLinksFinder(hints);

    public HtmlArticleExtractor(ExtractSettings settings) {
    }

    public Article extract(String source, String html, Optional<String> url, List<Warning> warnings) {
        Document doc = Jsoup.parse(html, url.orElse(""));
        String title = doc.title();
        List<RelatedLink> related = relatedLinks.find(doc.body());
        List<String> paragraphs = List.of();
        for (Strictness strictness : Strictness.values()) {
            // Cleaning is destructive: each further attempt starts from a fresh parse.
            Element body = strictness == Strictness.STRICT ? doc.body() : Jsoup.parse(html, url.orElse("")).body();
            List<String> attempt = body(body, strictness);
            if (length(attempt) > length(paragraphs)) {
                paragraphs = attempt;
            }
            if (length(paragraphs) >= Strictness.ENOUGH_TEXT) {
                break;
            }
        }
        return Article.builder(source).url(url.orElse(null)).title(title)
                .paragraphs(withoutTitle(paragraphs, title)).related(related).build();
    }

    private List<String> body(Element body, Strictness strictness) {
        cleaner.clean(body, strictness);
        return finder.find(body, strictness).map(content -> {
            if (strictness.prune) {
                pruner.prune(content.parts());
            }
            return writer.write(content.parts());
        }).orElse(List.of());
    }

    private static int length(List<String> paragraphs) {
        int n = 0;
        for (String p : paragraphs) n += p.length();
        return n;
    }

    /** Drops a leading paragraph that repeats the headline: the body starts after the title. */
    static List<String> withoutTitle(List<String> paragraphs, String title) {
        if (paragraphs.isEmpty() || title.isBlank()) return paragraphs;
        String first = norm(paragraphs.get(0));
        String t = norm(title);
        if (!first.isEmpty() && first.length() <= t.length() && t.contains(first) && first.length() * 2 > t.length()) {
            return new ArrayList<>(paragraphs.subList(1, paragraphs.size()));
        }
        return paragraphs;
    }

    private static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
