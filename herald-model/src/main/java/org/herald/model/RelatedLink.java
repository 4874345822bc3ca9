package org.herald.model;

import java.util.Objects;
import java.util.Optional;

/** A headline the page points to next to the article ("You might also like …"), kept apart from the body. */
public record RelatedLink(String title, Optional<String> url) {
    public RelatedLink {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
    }
}
