package org.herald.spark;

import java.io.Serializable;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import org.herald.model.Reason;

/**
 * One archive record after the executor analysed it: the {@code ./herald analyze} JSON of its article, or why it
 * failed, with the two partition values of every table, {@code date} (the record's crawl day, UTC, from its
 * WARC-Date; {@code unknown} without one) and {@code archive} (the file's name). Partitioning by what the input
 * fixes, not by what the analysis finds, is what lets a re-run over the same archives replace exactly their rows.
 */
final class AnalysedRecord implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String UNKNOWN_DATE = "unknown";

    private final String archive;
    private final String date;
    private final String source;
    private final String articleId;
    private final String analysisJson;
    private final Reason failure;
    private final String detail;
    private final String story;

    private AnalysedRecord(ArchiveRecord record, String articleId, String analysisJson, Reason failure,
                           String detail) {
        this.archive = record.archive();
        this.date = record.crawled().map(c -> c.atZone(ZoneOffset.UTC).toLocalDate().toString()).orElse(UNKNOWN_DATE);
        this.source = record.source();
        this.articleId = articleId;
        this.analysisJson = analysisJson;
        this.failure = failure;
        this.detail = detail;
        this.story = null;
    }

    private AnalysedRecord(AnalysedRecord r, String story) {
        this.archive = r.archive;
        this.date = r.date;
        this.source = r.source;
        this.articleId = r.articleId;
        this.analysisJson = r.analysisJson;
        this.failure = r.failure;
        this.detail = r.detail;
        this.story = story;
    }

    /** This record in the story {@link DayStories} found for it. */
    AnalysedRecord inStory(Optional<String> storyId) {
        return storyId.isEmpty() ? this : new AnalysedRecord(this, storyId.get());
    }

    /** The id of its story (the article that opened it, among the run's pages of its crawl day). */
    Optional<String> story() {
        return Optional.ofNullable(story);
    }

    static AnalysedRecord ok(ArchiveRecord record, String articleId, String analysisJson) {
        return new AnalysedRecord(record, Objects.requireNonNull(articleId, "articleId"),
                Objects.requireNonNull(analysisJson, "analysisJson"), null, null);
    }

    /** @param articleId the content hash, when the record had bytes to hash */
    static AnalysedRecord failed(ArchiveRecord record, Optional<String> articleId, Reason reason, String detail) {
        return new AnalysedRecord(record, articleId.orElse(null), null, Objects.requireNonNull(reason, "reason"),
                Objects.requireNonNull(detail, "detail"));
    }

    String archive() {
        return archive;
    }

    String date() {
        return date;
    }

    String source() {
        return source;
    }

    /** The SHA-256 of the page's bytes, the id the store gives the same page. */
    Optional<String> articleId() {
        return Optional.ofNullable(articleId);
    }

    /** The analysis as {@code ./herald analyze} writes it; empty for a failed record. */
    Optional<String> analysisJson() {
        return Optional.ofNullable(analysisJson);
    }

    Optional<Reason> failure() {
        return Optional.ofNullable(failure);
    }

    String detail() {
        return detail == null ? "" : detail;
    }
}
