package org.herald.extract.html;

import java.util.List;
import java.util.Optional;
import org.herald.extract.ExtractSettings;
import org.herald.model.Article;
import org.herald.model.Warning;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** HTML page to article: parse, read metadata, find the main content. */
public final class HtmlArticleExtractor {
    private final ExtractSettings settings;

    public HtmlArticleExtractor(ExtractSettings settings) {
        this.settings = settings;
    }

    public Article extract(String source, String html, Optional<String> url, List<Warning> warnings) {
        Document doc = Jsoup.parse(html, url.orElse(""));
        List<String> paragraphs = doc.select("p").eachText().stream().filter(t -> !t.isBlank()).toList();
        return Article.builder(source).url(url.orElse(null)).title(doc.title()).paragraphs(paragraphs).build();
    }
}
