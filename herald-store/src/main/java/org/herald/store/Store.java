package org.herald.store;

import java.io.Closeable;
import java.util.List;
import java.util.Optional;

/**
 * Analysed articles and what was found in them, searchable and aggregated across articles. Callers (ingest,
 * the HTTP API, the web UI) see only this interface, so a distributed backend can replace the embedded one.
 *
 * <p>Writes are idempotent by article id (the content hash of the input): putting an article that is already
 * stored replaces it with the same content and never duplicates its quotes, events or entity mentions. A write
 * is durable once {@link #commit()} returns; after a crash the store holds exactly what was last committed. A write
 * that fails ({@link StoreWriteException}) takes the store back to its last commit, and the next write tries again.
 * Readers see committed writes, and writes of this process after {@link #commit()} or {@link #refresh()}.
 *
 * <p>Queries with bad values (a negative limit, {@code from} after {@code to}) throw
 * {@link IllegalArgumentException} from the query record's constructor, before any store is touched. A query that
 * runs past the store's time budget stops with {@link QueryTimeoutException}.
 */
public interface Store extends Closeable {

    /** True when an article with this id (content hash) is stored and committed or refreshed. */
    boolean contains(String articleId);

    /** Stores one analysed article with its entities, quotes and events, replacing any earlier copy. */
    void put(StoredArticle article);

    /**
     * Removes a stored article with everything found in it: its entity mentions, quotes and events. What is counted
     * across articles follows, since it is counted from what is stored: its story loses an article (and disappears
     * with its last one), the story's events their mentions, sources and articles, and entities their mentions; the
     * surname-only people of its people's surnames are decided again at the next refresh or commit (#12: a deleted
     * "Ivanka Trump" no longer keeps a "Trump" from "Donald Trump"). Like {@link #put}, durable once
     * {@link #commit()} returns. Returns false when no article has this id.
     */
    boolean delete(String articleId);

    /** Makes every write so far durable and visible; returns the number of articles now stored. */
    long commit();

    /**
     * Makes writes so far visible to queries without the cost of a durable commit. People stored under a surname
     * alone ("Lavrov") whom a full name put since ("Sergei Lavrov") claims are joined to it first, and a surname
     * joined to one full name that a second one of the surname put since ("Ivanka Trump" beside "Donald Trump") no
     * longer singles out is taken back, as {@link #commit()} does (#12).
     */
    void refresh();

    /**
     * Asks every person stored under a surname alone, joined or not, again which stored full name the evidence
     * gives them, and moves those it answers otherwise (their articles are put again): for a store written before
     * such joins were made. Visible at once,
     * durable at the next {@link #commit()}; returns the number of articles put again. Throws
     * {@link IllegalStateException} for a store opened read-only.
     */
    long rejoinPeople();

    /** The article with this id: its analysis JSON (as {@code ./herald analyze} writes it) and original bytes. */
    Optional<StoredArticle.Record> findArticle(String articleId);

    /**
     * The article's analysis JSON alone, without its original bytes: what an export reads for every article. The
     * default reads the whole record.
     */
    default Optional<String> findAnalysisJson(String articleId) {
        return findArticle(articleId).map(StoredArticle.Record::analysisJson);
    }

    /**
     * The story the article was put in when stored: every article joins the most similar story of its time window,
     * or the story of the text it copies, or opens one. Empty for an article not stored, or stored before stories.
     */
    Optional<ArticleStory> findArticleStory(String articleId);

    /** Stories, newest or biggest first, with their articles' sites, dates, top entities and headlines. */
    StoryPage searchStories(StoryQuery query);

    /** One story: its articles and its events, each event counted once across the articles that report it. */
    Optional<StoryProfile> findStory(String storyId);

    /** Articles matching the query, newest first (or by relevance when there is text), with facet counts. */
    ArticlePage searchArticles(ArticleQuery query);

    /**
     * Entities whose name (any of their aliases) matches, of one type when the query names one, most mentioned
     * first, with the number that match in all. Throws {@link IllegalArgumentException} for an unknown type.
     */
    EntitySearchPage searchEntities(EntityQuery query);

    /** The first {@code limit} entities whose name matches, most mentioned first (blank text: of all). */
    default List<EntitySummary> searchEntities(String text, int limit) {
        Optional<String> words = text.isBlank() ? Optional.empty() : Optional.of(text);
        return searchEntities(new EntityQuery(words, Optional.empty(), Paging.first(limit))).entities();
    }

    /**
     * Every entity, in id order ({@code country:…}, then {@code person:…} and so on), a page at a time: of one type
     * when {@code type} names one ({@code person}, as ids spell it), after the entity {@code after} names (the page
     * before's {@code next}; empty from the first). A page costs the documents of its own entities, however deep it
     * is, so a download of every entity costs one pass. Throws {@link IllegalArgumentException} for an unknown type or
     * a limit outside 0..{@link Paging#MAX_LIMIT}.
     */
    EntityPage listEntities(Optional<String> type, Optional<String> after, int limit);

    /** One entity across all articles: titles seen, country, counts, quotes, events and co-mentions. */
    Optional<EntityProfile> findEntity(String entityId);

    /** Quotes matching the query, newest first. */
    QuotePage searchQuotes(QuoteQuery query);

    /** Events matching the query, newest first. Actor codes match by prefix: RUS matches RUSGOV. */
    EventPage searchEvents(EventQuery query);

    /** Events of the query bucketed by day, week or month, oldest first; empty buckets are left out. */
    List<TimelineBucket> timeline(TimelineQuery query);

    /** What is happening now: top stories of the last day and week, rising entities and dyads ({@link Trends}). */
    Trends trends(TrendsQuery query);

    /** Number of articles stored (committed or refreshed). */
    long articleCount();

    /** Number of events stored (committed or refreshed). */
    long eventCount();

    /**
     * Why the store cannot write now, in one line: the last write failed ("commit failed: No space left on
     * device") and none has succeeded since, or the store is read-only and says why. Empty when writes work.
     */
    default Optional<String> writeProblem() {
        return Optional.empty();
    }
}
