package org.herald.extract.text;

import java.util.List;
import java.util.Optional;
import org.herald.model.Article;
import org.herald.model.Warning;

/** Scraped text to article. */
public final class ScrapedTextExtractor {
    public Article extract(String source, String text, Optional<String> url, List<Warning> warnings) {
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        return Article.builder(source).url(url.orElse(null))
                .title(lines.isEmpty() ? null : lines.get(0))
                .paragraphs(lines.size() > 1 ? lines.subList(1, lines.size()) : List.of())
                .build();
    }
}
