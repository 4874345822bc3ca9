package org.herald.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The article's lead image: where it is, what the caption says and who took it. Scraped text shows the caption and
 * credit but not the picture, so {@code url} may be empty; an image has at least a URL or a caption or credit.
 */
public record LeadImage(Optional<String> url, Optional<String> caption, Optional<String> credit) {
    public LeadImage {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(credit, "credit");
        if (url.isEmpty() && caption.isEmpty() && credit.isEmpty()) {
            throw new IllegalArgumentException("a lead image needs a URL, a caption or a credit");
        }
    }

    /** An image found on a page, at {@code url}. */
    public LeadImage(String url, Optional<String> caption, Optional<String> credit) {
        this(Optional.of(Objects.requireNonNull(url, "url")), caption, credit);
    }

    public static LeadImage of(String url) {
        return new LeadImage(url, Optional.empty(), Optional.empty());
    }

    /** An image known only by its caption or credit, as scraped text gives it. */
    public static LeadImage withoutUrl(Optional<String> caption, Optional<String> credit) {
        return new LeadImage(Optional.empty(), caption, credit);
    }
}
