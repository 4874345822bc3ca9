package org.herald.store.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import org.herald.model.json.AnalysisReader;
import org.herald.nlp.entity.Places;
import org.herald.store.ArticlePage;
import org.herald.store.ArticleQuery;
import org.herald.store.ArticleStory;
import org.herald.store.EntityKeys;
import org.herald.store.EntityPage;
import org.herald.store.EntityProfile;
import org.herald.store.EntityQuery;
import org.herald.store.EntitySearchPage;
import org.herald.store.EventPage;
import org.herald.store.EventQuery;
import org.herald.store.Paging;
import org.herald.store.QueryTimeoutException;
import org.herald.store.QuotePage;
import org.herald.store.QuoteQuery;
import org.herald.store.Store;
import org.herald.store.StoreWriteException;
import org.herald.store.StoryPage;
import org.herald.store.StoryProfile;
import org.herald.store.StoryQuery;
import org.herald.store.StoredArticle;
import org.herald.store.TimelineBucket;
import org.herald.store.TimelineQuery;
import org.herald.store.Trends;
import org.herald.store.TrendsQuery;
import org.herald.store.entities.EntityResolver;
import org.herald.store.entities.NameTerm;
import org.herald.store.entities.PendingNames;
import org.herald.store.entities.ResolvedEntity;
import org.herald.store.entities.StateBodies;
import org.herald.store.entities.SurnameJoins;
import org.herald.stories.StoryPlacement;

/**
 * The embedded store: one Lucene index in a directory. Each article is written as one block of documents (the
 * article, its entities, quotes and events) with {@link IndexWriter#updateDocuments}, which deletes the earlier
 * block of the same id and adds the new one atomically; so a re-put replaces and a reader never sees half an
 * article.
 *
 * <p><b>Durability.</b> {@link #commit()} is a Lucene commit: when it returns, the writes are on disk, and after a
 * crash (kill -9, power loss) the index opens at the last commit. {@link #close()} does <em>not</em> commit:
 * writes since the last commit are dropped, exactly as a crash would drop them, so an ingest that stops half-way
 * never leaves a state no one committed. Call {@code commit()} before {@code close()} to keep them. A write or
 * commit that fails (a full disk) takes the store back to its last commit and the next write opens a new writer
 * there, so writing resumes once the disk has room, without a restart ({@link WriterSlot}).
 *
 * <p><b>Threads.</b> Every method may be called from any thread. Queries run concurrently, each on the searcher
 * that was current when it started (a consistent snapshot); {@code put} may run while queries do and is safe from
 * several threads, though one writer thread is the expected use. Only one {@code LuceneStore} (in any process)
 * may have a directory open at a time: a second {@link #open} of the same directory fails on Lucene's write lock.
 */
public final class LuceneStore implements Store {
    static final double RAM_BUFFER_MB = 256;
    /**
     * How long one query may run before it is stopped with {@link QueryTimeoutException}: far above any query's
     * cost on an idle store of millions of articles, so only an overloaded machine or a pathological query meets it.
     */
    public static final Duration DEFAULT_QUERY_BUDGET = Duration.ofSeconds(10);
    private final Directory directory;
    /** Empty for a store opened read-only: no write lock, so another process may write while this one reads. */
    private final Optional<WriterSlot> writer;
    /** The searchers of a store opened read-only; a writing store's are its writer's. */
    private final Optional<SearcherManager> readOnlySearchers;
    private final ArticleDocuments documents;
    private final ArticleSearch articles;
    private final EntitySearch entities;
    private final QuoteSearch quotes;
    private final EventSearch events;
    private final Timeline timeline;
    private final EntityListing entityListing;
    private final TrendSearch trendSearch;
    private final StorySearch storySearch = new StorySearch();
    private volatile Duration queryBudget = DEFAULT_QUERY_BUDGET;
    private final PendingPlacements pending = new PendingPlacements();
    private final StoryPlacer stories = StoryPlacer.defaults(pending);
    private final PendingNames pendingNames = new PendingNames();
    private final EntityResolver resolver;
    /** Surnames of full names put since the last refresh: surname-only people stored before may now join them. */
    private final SurnameJoins surnameJoins = new SurnameJoins();
    private final AnalysisReader analysisReader = new AnalysisReader();
    /**
     * Held while an article is placed in a story, its entities are resolved and it is written, so that the next
     * article sees it (two copies of one story, put by two threads at once, must not both open a story; a "Trump"
     * must see the "Donald Trump" put just before), and while a refresh's placements leave the pending lists, so
     * that no placement looks at a searcher that lacks articles the lists have dropped.
     */
    private final Object placing = new Object();
    /** Past this many articles placed since the last refresh, a put refreshes: the pending list stays short. */
    static final int PENDING_MAX = 256;

    /** {@code writing}: the merge policy of the store's writer, or empty for a store opened read-only. */
    private LuceneStore(Directory directory, Optional<MergePolicy> writing) throws IOException {
        this.directory = directory;
        Analyzer english = new EnglishAnalyzer();
        Analyzer names = new NameAnalyzer();
        if (writing.isPresent()) {
            Analyzer perField = new PerFieldAnalyzerWrapper(english,
                    Map.of(Fields.ENTITY_NAME, names, Fields.SPEAKER_NAME, names));
            MergePolicy mergePolicy = writing.get();
            this.writer = Optional.of(new WriterSlot(directory, () -> writerConfig(perField, mergePolicy)));
            this.readOnlySearchers = Optional.empty();
        } else {
            this.writer = Optional.empty();
            this.readOnlySearchers = Optional.of(new SearcherManager(directory, null));
        }
        EntityKeys keys = new EntityKeys();
        TextQuery englishText = new TextQuery(english);
        TextQuery nameText = new TextQuery(names);
        GlobalOrdinals.Cache ordinals = new GlobalOrdinals.Cache();
        EntityStats stats = new EntityStats(ordinals);
        this.documents = new ArticleDocuments(keys);
        this.resolver = new EntityResolver(keys, Places.load(), new StateBodies(), pendingNames);
        this.articles = new ArticleSearch(englishText, stats, ordinals);
        this.quotes = new QuoteSearch(englishText, nameText, keys);
        this.events = new EventSearch();
        this.entities = new EntitySearch(nameText, stats, articles, quotes, events, ordinals);
        this.timeline = new Timeline();
        this.entityListing = new EntityListing(stats);
        this.trendSearch = new TrendSearch(storySearch, stats);
    }

    /**
     * Opens the store in this directory, creating it when it is missing or empty. Throws {@link IOException} when
     * the directory cannot be used, including when another store has it open.
     */
    public static LuceneStore open(Path dir) throws IOException {
        return open(dir, new TieredMergePolicy());
    }

    private static IndexWriterConfig writerConfig(Analyzer perField, MergePolicy mergePolicy) {
        return new IndexWriterConfig(perField)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setCommitOnClose(false)
                // Lucene's 16 MB default flushes a segment every ~1,000 articles, and merging those small
                // segments again and again costs more than indexing them. The buffer is a ceiling, not an
                // allocation: an ingest that commits every few hundred articles never fills it.
                .setRAMBufferSizeMB(RAM_BUFFER_MB)
                // Flushed segments are merged soon anyway; packing each into a compound file first copies it twice.
                .setUseCompoundFile(false)
                .setMergePolicy(mergePolicy);
    }

    /**
     * Opens an existing store for reading only. It takes no write lock, so a store another process is writing (an
     * ingest, a server that takes POSTs) can be read at the same time; {@link #refresh()} picks up that process's
     * commits. Writing to it throws {@link IllegalStateException}. Throws {@link IOException} when there is no
     * store in the directory.
     */
    public static LuceneStore openReadOnly(Path dir) throws IOException {
        Objects.requireNonNull(dir, "dir");
        Directory directory = FSDirectory.open(dir);
        try {
            if (!DirectoryReader.indexExists(directory)) {
                throw new IOException("no store here yet (`herald ingest --store " + dir + "` makes one)");
            }
            return new LuceneStore(directory, Optional.empty());
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** Opens a store in a directory a test made: one that fails writes the way a full disk does. */
    static LuceneStore open(Directory directory) throws IOException {
        return new LuceneStore(directory, Optional.of(new TieredMergePolicy()));
    }

    /** Opens the store with this merge policy: tests that need several segments keep them apart with none. */
    static LuceneStore open(Path dir, MergePolicy mergePolicy) throws IOException {
        Objects.requireNonNull(dir, "dir");
        Directory directory = FSDirectory.open(dir);
        try {
            return new LuceneStore(directory, Optional.of(mergePolicy));
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /**
     * Sets how long each query may run from now on (default {@link #DEFAULT_QUERY_BUDGET}); a query past it stops
     * and throws {@link QueryTimeoutException}, so a flood of costly queries cannot hold threads for minutes.
     * Returns this store.
     */
    public LuceneStore limitQueryTime(Duration budget) {
        Objects.requireNonNull(budget, "budget");
        if (budget.isNegative() || budget.isZero()) throw new IllegalArgumentException("budget must be positive: " + budget);
        this.queryBudget = budget;
        return this;
    }

    @Override
    public boolean contains(String articleId) {
        return read(s -> s.count(article(articleId)) > 0);
    }

    /**
     * Indexes the article's block, replacing any earlier one with the same id. Throws
     * {@link IllegalArgumentException}, before anything is written, when the analysis contradicts itself (a span
     * outside the body, a speaker or actor naming an entity the analysis lacks).
     */
    @Override
    public void put(StoredArticle article) {
        put(article, true);
    }

    /**
     * Puts the article; {@code newNames} false for one put again by {@link #rejoin}, whose full names are stored
     * already: noting them would ask their surnames again at every refresh.
     */
    private void put(StoredArticle article, boolean newNames) {
        Objects.requireNonNull(article, "article");
        WriterSlot slot = writer();
        synchronized (placing) {
            Placed placed = read(s -> new Placed(stories.place(s, article),
                    resolver.resolve(new IndexedPeople(s.getIndexReader()), article.analysis())));
            StoryPlacement story = placed.story();
            Map<String, ResolvedEntity> entities = placed.entities();
            List<Document> block = documents.block(article, story, entities);
            try {
                slot.update(new Term(Fields.ARTICLE_ID, article.id()), block);
            } catch (StoreWriteException e) {
                rolledBack(); // none of the pending articles is stored
                throw e;
            }
            pending.add(story);
            pendingNames.add(ArticleDocuments.personNames(entities));
            if (newNames) surnameJoins.noteFullNames(entities.values());
            stories.placed(story);
            if (pending.size() >= PENDING_MAX) refreshSearchers();
        }
    }

    /**
     * Writes the article's block with a placement and entities decided elsewhere, skipping story placement, entity
     * resolution and the noting of surnames for joins:
     * {@link StoryFill}'s path for filling a store of millions of articles for a benchmark. Visible at the next
     * commit or refresh; the placement is never pending, so an article put before then does not see it. Safe from
     * several threads; not meant to run beside {@link #put}.
     */
    void putPlaced(StoredArticle article, StoryPlacement story, Map<String, ResolvedEntity> entities) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(story, "story");
        WriterSlot slot = writer();
        // Not under the placing lock: nothing is pending, and a fill writes from several threads at once.
        List<Document> block = documents.block(article, story, entities);
        try {
            slot.update(new Term(Fields.ARTICLE_ID, article.id()), block);
        } catch (StoreWriteException e) {
            rolledBack();
            throw e;
        }
    }

    /** What story placement has read since the store opened: candidate articles and stories per search. */
    public PlacementCounts.Totals placementTotals() {
        return stories.counts().totals();
    }

    /**
     * Deletes the article's block (every document carries its id). Stories, event counts and entity counts are
     * computed from the documents at query time, so they follow at the next refresh. The story's running sums of
     * article vectors, which place later articles, are not: the articles that joined after the deleted one get their
     * sums without it ({@link StoryRemoval}), and the store is refreshed, so the next article is placed against the
     * story as it is now.
     */
    @Override
    public boolean delete(String articleId) {
        Objects.requireNonNull(articleId, "articleId");
        WriterSlot slot = writer();
        synchronized (placing) {
            // Articles put since the last refresh are not visible yet, and a later one of the story holds a sum with
            // the deleted article in it: refresh, so all are found.
            if (!pending.all().isEmpty()) refreshSearchers();
            Optional<String> analysis = findAnalysisJson(articleId);
            if (analysis.isEmpty()) return false;
            // Its people may have been what joined a surname or kept one apart: asked again at the next refresh.
            for (String surname : resolver.surnames(analysisReader.read(analysis.get()))) surnameJoins.note(surname);
            try {
                for (StoryRemoval.Update u : read(s -> StoryRemoval.of(s, articleId))) update(slot, u);
                slot.delete(new Term(Fields.ARTICLE_ID, articleId));
            } catch (StoreWriteException e) {
                rolledBack();
                throw e;
            }
            stories.forgetSums();
            refreshSearchers();
            return true;
        }
    }

    /** Writes the update on the article's document, read again after a merge moved it (a few times at most). */
    private void update(WriterSlot slot, StoryRemoval.Update u) {
        Term id = new Term(Fields.ARTICLE_ID, u.articleId());
        for (int attempt = 0; attempt < 3; attempt++) {
            boolean done = read(s -> {
                int doc = Queries.firstLiveDocument(s.getIndexReader(), id);
                return doc == DocIdSetIterator.NO_MORE_DOCS
                        || slot.updateDocValues(s.getIndexReader(), doc, u.fields());
            });
            if (done) return;
            refreshSearchers();
        }
        throw new StoreWriteException("cannot update the story sum of " + u.articleId() + ": merges kept moving it",
                new IOException("document moved by merges"));
    }

    /**
     * Throws {@link org.herald.store.StoreWriteException} when the commit fails, or when an earlier failure
     * discarded this thread's writes since its last commit; the store is then at its last commit.
     */
    @Override
    public long commit() {
        long stored = commitWrites();
        // The writes are durable; the full names among them may claim people stored under their surname alone, whose
        // articles are then put again and committed too. Joining after the commit keeps a failed write's error the
        // commit's own.
        return rejoin() > 0 ? commitWrites() : stored;
    }

    private long commitWrites() {
        long mark = pending.mark();
        long namesMark = pendingNames.mark();
        try {
            writer().commit();
        } catch (StoreWriteException e) {
            rolledBack();
            throw e;
        }
        placementsVisible(mark, namesMark);
        return articleCount();
    }

    private void rolledBack() {
        synchronized (placing) {
            pending.clear();
            pendingNames.clear();
            stories.forgetSums();
        }
    }

    private void placementsVisible(long mark, long namesMark) {
        synchronized (placing) {
            pending.visibleBefore(mark);
            pendingNames.visibleBefore(namesMark);
        }
    }

    @Override
    public Optional<String> writeProblem() {
        return writer.flatMap(WriterSlot::problem);
    }

    /**
     * Also decides again the surname-only people of the surnames that full names put, or articles deleted, since the
     * last refresh touched ({@link #rejoin}).
     */
    @Override
    public void refresh() {
        rejoin();
    }

    @Override
    public long rejoinPeople() {
        writer();
        synchronized (placing) {
            read(s -> {
                Terms terms = MultiTerms.getTerms(s.getIndexReader(), Fields.PERSON_NAME);
                if (terms == null) return null;
                TermsEnum it = terms.iterator();
                for (BytesRef t = it.next(); t != null; t = it.next()) {
                    NameTerm name = NameTerm.parse(t.utf8ToString());
                    if (name.given().isEmpty()) surnameJoins.note(name.surname());
                }
                return null;
            });
        }
        return rejoin();
    }

    /**
     * Makes the writes so far visible, then puts again the articles of every surname-only mention of a surname noted
     * since that the evidence now decides otherwise ({@link SurnameJoins#toPutAgain}), and makes those visible;
     * returns how many were put again. The articles are read back from their stored analysis, so a re-put keeps its story and ingest time.
     */
    private long rejoin() {
        Set<String> surnames = surnameJoins.drain();
        refreshSearchers();
        if (surnames.isEmpty() || writer.isEmpty()) return 0;
        Set<String> articleIds = read(s -> {
            IndexedPeople people = new IndexedPeople(s.getIndexReader());
            Set<String> ids = new LinkedHashSet<>();
            for (String surname : surnames) {
                for (NameTerm t : SurnameJoins.toPutAgain(people, surname, resolver)) {
                    ids.addAll(articlesWith(s, new TermQuery(new Term(Fields.PERSON_NAME, t.term()))));
                }
            }
            return ids;
        });
        for (String id : articleIds) {
            findArticle(id).ifPresent(r -> put(new StoredArticle(id, analysisReader.read(r.analysisJson()),
                    r.analysisJson(), r.original(), r.ingested()), false));
        }
        if (!articleIds.isEmpty()) refreshSearchers();
        return articleIds.size();
    }

    /** The ids of the articles with an entity document that matches. */
    private static List<String> articlesWith(IndexSearcher s, Query entity) throws IOException {
        Query q = Queries.and(Fields.ENTITY, Optional.empty(), List.of(Optional.of(entity)));
        List<String> ids = new ArrayList<>();
        for (ScoreDoc hit : s.search(q, Math.max(1, s.count(q))).scoreDocs) {
            DocValuesAt.sorted(s.getIndexReader(), hit.doc, Fields.ARTICLE_ID).ifPresent(ids::add);
        }
        return ids;
    }

    private void refreshSearchers() {
        long mark = pending.mark();
        long namesMark = pendingNames.mark();
        try {
            searchers().maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("refresh failed", e);
        }
        placementsVisible(mark, namesMark);
    }

    private static final Set<String> RECORD_FIELDS = Set.of(Fields.ANALYSIS_JSON, Fields.ORIGINAL, Fields.INGESTED);

    @Override
    public Optional<StoredArticle.Record> findArticle(String articleId) {
        return read(s -> {
            TopDocs top = s.search(article(articleId), 1);
            if (top.scoreDocs.length == 0) return Optional.empty();
            Document doc = s.storedFields().document(top.scoreDocs[0].doc, RECORD_FIELDS);
            Optional<byte[]> original = Optional.ofNullable(doc.getBinaryValue(Fields.ORIGINAL))
                    .map(b -> Deflate.decompress(Arrays.copyOfRange(b.bytes, b.offset, b.offset + b.length)));
            IndexableField ingested = doc.getField(Fields.INGESTED);
            return Optional.of(new StoredArticle.Record(articleId, doc.get(Fields.ANALYSIS_JSON), original,
                    Instant.ofEpochMilli(ingested.numericValue().longValue())));
        });
    }

    private static final Set<String> ANALYSIS_FIELDS = Set.of(Fields.ANALYSIS_JSON);

    /** Reads only the analysis field: the original is deflated apart, and an export has no use for it. */
    @Override
    public Optional<String> findAnalysisJson(String articleId) {
        Objects.requireNonNull(articleId, "articleId");
        return read(s -> {
            TopDocs top = s.search(article(articleId), 1);
            if (top.scoreDocs.length == 0) return Optional.empty();
            Document doc = s.storedFields().document(top.scoreDocs[0].doc, ANALYSIS_FIELDS);
            return Optional.of(doc.get(Fields.ANALYSIS_JSON));
        });
    }

    private static final Set<String> STORY_FIELDS = Set.of(Fields.STORY_ID, Fields.DUPLICATE_OF);

    @Override
    public Optional<ArticleStory> findArticleStory(String articleId) {
        Objects.requireNonNull(articleId, "articleId");
        return read(s -> {
            TopDocs top = s.search(article(articleId), 1);
            if (top.scoreDocs.length == 0) return Optional.empty();
            Document doc = s.storedFields().document(top.scoreDocs[0].doc, STORY_FIELDS);
            return Optional.ofNullable(doc.get(Fields.STORY_ID))
                    .map(story -> new ArticleStory(story, Optional.ofNullable(doc.get(Fields.DUPLICATE_OF))));
        });
    }

    @Override
    public StoryPage searchStories(StoryQuery query) {
        Objects.requireNonNull(query, "query");
        return read(s -> storySearch.search(s, query));
    }

    @Override
    public Optional<StoryProfile> findStory(String storyId) {
        Objects.requireNonNull(storyId, "storyId");
        return read(s -> storySearch.profile(s, storyId));
    }

    @Override
    public ArticlePage searchArticles(ArticleQuery query) {
        Objects.requireNonNull(query, "query");
        return read(s -> articles.search(s, query));
    }

    @Override
    public EntitySearchPage searchEntities(EntityQuery query) {
        Objects.requireNonNull(query, "query");
        query.type().ifPresent(EntityKeys::requireType);
        return read(s -> entities.search(s, query));
    }

    @Override
    public EntityPage listEntities(Optional<String> type, Optional<String> after, int limit) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(after, "after");
        if (limit < 0 || limit > Paging.MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 0.." + Paging.MAX_LIMIT + ": " + limit);
        }
        type.ifPresent(EntityKeys::requireType);
        return read(s -> entityListing.list(s, type, after, limit));
    }

    @Override
    public Optional<EntityProfile> findEntity(String entityId) {
        Objects.requireNonNull(entityId, "entityId");
        return read(s -> entities.profile(s, entityId));
    }

    @Override
    public QuotePage searchQuotes(QuoteQuery query) {
        Objects.requireNonNull(query, "query");
        return read(s -> quotes.search(s, query));
    }

    @Override
    public EventPage searchEvents(EventQuery query) {
        Objects.requireNonNull(query, "query");
        return read(s -> events.search(s, query));
    }

    @Override
    public List<TimelineBucket> timeline(TimelineQuery query) {
        Objects.requireNonNull(query, "query");
        return read(s -> timeline.buckets(s, query));
    }

    @Override
    public Trends trends(TrendsQuery query) {
        Objects.requireNonNull(query, "query");
        return read(s -> trendSearch.trends(s, query));
    }

    @Override
    public long articleCount() {
        return read(s -> (long) s.count(Queries.kind(Fields.ARTICLE)));
    }

    @Override
    public long eventCount() {
        return read(s -> (long) s.count(Queries.kind(Fields.EVENT)));
    }

    /** Drops writes since the last {@link #commit()} (see the class comment) and releases the directory. */
    @Override
    public void close() throws IOException {
        IOUtils.close(readOnlySearchers.orElse(null), writer.orElse(null), directory);
    }

    private WriterSlot writer() {
        return writer.orElseThrow(() -> new IllegalStateException("the store is open read-only"));
    }

    private SearcherManager searchers() {
        return writer.map(WriterSlot::searchers).orElseGet(readOnlySearchers::orElseThrow);
    }

    private static Query article(String articleId) {
        return Queries.and(Fields.ARTICLE, Optional.empty(),
                List.of(Optional.of(new TermQuery(new Term(Fields.ARTICLE_ID, articleId)))));
    }

    /**
     * A query on the current searcher, released afterwards even when the query throws. The query gets a searcher of
     * its own over the same reader, whose timeout is this query's deadline (a searcher's timeout is not per call),
     * checked by its stored-field reads too.
     */
    private <T> T read(SearcherFunction<T> query) {
        try {
            SearcherManager searchers = searchers();
            IndexSearcher shared;
            try {
                shared = searchers.acquire();
            } catch (AlreadyClosedException e) {
                // A failed write's writer was replaced between the two lines above: the new one's searchers serve.
                searchers = searchers();
                shared = searchers.acquire();
            }
            try {
                return query.apply(new BudgetedSearcher(shared.getIndexReader(), queryBudget));
            } finally {
                searchers.release(shared);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("index read failed", e);
        }
    }

    /** Where an article goes, decided on one searcher: its story and the store entity of each of its entities. */
    private record Placed(StoryPlacement story, Map<String, ResolvedEntity> entities) {}

    @FunctionalInterface
    private interface SearcherFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }
}
