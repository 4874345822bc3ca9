package org.herald.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

import com.fasterxml.jackson.databind.node.ArrayNode;
import org.apache.http.HttpHost;
import org.herald.model.analysis.Place;
import org.herald.nlp.entity.Places;
import org.herald.store.ArticlePage;
import org.herald.store.AnalysisCheck;
import org.herald.store.ArticleQuery;
import org.herald.store.ArticleStory;
import org.herald.store.DateRange;
import org.herald.store.EventTraits;
import org.herald.store.EntityKeys;
import org.herald.store.EntityPage;
import org.herald.store.EntityProfile;
import org.herald.store.EntityQuery;
import org.herald.store.EntitySearchPage;
import org.herald.store.EventPage;
import org.herald.store.EventQuery;
import org.herald.store.Paging;
import org.herald.store.QuotePage;
import org.herald.store.QuoteQuery;
import org.herald.store.Store;
import org.herald.store.StoredArticle;
import org.herald.store.StoryPage;
import org.herald.store.StoryProfile;
import org.herald.store.StoryQuery;
import org.herald.store.TimelineBucket;
import org.herald.store.TimelineQuery;
import org.herald.store.Trends;
import org.herald.store.TrendsQuery;
import org.herald.store.entities.EntityResolver;
import org.herald.store.entities.PendingNames;
import org.herald.store.entities.StateBodies;
import org.opensearch.client.RestClient;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.aggregations.Aggregate;
import org.opensearch.client.opensearch._types.aggregations.CalendarInterval;
import org.opensearch.client.opensearch._types.aggregations.DateHistogramBucket;
import org.opensearch.client.opensearch._types.aggregations.StringTermsBucket;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.Hit;
import org.opensearch.client.transport.rest_client.RestClientTransport;

/**
 * The {@link Store} on an OpenSearch 2.19 cluster, through the official Java client: articles, events, entities
 * (one document per entity per article) and quotes in four indices ({@link Mappings}), written with bulk requests,
 * searched with bool queries; facets, timelines, stories, entity pages and trends counted by aggregations on the
 * cluster. Each article is put in a story as it is stored ({@link StoryPlacer}, the Lucene store's scoring).
 *
 * <p>Writes are batched: {@code put} keeps the article's documents, and {@link #refresh()} or {@link #commit()}
 * (or the {@value BatchWriter#PENDING_MAX}th pending article) sends them in size-bounded bulk requests and refreshes, so they
 * are visible; {@code commit} then flushes, so they are durable. The cluster, not this process, decides what
 * survives a crash: each bulk request is in the translog. Entities are resolved across articles as they are put
 * ({@link EntityResolver}, shared with the Lucene store: "Lavrov" joins the stored "Sergei Lavrov"). A batch the
 * cluster refuses part of fails the commit ({@link Bulk}).
 */
public final class OpenSearchStore implements Store {
    private final RestClient rest;
    private final OpenSearchClient client;
    private final String articles;
    private final String events;
    private final String entityIndex;
    private final String quoteIndex;
    private final EntityKeys keys = new EntityKeys();
    private final BatchWriter writer;
    private final Entities entities;
    private final Stories stories;
    private final Quotes quotes;
    private final TrendSearch trendSearch;
    private final EventCounts eventCounts;

    private OpenSearchStore(RestClient rest, String prefix) {
        this.rest = rest;
        this.client = new OpenSearchClient(new RestClientTransport(rest, new JacksonJsonpMapper()));
        this.articles = prefix + "-articles";
        this.events = prefix + "-events";
        this.entityIndex = prefix + "-entities";
        this.quoteIndex = prefix + "-quotes";
        Searches searches = new Searches(rest);
        // entities are resolved across articles as the Lucene store resolves them, with its resolver
        PendingNames names = new PendingNames();
        EntityResolver resolver = new EntityResolver(keys, Places.load(), new StateBodies(), names);
        this.writer = new BatchWriter(client, searches, new StoryPlacer(searches, articles), new Documents(keys),
                resolver, names, articles, events, entityIndex, quoteIndex);
        this.entities = new Entities(searches, entityIndex, articles);
        this.stories = new Stories(searches, articles, events, entities);
        this.quotes = new Quotes(searches, quoteIndex, keys);
        this.eventCounts = new EventCounts(searches, articles, events);
        this.trendSearch = new TrendSearch(searches, articles, entityIndex, events, stories, entities);
    }

    /**
     * Opens the store under {@code prefix} on the cluster at {@code url} ({@code http://host:9200}), installing
     * its index templates and creating its indices when missing; throws {@link UncheckedIOException} when the
     * cluster does not answer.
     */
    public static OpenSearchStore open(String url, String prefix) {
        Objects.requireNonNull(url, "url");
        if (!prefix.matches("[a-z0-9][a-z0-9_-]*"))
            throw new IllegalArgumentException("index prefix must be lower-case letters, digits, - or _: " + prefix);
        RestClient rest = RestClient.builder(HttpHost.create(url)).build();
        OpenSearchStore store = new OpenSearchStore(rest, prefix);
        try {
            Mappings.install(store.client, prefix, 1);
        } catch (IOException e) {
            store.close();
            throw new UncheckedIOException("OpenSearch at " + url + ": " + e.getMessage(), e);
        }
        return store;
    }

    @Override
    public boolean contains(String articleId) {
        return io(() -> client.exists(e -> e.index(articles).id(articleId)).value());
    }

    @Override
    public synchronized void put(StoredArticle article) {
        Objects.requireNonNull(article, "article");
        AnalysisCheck.check(article.analysis());
        io(() -> {
            writer.put(article);
            return null;
        });
    }

    @Override
    public synchronized boolean delete(String articleId) {
        Objects.requireNonNull(articleId, "articleId");
        return io(() -> writer.delete(articleId, this::findArticle));
    }

    @Override
    public synchronized long commit() {
        io(() -> {
            writer.sendForCommit();
            // the batch is stored: its full names may claim people stored under their surname alone
            writer.rejoin(this::findArticle);
            client.indices().refresh(r -> r.index(articles, events, entityIndex, quoteIndex));
            client.indices().flush(f -> f.index(articles, events, entityIndex, quoteIndex));
            return null;
        });
        return articleCount();
    }

    @Override
    public synchronized void refresh() {
        io(() -> {
            writer.rejoin(this::findArticle);
            return client.indices().refresh(r -> r.index(articles, events, entityIndex, quoteIndex));
        });
    }

    @Override
    public synchronized long rejoinPeople() {
        return io(() -> {
            writer.noteSurnamesAlone();
            return writer.rejoin(this::findArticle);
        });
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Optional<StoredArticle.Record> findArticle(String articleId) {
        return io(() -> {
            var got = client.get(g -> g.index(articles).id(articleId), Map.class);
            if (!got.found() || got.source() == null) return Optional.empty();
            Map source = got.source();
            Optional<byte[]> original = Optional.ofNullable((String) source.get("original"))
                    .map(Base64.getDecoder()::decode);
            return Optional.of(new StoredArticle.Record(articleId, (String) source.get("analysis_json"), original,
                    Instant.ofEpochMilli(((Number) source.get("ingested")).longValue())));
        });
    }

    @Override
    public ArticlePage searchArticles(ArticleQuery query) {
        List<Query> filters = new ArrayList<>();
        range(filters, query.dates().from(), query.dates().to());
        query.site().ifPresent(s -> filters.add(term("site", s.toLowerCase(java.util.Locale.ROOT))));
        query.entity().ifPresent(e -> filters.add(term("entities", e)));
        Optional<Query> text = query.text().filter(t -> !t.isBlank())
                .map(t -> Query.of(q -> q.simpleQueryString(s -> s.query(t).fields("title^2", "summary", "body")
                        .defaultOperator(org.opensearch.client.opensearch._types.query_dsl.Operator.And))));
        Query bool = Query.of(q -> q.bool(b -> {
            b.filter(filters);
            text.ifPresent(b::must);
            return b;
        }));
        // a text search's cursor holds a score, one without a day: neither continues the other
        String search = text.isEmpty() ? "articles" : "articles-text";
        PageCursor.Window window = PageCursor.window(query.paging(), search, 2);
        return io(() -> {
            SearchResponse<Map> response = client.search(s -> {
                s.index(articles).query(bool).from(window.from()).size(window.size())
                        .trackTotalHits(t -> t.enabled(true))
                        .source(src -> src.filter(f -> f.includes("title", "published", "site_name", "url", "summary",
                                "story_id", "duplicate_of")))
                        .aggregations("sites", a -> a.terms(t -> t.field("site").size(10)))
                        .aggregations("entities", a -> a.terms(t -> t.field("entities").size(10)))
                        .aggregations("months", a -> a.dateHistogram(d -> d.field("day")
                                .calendarInterval(CalendarInterval.Month).format("yyyy-MM").minDocCount(1)));
                if (text.isEmpty())
                    s.sort(o -> o.field(f -> f.field("day").order(SortOrder.Desc).missing(FieldValue.of("_last"))));
                else s.sort(o -> o.score(sc -> sc.order(SortOrder.Desc)));
                s.sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
                window.after().ifPresent(a -> s.searchAfterVals(PageCursor.fieldValues(a)));
                return s;
            }, Map.class);
            List<ArticlePage.Hit> hits = new ArrayList<>();
            List<ArrayNode> sorts = new ArrayList<>();
            for (Hit<Map> h : response.hits().hits()) {
                if (hits.size() == query.paging().limit()) break;
                sorts.add(PageCursor.json(h.sortVals()));
                Map src = h.source();
                hits.add(new ArticlePage.Hit(h.id(), opt(src, "title"), opt(src, "published"), opt(src, "site_name"),
                        opt(src, "url"), opt(src, "summary"), opt(src, "story_id"), opt(src, "duplicate_of")));
            }
            ArticlePage.Facets facets = new ArticlePage.Facets(terms(response, "sites"), terms(response, "entities"),
                    months(response));
            return new ArticlePage(response.hits().total().value(), hits, facets, PageCursor.next(sorts,
                    response.hits().hits().size(), query.paging(), window, search));
        });
    }

    @Override
    public EventPage searchEvents(EventQuery query) {
        Query filter = EventFilters.of(query.source(), query.target(), query.cameo(), query.plover(), query.entity(),
                query.dates(), query.traits());
        PageCursor.Window window = PageCursor.window(query.paging(), "events", 4);
        return io(() -> {
            // as the Lucene store's: newest event day, newest article, then the article's id and text order
            SearchResponse<Map> response = client.search(s -> {
                s.index(events).query(filter).from(window.from()).size(window.size())
                        .trackTotalHits(t -> t.enabled(true))
                        .sort(o -> o.field(f -> f.field("day").order(SortOrder.Desc).missing(FieldValue.of("_last"))))
                        .sort(o -> o.field(f -> f.field("time").order(SortOrder.Desc).missing(FieldValue.of("_last"))))
                        .sort(o -> o.field(f -> f.field("article_id").order(SortOrder.Asc)))
                        .sort(o -> o.field(f -> f.field("seq").order(SortOrder.Asc)));
                window.after().ifPresent(a -> s.searchAfterVals(PageCursor.fieldValues(a)));
                return s;
            }, Map.class);
            List<EventPage.Hit> hits = new ArrayList<>();
            List<ArrayNode> sorts = new ArrayList<>();
            for (Hit<Map> h : response.hits().hits()) {
                if (hits.size() == query.paging().limit()) break;
                hits.add(eventHit(h.source()));
                sorts.add(PageCursor.json(h.sortVals()));
            }
            Optional<String> next = PageCursor.next(sorts, response.hits().hits().size(), query.paging(), window,
                    "events");
            return new EventPage(response.hits().total().value(), eventCounts.add(hits), next);
        });
    }

    @Override
    public List<TimelineBucket> timeline(TimelineQuery query) {
        Query filter = EventFilters.of(query.source(), query.target(), query.cameo(), Optional.empty(),
                Optional.empty(), query.dates(), query.traits());
        CalendarInterval interval = switch (query.interval()) {
            case DAY -> CalendarInterval.Day;
            case WEEK -> CalendarInterval.Week;
            case MONTH -> CalendarInterval.Month;
        };
        return io(() -> {
            SearchResponse<Void> response = client.search(s -> s.index(events).query(filter).size(0)
                    .aggregations("buckets", a -> a.dateHistogram(d -> d.field("day").calendarInterval(interval)
                                    .format("yyyy-MM-dd").minDocCount(1))
                            .aggregations("goldstein", g -> g.sum(x -> x.field("goldstein")))
                            .aggregations("quad", q -> q.terms(t -> t.field("quad").size(4)))), Void.class);
            List<TimelineBucket> buckets = new ArrayList<>();
            for (DateHistogramBucket b : response.aggregations().get("buckets").dateHistogram().buckets().array()) {
                long[] quad = new long[4];
                for (var q : b.aggregations().get("quad").lterms().buckets().array())
                    quad[Integer.parseInt(q.key()) - 1] = q.docCount();
                buckets.add(new TimelineBucket(LocalDate.parse(b.keyAsString()), b.docCount(),
                        b.aggregations().get("goldstein").sum().value(), quad));
            }
            return buckets;
        });
    }

    /** As the Lucene store's entity profile: how many quotes, events and newest articles a profile lists. */
    static final int PROFILE_QUOTES = 50;
    static final int PROFILE_EVENTS = 50;
    static final int PROFILE_ARTICLES = 20;

    @Override
    public long articleCount() {
        return io(() -> client.count(c -> c.index(articles)).count());
    }

    @Override
    public long eventCount() {
        return io(() -> client.count(c -> c.index(events)).count());
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Optional<ArticleStory> findArticleStory(String articleId) {
        Objects.requireNonNull(articleId, "articleId");
        return io(() -> {
            var got = client.get(g -> g.index(articles).id(articleId).sourceIncludes("story_id", "duplicate_of"),
                    Map.class);
            if (!got.found() || got.source() == null || got.source().get("story_id") == null) return Optional.empty();
            return Optional.of(new ArticleStory((String) got.source().get("story_id"),
                    opt(got.source(), "duplicate_of")));
        });
    }

    @Override
    public StoryPage searchStories(StoryQuery query) {
        Objects.requireNonNull(query, "query");
        return stories.search(query);
    }

    @Override
    public Optional<StoryProfile> findStory(String storyId) {
        Objects.requireNonNull(storyId, "storyId");
        return stories.profile(storyId);
    }

    @Override
    public EntitySearchPage searchEntities(EntityQuery query) {
        Objects.requireNonNull(query, "query");
        query.type().ifPresent(EntityKeys::requireType);
        return entities.search(query);
    }

    @Override
    public EntityPage listEntities(Optional<String> type, Optional<String> after, int limit) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(after, "after");
        if (limit < 0 || limit > Paging.MAX_LIMIT)
            throw new IllegalArgumentException("limit must be 0.." + Paging.MAX_LIMIT + ": " + limit);
        type.ifPresent(EntityKeys::requireType);
        return entities.list(type, after, limit);
    }

    @Override
    public Optional<EntityProfile> findEntity(String entityId) {
        Objects.requireNonNull(entityId, "entityId");
        Optional<Entities.Detail> detail = entities.detail(entityId);
        if (detail.isEmpty()) return Optional.empty();
        Entities.Detail d = detail.get();
        List<QuotePage.Hit> said = quotes.search(new QuoteQuery(Optional.of(entityId), Optional.empty(),
                DateRange.ALL, Paging.first(PROFILE_QUOTES))).quotes();
        List<EventPage.Hit> took = searchEvents(new EventQuery(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(entityId), DateRange.ALL, EventTraits.ANY,
                Paging.first(PROFILE_EVENTS))).events();
        List<ArticlePage.Hit> newest = searchArticles(new ArticleQuery(Optional.empty(), DateRange.ALL,
                Optional.of(entityId), Optional.empty(), Paging.first(PROFILE_ARTICLES))).articles();
        return Optional.of(new EntityProfile(d.summary(), d.titles(), d.roles(), d.aliases(), newest, d.timeline(),
                said, took, entities.coMentions(entityId)));
    }

    @Override
    public QuotePage searchQuotes(QuoteQuery query) {
        Objects.requireNonNull(query, "query");
        return quotes.search(query);
    }

    @Override
    public Trends trends(TrendsQuery query) {
        Objects.requireNonNull(query, "query");
        return trendSearch.trends(query);
    }

    /** Why the last batch could not be stored, until one is. */
    @Override
    public Optional<String> writeProblem() {
        return writer.problem();
    }

    @Override
    public void close() {
        try {
            rest.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(FieldValue.of(value))));
    }

    static void range(List<Query> filters, Optional<LocalDate> from, Optional<LocalDate> to) {
        if (from.isEmpty() && to.isEmpty()) return;
        filters.add(Query.of(q -> q.range(r -> {
            r.field("day");
            from.ifPresent(f -> r.gte(org.opensearch.client.json.JsonData.of(f.toString())));
            to.ifPresent(t -> r.lte(org.opensearch.client.json.JsonData.of(t.toString())));
            return r;
        })));
    }

    @SuppressWarnings("rawtypes")
    private static List<ArticlePage.Count> terms(SearchResponse<Map> response, String name) {
        List<ArticlePage.Count> counts = new ArrayList<>();
        for (StringTermsBucket b : response.aggregations().get(name).sterms().buckets().array())
            counts.add(new ArticlePage.Count(b.key(), b.key(), b.docCount()));
        return counts;
    }

    @SuppressWarnings("rawtypes")
    private static List<ArticlePage.Count> months(SearchResponse<Map> response) {
        List<ArticlePage.Count> counts = new ArrayList<>();
        Aggregate months = response.aggregations().get("months");
        for (DateHistogramBucket b : months.dateHistogram().buckets().array())
            counts.add(new ArticlePage.Count(b.keyAsString(), b.keyAsString(), b.docCount()));
        return counts;
    }

    @SuppressWarnings("rawtypes")
    private static EventPage.Hit eventHit(Map src) {
        EventPage.Actor source = new EventPage.Actor((String) src.get("source_name"),
                Objects.toString(src.get("source_code"), ""), opt(src, "source_entity"));
        Optional<EventPage.Actor> target = opt(src, "target_name").map(n -> new EventPage.Actor(n,
                Objects.toString(src.get("target_code"), ""), opt(src, "target_entity")));
        Optional<Place> location = opt(src, "location").map(n -> new Place(n, opt(src, "location_country"),
                Place.Kind.UNKNOWN, Optional.empty(), Optional.empty(), Optional.empty()));
        Object confidence = src.get("confidence");
        return new EventPage.Hit((String) src.get("article_id"), opt(src, "article_title"), source, target,
                (String) src.get("cameo"), (String) src.get("plover"), ((Number) src.get("goldstein")).doubleValue(),
                ((Number) src.get("quad")).intValue(), (String) src.get("mode"), opt(src, "event_date"), location,
                (String) src.get("sentence"), (String) src.get("trigger"), (String) src.get("rule"),
                confidence == null ? OptionalDouble.empty() : OptionalDouble.of(((Number) confidence).doubleValue()),
                opt(src, "story_id"), Boolean.TRUE.equals(src.get("root")), Optional.empty(),
                ((Number) src.get("seq")).intValue());
    }

    @SuppressWarnings("rawtypes")
    private static Optional<String> opt(Map src, String field) {
        return Optional.ofNullable(src.get(field)).map(Object::toString);
    }

    private interface Call<T> {
        T run() throws IOException;
    }

    /** I/O errors of the cluster become the store's unchecked ones, with the cluster's reason. */
    private static <T> T io(Call<T> call) {
        try {
            return call.run();
        } catch (IOException e) {
            throw new UncheckedIOException("OpenSearch: " + e.getMessage(), e);
        }
    }
}
