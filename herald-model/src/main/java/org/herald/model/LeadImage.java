package org.herald.model;

import java.util.Objects;
import java.util.Optional;

/** The article's lead image: where it is, what the caption says and who took it. */
public record LeadImage(String url, Optional<String> caption, Optional<String> credit) {
    public LeadImage {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(credit, "credit");
    }

    public static LeadImage of(String url) {
        return new LeadImage(url, Optional.empty(), Optional.empty());
    }
}
