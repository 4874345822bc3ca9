package org.herald.extract.text;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.herald.model.Article;

/**
 * What scraped text yielded: the article, whose lead image holds the caption and credit without a URL (scraped text
 * has none; a {@code text.image-without-url} warning says so), and the caption, credit and line roles apart.
 *
 * @param caption the lead image's caption, once, without its credit
 * @param credit who took or supplied the image: "Copyright Maria Lenz, Kestrel Press via AP"
 * @param lines every line with its role, in input order, for evaluation and debugging
 */
public record ScrapedPage(Article article, Optional<String> caption, Optional<String> credit, List<ClassifiedLine> lines) {
    public ScrapedPage {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(credit, "credit");
        lines = List.copyOf(lines);
    }

    /** The texts of the lines that have the role, in order. */
    public List<String> texts(LineRole role) {
        return texts(lines, role);
    }

    static List<String> texts(List<ClassifiedLine> lines, LineRole role) {
        return lines.stream().filter(l -> l.role() == role).map(ClassifiedLine::text).toList();
    }
}
