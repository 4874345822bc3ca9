package org.herald.extract.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.herald.model.RelatedLink;
import org.jsoup.nodes.Element;

/**
 * Collects the headlines a page links to next to the article: blocks named "related", "recommended",
 * "more stories" …, and link lists under a heading such as "You might also like". Run before cleaning,
 * which removes these blocks from the body.
 */
final class RelatedLinksFinder {
    private static final int MAX_LINKS = 30;
    /** A related headline has a few words; "Next", "More" or a bare section name is navigation. */
    private static final int MIN_WORDS = 3;

    private final ContentHints hints;

    RelatedLinksFinder(ContentHints hints) {
        this.hints = hints;
    }

    List<RelatedLink> find(Element body) {
        Map<String, RelatedLink> links = new LinkedHashMap<>();
        for (Element e : body.getAllElements()) {
            if (links.size() >= MAX_LINKS) break;
            Optional<Element> block = relatedBlock(e);
            if (block.isEmpty()) continue;
            for (Element a : block.get().select("a[href]")) {
                String title = a.text().strip();
                String url = a.absUrl("href");
                if (url.isEmpty() || url.startsWith("javascript:") || title.split("\\s+").length < MIN_WORDS
                        || title.length() > 250) {
                    continue;
                }
                links.putIfAbsent(url, new RelatedLink(title, Optional.of(url)));
                if (links.size() >= MAX_LINKS) break;
            }
        }
        return new ArrayList<>(links.values());
    }

    /** The element itself when its class/id says "related", or the list that follows a "Related" heading. */
    private Optional<Element> relatedBlock(Element e) {
        if (hints.isRelated(e)) {
            return Optional.of(e);
        }
        String tag = e.normalName();
        if ((Tags.isHeading(tag) || tag.equals("strong") || tag.equals("p")) && e.childrenSize() <= 2
                && hints.isRelatedHeading(e.text())) {
            return Optional.ofNullable(e.nextElementSibling());
        }
        return Optional.empty();
    }
}
