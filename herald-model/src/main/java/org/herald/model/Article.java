package org.herald.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A news article as extracted from a page: metadata, clean body text and the related links kept apart.
 *
 * <p>{@code body} is the article text with paragraphs separated by one blank line; {@code paragraphs} are the
 * same blocks one by one, so {@code String.join("\n\n", paragraphs)} equals {@code body}. Later stages' offsets
 * point into {@code body}.
 *
 * @param authors the byline's names as printed, in name case: people, or the agencies and outlets credited when no
 *     person is ("By AP &amp; Euronews" → AP, Euronews)
 * @param agencies the news agencies the byline credits ("Jane Doe, Reuters" → Reuters), also when they are authors
 * @param published ISO-8601 date or date-time, as precise as the source gave it
 * @param publishedInferred true when {@code published} was inferred from the text rather than read from metadata
 * @param language ISO 639-1 code
 * @param crawled ISO-8601 instant the page was fetched, when an archive says so (a WARC record's WARC-Date); never a
 *     publication date
 * @param bodyConfidence how sure the extractor is that {@code body} is the article (HTML pages); empty when it did
 *     not judge (scraped or clean text)
 */
public record Article(
        String source,
        Optional<String> url,
        Optional<String> site,
        Optional<String> title,
        List<String> authors,
        List<String> agencies,
        Optional<String> published,
        boolean publishedInferred,
        Optional<String> modified,
        Optional<String> language,
        Optional<String> summary,
        Optional<LeadImage> image,
        List<String> paragraphs,
        List<RelatedLink> related,
        Optional<String> crawled,
        Optional<BodyConfidence> bodyConfidence) {

    public Article {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(modified, "modified");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(crawled, "crawled");
        Objects.requireNonNull(bodyConfidence, "bodyConfidence");
        authors = List.copyOf(authors);
        agencies = List.copyOf(agencies);
        paragraphs = List.copyOf(paragraphs);
        related = List.copyOf(related);
    }

    /** An article not judged by the extractor: no body confidence. */
    public Article(String source, Optional<String> url, Optional<String> site, Optional<String> title,
                   List<String> authors, List<String> agencies, Optional<String> published, boolean publishedInferred,
                   Optional<String> modified, Optional<String> language, Optional<String> summary,
                   Optional<LeadImage> image, List<String> paragraphs, List<RelatedLink> related,
                   Optional<String> crawled) {
        this(source, url, site, title, authors, agencies, published, publishedInferred, modified, language, summary,
                image, paragraphs, related, crawled, Optional.empty());
    }

    /** An article not read from an archive: no crawl time. */
    public Article(String source, Optional<String> url, Optional<String> site, Optional<String> title,
                   List<String> authors, List<String> agencies, Optional<String> published, boolean publishedInferred,
                   Optional<String> modified, Optional<String> language, Optional<String> summary,
                   Optional<LeadImage> image, List<String> paragraphs, List<RelatedLink> related) {
        this(source, url, site, title, authors, agencies, published, publishedInferred, modified, language, summary,
                image, paragraphs, related, Optional.empty(), Optional.empty());
    }

    /** The article text, paragraphs separated by one blank line. */
    public String body() {
        return String.join("\n\n", paragraphs);
    }

    /** Number of white-space separated words in the body; CJK text counts one word per ideograph or kana. */
    public int words() {
        return WordCounter.count(body());
    }

    /** This article with its language set: for stages that guess the language after extraction. */
    public Article withLanguage(Optional<String> language) {
        return new Article(source, url, site, title, authors, agencies, published, publishedInferred, modified, language,
                summary, image, paragraphs, related, crawled, bodyConfidence);
    }

    /** This article with the time its page was fetched: for archives, whose records say when. */
    public Article withCrawled(Optional<String> crawled) {
        return new Article(source, url, site, title, authors, agencies, published, publishedInferred, modified, language,
                summary, image, paragraphs, related, crawled, bodyConfidence);
    }

    /**
     * This article with a publication date it did not find on the page (a feed's pubDate, say), marked inferred;
     * an article that has a date keeps it.
     */
    public Article withPublishedFallback(String published) {
        if (this.published.isPresent()) {
            return this;
        }
        return new Article(source, url, site, title, authors, agencies, Optional.of(published), true, modified,
                language, summary, image, paragraphs, related, crawled, bodyConfidence);
    }

    /** This article with the extractor's judgement of its body. */
    public Article withBodyConfidence(Optional<BodyConfidence> bodyConfidence) {
        return new Article(source, url, site, title, authors, agencies, published, publishedInferred, modified, language,
                summary, image, paragraphs, related, crawled, bodyConfidence);
    }

    public static Builder builder(String source) {
        return new Builder(source);
    }

    /** Collects an article's parts; only the source is required. */
    public static final class Builder {
        private final String source;
        private String url;
        private String site;
        private String title;
        private List<String> authors = List.of();
        private List<String> agencies = List.of();
        private String published;
        private boolean publishedInferred;
        private String modified;
        private String language;
        private String summary;
        private LeadImage image;
        private final List<String> paragraphs = new ArrayList<>();
        private List<RelatedLink> related = List.of();
        private BodyConfidence bodyConfidence;

        private Builder(String source) {
            this.source = Objects.requireNonNull(source, "source");
        }

        public Builder url(String url) { this.url = url; return this; }
        public Builder site(String site) { this.site = site; return this; }
        public Builder title(String title) { this.title = title; return this; }
        public Builder authors(List<String> authors) { this.authors = List.copyOf(authors); return this; }
        public Builder agencies(List<String> agencies) { this.agencies = List.copyOf(agencies); return this; }
        public Builder published(String published, boolean inferred) {
            this.published = published;
            this.publishedInferred = published != null && inferred;
            return this;
        }
        public Builder modified(String modified) { this.modified = modified; return this; }
        public Builder language(String language) { this.language = language; return this; }
        public Builder summary(String summary) { this.summary = summary; return this; }
        public Builder image(LeadImage image) { this.image = image; return this; }
        public Builder paragraphs(List<String> paragraphs) {
            this.paragraphs.clear();
            this.paragraphs.addAll(paragraphs);
            return this;
        }
        public Builder related(List<RelatedLink> related) { this.related = List.copyOf(related); return this; }
        public Builder bodyConfidence(BodyConfidence confidence) { this.bodyConfidence = confidence; return this; }

        public Article build() {
            return new Article(source, opt(url), opt(site), opt(title), authors, agencies, opt(published), publishedInferred,
                    opt(modified), opt(language), opt(summary), Optional.ofNullable(image), paragraphs, related,
                    Optional.empty(), Optional.ofNullable(bodyConfidence));
        }

        private static Optional<String> opt(String s) {
            return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
        }
    }
}
