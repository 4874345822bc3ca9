package org.herald.extract.meta;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.herald.model.LeadImage;

/**
 * What a page says about itself, read from JSON-LD, OpenGraph, meta tags, microdata and visible bylines.
 * Dates are ISO-8601 ({@code 2024-03-03} or {@code 2024-03-03T10:15:00+01:00}); {@code language} is the declared
 * language as an ISO 639-1 code; {@code siteName} is the publisher's name, from the page or else its domain
 * ({@link PublisherNames}); {@code agencies} are the news agencies the bylines credit; {@code summary} is the description or dek the page gives;
 * {@code bodyHint} is the page's own statement of its body (JSON-LD {@code articleBody}, else the text of its
 * {@code itemprop="articleBody"} element), used to check the extracted body, never as the body.
 */
public record PageMetadata(
        Optional<String> title,
        List<String> authors,
        List<String> agencies,
        Optional<String> published,
        Optional<String> modified,
        Optional<String> language,
        Optional<String> summary,
        Optional<String> siteName,
        Optional<String> canonicalUrl,
        Optional<LeadImage> image,
        Optional<String> section,
        Optional<String> type,
        Optional<String> bodyHint) {

    public PageMetadata {
        Objects.requireNonNull(title, "title");
        authors = List.copyOf(authors);
        agencies = List.copyOf(agencies);
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(modified, "modified");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(siteName, "siteName");
        Objects.requireNonNull(canonicalUrl, "canonicalUrl");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(bodyHint, "bodyHint");
    }

    /** A page that told us nothing. */
    public static PageMetadata empty() {
        return new PageMetadata(Optional.empty(), List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }
}
