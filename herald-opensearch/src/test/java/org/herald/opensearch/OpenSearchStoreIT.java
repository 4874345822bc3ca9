package org.herald.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.http.HttpHost;

import org.herald.model.analysis.EntityType;
import org.herald.nlp.entity.Places;
import org.herald.store.ArticlePage;
import org.herald.store.ArticleQuery;
import org.herald.store.DateRange;
import org.herald.store.EventPage;
import org.herald.store.EventQuery;
import org.herald.store.EventTraits;
import org.herald.store.Paging;
import org.herald.store.QuoteQuery;
import org.herald.store.Store;
import org.herald.store.StoreWriteException;
import org.herald.store.StoryPage;
import org.herald.store.StoryQuery;
import org.herald.store.StorySummary;
import org.herald.store.StoredArticle;
import org.herald.store.contract.ArticleFixture;
import org.herald.store.contract.Corpus;
import org.herald.store.contract.CursorContract;
import org.herald.store.contract.EntityContract;
import org.herald.store.contract.EntityJoinContract;
import org.herald.store.contract.QuoteContract;
import org.herald.store.contract.RejoinContract;
import org.herald.store.contract.StoryContract;
import org.herald.store.contract.StorySamples;
import org.herald.store.contract.SurnameJoinContract;
import org.herald.store.contract.TrendContract;
import org.herald.store.contract.TimelineContract;
import org.herald.store.synthetic.SyntheticArticles;
import org.herald.stories.StorySum;
import org.herald.stories.TermCounts;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opensearch.client.Request;
import org.opensearch.client.RestClient;

/**
 * The OpenSearch store on a real 2.19.6 node: the store contracts the Lucene store passes (the timeline inherited,
 * entities, quotes, stories and trends nested), then articles, facets, events and idempotent writes over the same
 * {@link Corpus}.
 */
class OpenSearchStoreIT extends TimelineContract {
    @RegisterExtension
    static final ClusterCorpus corpus = new ClusterCorpus();

    @Override
    protected Store store() {
        return corpus.store;
    }

    @Test
    void countsTheCorpus() {
        assertEquals(4, corpus.store.articleCount());
        assertEquals(7, corpus.store.eventCount());
        assertTrue(corpus.store.contains("a1"));
        assertFalse(corpus.store.contains("a9"));
    }

    @Test
    void findsTheStoredAnalysisAndOriginal() {
        var record = corpus.store.findArticle("a1").orElseThrow();
        assertEquals(Corpus.a1().analysisJson(), record.analysisJson());
        assertEquals(new String(Corpus.a1().original().orElseThrow()), new String(record.original().orElseThrow()));
        assertEquals(Corpus.a1().ingested(), record.ingested());
        assertEquals(Optional.empty(), corpus.store.findArticle("a9"));
    }

    @Test
    void articlesNewestFirstWithFacets() {
        ArticlePage page = corpus.store.searchArticles(ArticleQuery.all(10));
        assertEquals(4, page.total());
        // a4 has no date: last
        assertEquals(List.of("a3", "a2", "a1", "a4"), page.articles().stream().map(ArticlePage.Hit::id).toList());
        assertEquals("news.example.org 3, other.example.com 1", counts(page.facets().sites()));
        assertEquals("2024-05 2, 2024-06 1", counts(page.facets().months()));
        assertTrue(counts(page.facets().entities()).startsWith("person:antony-blinken 3"),
                counts(page.facets().entities()));
    }

    @Test
    void articlesByTextSiteEntityAndDates() {
        // text: by relevance, so compared as a set
        assertEquals(List.of("a1", "a3"), sorted(new ArticleQuery(Optional.of("Geneva"), DateRange.ALL, Optional.empty(),
                Optional.empty(), Paging.first(10))));
        // english stemming: "talk" finds "talks" and "talk"
        assertEquals(List.of("a1", "a3"), sorted(new ArticleQuery(Optional.of("talk"), DateRange.ALL, Optional.empty(),
                Optional.empty(), Paging.first(10))));
        assertEquals(List.of("a2"), ids(new ArticleQuery(Optional.empty(), DateRange.ALL, Optional.empty(),
                Optional.of("other.example.com"), Paging.first(10))));
        assertEquals(List.of("a2"), ids(new ArticleQuery(Optional.empty(), DateRange.ALL,
                Optional.of("person:dmitry-peskov"), Optional.empty(), Paging.first(10))));
        DateRange may = new DateRange(Optional.of(LocalDate.parse("2024-05-01")), Optional.of(LocalDate.parse("2024-05-31")));
        assertEquals(List.of("a2", "a1"), ids(new ArticleQuery(Optional.empty(), may, Optional.empty(),
                Optional.empty(), Paging.first(10))));
    }

    @Test
    void eventsByActorPrefixCameoAndQuad() {
        EventPage rus = corpus.store.searchEvents(events(Optional.of("RUS"), Optional.of("UKR"), Optional.empty(),
                EventTraits.ANY));
        assertEquals(List.of("a3/1 046", "a2/0 130", "a2/1 190"), lines(rus));
        EventPage cameo = corpus.store.searchEvents(events(Optional.empty(), Optional.empty(), Optional.of("04"),
                EventTraits.ANY));
        assertEquals(List.of("a3/1 046", "a3/0 042", "a1/0 040"), lines(cameo));
        EventTraits quad3 = new EventTraits(EventTraits.ANY.modes(), Optional.of(3), 0);
        assertEquals(2, corpus.store.searchEvents(events(Optional.empty(), Optional.empty(), Optional.empty(), quad3))
                .total());
        EventPage.Hit hit = rus.events().get(0);
        assertEquals("Talks resume in Geneva", hit.articleTitle().orElseThrow());
        assertEquals("Consult", hit.plover());
        assertEquals(7.0, hit.goldstein());
    }

    @Test
    void putAgainReplacesAndDeleteRemovesWithEvents() {
        corpus.store.put(Corpus.a2());
        corpus.store.commit();
        assertEquals(4, corpus.store.articleCount());
        assertEquals(7, corpus.store.eventCount());
        assertFalse(corpus.store.delete("a9"));
    }

    @Test
    void anArticleIsInTheStoryItOpenedAndACommitSendsTheBatch() {
        assertEquals("a1", corpus.store.findArticleStory("a1").orElseThrow().storyId());
        assertEquals(Optional.empty(), corpus.store.findArticleStory("a9"));
        // four unrelated articles: four stories, each of one
        StoryPage stories = corpus.store.searchStories(new StoryQuery(StoryQuery.Sort.RECENT, Paging.first(10)));
        assertEquals(4, stories.total());
        assertEquals(List.of("a3", "a2", "a1", "a4"), stories.stories().stream().map(StorySummary::id).toList());
        // an article hit names its story, as the web UI's article list links it
        assertEquals(List.of("a3", "a2", "a1", "a4"), corpus.store.searchArticles(ArticleQuery.all(10)).articles()
                .stream().map(h -> h.story().orElseThrow()).toList());
    }

    @Test
    void putsWaitForTheCommitThatSendsThemAndADeleteTakesEntitiesAndQuotesAlong() throws IOException {
        try (OpenSearchStore store = corpus.emptyStore()) {
            store.put(Corpus.a1());
            store.put(Corpus.a2());
            assertFalse(store.contains("a1"), "kept for the commit's bulk request, not sent one by one");
            assertEquals(2, store.commit());
            assertTrue(store.contains("a1"));
            assertEquals(2, store.searchQuotes(allQuotes()).total());
            assertTrue(store.findEntity("organization:nato").isPresent());

            assertTrue(store.delete("a1"));
            store.commit();
            assertEquals(1, store.searchQuotes(allQuotes()).total());
            assertTrue(store.findEntity("organization:nato").isEmpty(), "NATO was only in a1");
            assertEquals(1, store.findEntity("person:sergei-lavrov").orElseThrow().summary().articles());
            assertEquals(Optional.empty(), store.findArticleStory("a1"));
        }
    }

    @Test
    void aSpeakerNamingAnUnknownEntityIsRejectedBeforeAnythingIsKept() throws IOException {
        StoredArticle bad = ArticleFixture.article("bad", "\"No,\" Lopes said.").quote("No", "Lopes", "e7").build();
        try (OpenSearchStore store = corpus.emptyStore()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> store.put(bad));
            assertTrue(e.getMessage().contains("unknown entity e7"), e.getMessage());
            assertEquals(0, store.commit());
        }
    }

    /** An article's story size and sum, as its document holds them. */
    private record Joined(long size, StorySum sum) {
        Set<String> words() {
            String encoded = sum.encode(Documents.SUM_TERMS);
            return TermCounts.decode(encoded.substring(encoded.indexOf('\n') + 1)).words().keySet();
        }
    }

    private static Joined joined(String prefix, String articleId) throws IOException {
        try (RestClient rest = RestClient.builder(HttpHost.create(corpus.node.url())).build()) {
            JsonNode src = Searches.hits(new Searches(rest).search(prefix + "-articles", Searches.map(
                    "query", Searches.term("id", articleId)))).get(0).path("_source");
            return new Joined(src.path("story_size").asLong(), StorySum.decode(src.path("story_sum").asText()));
        }
    }

    /** As the Lucene store's StoryRemovalTest: deleting an article takes it out of its story's centroid (#14). */
    @Test
    void theStoryNewestSumForgetsAnArticleDeletedFromTheMiddleOfTheStory() throws IOException {
        try (OpenSearchStore control = OpenSearchStore.open(corpus.node.url(), "removal-control")) {
            control.put(StorySamples.wire());
            control.put(StorySamples.copy());
            control.commit();
        }
        Set<String> withoutRewrite = joined("removal-control", "copy").words();
        try (OpenSearchStore store = OpenSearchStore.open(corpus.node.url(), "removal")) {
            store.put(StorySamples.wire());
            store.commit();
            store.put(StorySamples.rewrite());
            store.commit();
            store.put(StorySamples.copy());
            store.commit();
            assertEquals("wire", store.findArticleStory("rewrite").orElseThrow().storyId());
            assertEquals("wire", store.findArticleStory("copy").orElseThrow().storyId());
            Joined before = joined("removal", "copy");
            assertEquals(3, before.size());
            Set<String> rewriteOnly = new HashSet<>(before.words());
            rewriteOnly.removeAll(withoutRewrite);
            assertFalse(rewriteOnly.isEmpty(), "the rewrite brought words of its own: " + before.words());

            assertTrue(store.delete("rewrite"));
            store.commit();
            Joined after = joined("removal", "copy");
            assertEquals(2, after.size(), "the newest of two articles");
            assertEquals(2, after.sum().articles());
            Set<String> left = new HashSet<>(after.words());
            left.retainAll(rewriteOnly);
            assertEquals(Set.of(), left, "words only the deleted rewrite had");
            assertEquals(withoutRewrite, after.words());
            assertEquals(1, joined("removal", "wire").size(), "the story's first article is left as it was");

            // placed against the story without the deleted article: wire, copy and the new one
            store.put(StorySamples.article("again", "third.example", "Tessaro fined",
                    StorySamples.FINE_COPY.replace("Reporting by wire staff.", "Additional reporting."),
                    "2024-05-07T18:00:00Z"));
            store.commit();
            assertEquals("wire", store.findArticleStory("again").orElseThrow().storyId());
            assertEquals(3, joined("removal", "again").size());
            assertEquals(3, joined("removal", "again").sum().articles());
        }
    }

    /** Puts one index setting on the node, as an operator would ({@code null} takes it away). */
    private static void setting(String index, String key, Object value) throws IOException {
        try (RestClient rest = RestClient.builder(HttpHost.create(corpus.node.url())).build()) {
            Request request = new Request("PUT", "/" + index + "/_settings");
            request.setJsonEntity(new ObjectMapper().writeValueAsString(Collections.singletonMap(key, value)));
            rest.performRequest(request);
        }
    }

    /**
     * A batch the cluster refuses part of (#14): here a write block on the quotes index, so a1's quotes cannot be
     * written while a4, which has none, can. The commit fails naming a1, a1 is not stored (none of its documents
     * stay, so the next ingest stores it again), a4 is, and once the block is gone a1 is stored.
     */
    @Test
    void aBatchTheClusterRefusesFailsTheCommitAndNoArticleOfItPassesForStored() throws IOException {
        try (OpenSearchStore store = OpenSearchStore.open(corpus.node.url(), "refusing")) {
            setting("refusing-quotes", "index.blocks.write", true);
            store.put(Corpus.a1());
            store.put(Corpus.a4());
            StoreWriteException e = assertThrows(StoreWriteException.class, store::commit);
            assertTrue(e.getMessage().contains("1 article") && e.getMessage().contains("a1"), e.getMessage());
            assertTrue(e.getMessage().contains("cluster_block_exception"), e.getMessage());
            assertFalse(store.contains("a1"), "a1 lost its quote: not stored");
            assertTrue(store.contains("a4"));
            assertEquals(1, store.eventCount(), "a4's event only: a1's events were taken back out");
            assertTrue(store.writeProblem().isPresent());

            setting("refusing-quotes", "index.blocks.write", null);
            store.put(Corpus.a1());
            assertEquals(2, store.commit());
            assertEquals(3, store.eventCount());
            assertEquals(1, store.searchQuotes(allQuotes()).total());
            assertEquals(Optional.empty(), store.writeProblem());
        }
    }

    /**
     * A batch refused for a while is retried with backoff (#14): a disk watermark's read-only-allow-delete block
     * answers 429, here put on the events index and lifted a second later, while the commit waits.
     */
    @Test
    void aBatchRefusedForAWhileIsRetriedUntilTheClusterTakesIt() throws Exception {
        try (OpenSearchStore store = OpenSearchStore.open(corpus.node.url(), "busy")) {
            setting("busy-events", "index.blocks.read_only_allow_delete", true);
            Thread lift = new Thread(() -> {
                try {
                    Thread.sleep(1_000);
                    setting("busy-events", "index.blocks.read_only_allow_delete", null);
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            lift.start();
            store.put(Corpus.a1());
            assertEquals(1, store.commit());
            lift.join();
            assertEquals(2, store.eventCount());
            assertEquals(Optional.empty(), store.writeProblem());
        }
    }

    private static QuoteQuery allQuotes() {
        return new QuoteQuery(Optional.empty(), Optional.empty(), DateRange.ALL, Paging.first(10));
    }

    /** The entity contract the Lucene store passes, on this node. */
    /**
     * The bench's bulk loader writes what the store reads: counts, a story of 32 (its sites counted over all its
     * articles), and a page of events whose GDELT counts equal those counted here from the synthetic articles.
     */
    @Test
    void theSyntheticBulkLoadWritesIndicesTheStoreQueries() {
        SyntheticArticles synthetic = new SyntheticArticles(3, 10, LocalDate.parse("2024-01-01"), 20);
        int n = 128;
        try (SyntheticBulkLoad load = new SyntheticBulkLoad(corpus.node.url(), "bulk")) {
            load.load(synthetic, 0, n, 2);
        }
        try (OpenSearchStore store = OpenSearchStore.open(corpus.node.url(), "bulk")) {
            assertEquals(n, store.articleCount());
            long events = 0;
            for (int i = 0; i < n; i++) events += synthetic.article(i).events().size();
            assertEquals(events, store.eventCount());
            StorySummary story = store.findStory("synthetic-00000064").orElseThrow().summary();
            assertEquals(32, story.articles());
            assertEquals(30, story.sites().size()); // site0 … site29: articles 64..95 are on every one
            EventPage page = store.searchEvents(new EventQuery(Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), DateRange.ALL, EventTraits.ANY, Paging.first(50)));
            assertEquals(50, page.events().size());
            for (EventPage.Hit h : page.events()) {
                assertEquals(expectedCounts(synthetic, n, h), h.counts().orElseThrow(), h.articleId() + " " + h.cameo());
            }
        }
    }

    /** The hit's event counted over the synthetic articles of its story: mentions, distinct sites and articles. */
    private static EventPage.Counts expectedCounts(SyntheticArticles synthetic, int n, EventPage.Hit h) {
        long mentions = 0;
        Set<String> sites = new HashSet<>();
        Set<Integer> articles = new HashSet<>();
        for (int i = 0; i < n; i++) {
            if (!String.format("synthetic-%08d", SyntheticBulkLoad.storyOf(i)).equals(h.story().orElseThrow())) continue;
            var a = synthetic.article(i);
            for (var e : a.events()) {
                if (e.cameo().equals(h.cameo()) && e.source().code().equals(h.source().code())
                        && e.target().map(t -> t.code()).orElse("").equals(h.target().map(EventPage.Actor::code).orElse(""))
                        && e.date().equals(h.date())) {
                    mentions++;
                    articles.add(i);
                    sites.add(a.article().site().orElseThrow());
                }
            }
        }
        return new EventPage.Counts(mentions, sites.size(), articles.size());
    }

    @Nested
    class Entities extends EntityContract {
        @Override
        protected Store store() {
            return corpus.store;
        }
    }

    @Nested
    class Quotes extends QuoteContract {
        @Override
        protected Store store() {
            return corpus.store;
        }
    }

    /** Each test fills a store of its own, under its own index prefix on the same node. */
    @Nested
    class EntityJoins extends EntityJoinContract {
        @Override
        protected Store emptyStore() {
            return corpus.emptyStore();
        }
    }

    /** Joins independent of arrival order (#12): each test fills stores of its own. */
    @Nested
    class SurnameJoins extends SurnameJoinContract {
        @Override
        protected Store emptyStore() {
            return corpus.emptyStore();
        }
    }

    /** Joins judged by role and decided again (#12): each test fills a store of its own. */
    @Nested
    class Rejoins extends RejoinContract {
        @Override
        protected Store emptyStore() {
            return corpus.emptyStore();
        }
    }

    @Nested
    class Cursors extends CursorContract {
        @Override
        protected Store store() {
            return corpus.store;
        }
    }

    /** Each test fills a store of its own, under its own index prefix on the same node. */
    @Nested
    class Stories extends StoryContract {
        @Override
        protected Store emptyStore() {
            return corpus.emptyStore();
        }
    }

    @Nested
    class Trending extends TrendContract {
        @Override
        protected Store emptyStore() {
            return corpus.emptyStore();
        }
    }

    /** The Spark job's writer (#14): the story it is given, the store's ids, an earlier copy's extra parts gone. */
    @Nested
    class BulkWrites {
        @Test
        void keepTheGivenStoryAndReplaceAnEarlierCopy() throws IOException {
            String url = corpus.node.url();
            try (OpenSearchStore store = OpenSearchStore.open(url, "spark-bulk");
                 BulkArticles bulk = BulkArticles.open(url, "spark-bulk", Places.load())) {
                // 1 article + 2 events + 2 entities; a3: 1 + 2 events + 3 entities + 1 quote
                assertEquals(12, bulk.write(List.of(new BulkArticles.Placed(lavrov(true), Optional.of("story-x")),
                        new BulkArticles.Placed(Corpus.a3(), Optional.empty()))));
                store.refresh();
                assertEquals(2, store.articleCount());
                assertEquals(4, store.eventCount());
                assertEquals("story-x", store.findArticleStory("b1").orElseThrow().storyId());
                assertEquals("a3", store.findArticleStory("a3").orElseThrow().storyId());
                assertEquals(Corpus.a3().analysisJson(), store.findArticle("a3").orElseThrow().analysisJson());
                assertEquals(5, count("spark-bulk-entities"));

                // the same article again, with one event and one entity fewer, and a3 again as it was
                bulk.write(List.of(new BulkArticles.Placed(lavrov(false), Optional.of("story-x")),
                        new BulkArticles.Placed(Corpus.a3(), Optional.empty())));
                store.refresh();
                assertEquals(2, store.articleCount());
                assertEquals(3, store.eventCount());
                assertEquals(4, count("spark-bulk-entities"));
                assertEquals(1, count("spark-bulk-quotes"));
                assertEquals(List.of("b1/0 040"), lines(store.searchEvents(new EventQuery(Optional.empty(),
                        Optional.empty(), Optional.of("04"), Optional.empty(), Optional.of("person:sergei-lavrov"),
                        DateRange.ALL, EventTraits.ANY, Paging.first(10)))));
            }
        }

        private StoredArticle lavrov(boolean withNato) {
            ArticleFixture a = ArticleFixture.article("b1", "Sergei Lavrov met Blinken in Geneva. Lavrov criticised NATO.")
                    .title("Lavrov in Geneva").site("news.example.org").published("2024-05-06")
                    .entity("e1", EntityType.PERSON, "Sergei Lavrov", "", "RUS", "Sergei Lavrov", "Lavrov criticised")
                    .event("RUSGOV", "e1", "", "", "040", "CONSULT", 1.0, 1, "");
            if (withNato) {
                a.entity("e2", EntityType.ORGANIZATION, "NATO", "", "", "NATO")
                        .event("RUSGOV", "e1", "IGOWSTNAT", "e2", "111", "ACCUSE", -2.0, 3, "");
            }
            return a.build();
        }

        private long count(String index) throws IOException {
            try (RestClient rest = RestClient.builder(HttpHost.create(corpus.node.url())).build()) {
                Request request = new Request("GET", "/" + index + "/_count");
                JsonNode r = new ObjectMapper().readTree(rest.performRequest(request).getEntity().getContent());
                return r.path("count").asLong();
            }
        }
    }

    private static EventQuery events(Optional<String> source, Optional<String> target, Optional<String> cameo,
                                     EventTraits traits) {
        return new EventQuery(source, target, cameo, Optional.empty(), Optional.empty(), DateRange.ALL, traits,
                Paging.first(20));
    }

    private static List<String> lines(EventPage page) {
        return page.events().stream().map(h -> h.articleId() + "/" + h.position() + " " + h.cameo()).toList();
    }

    private static List<String> ids(ArticleQuery query) {
        return corpus.store.searchArticles(query).articles().stream().map(ArticlePage.Hit::id).toList();
    }

    private static List<String> sorted(ArticleQuery query) {
        return ids(query).stream().sorted().toList();
    }

    private static String counts(List<ArticlePage.Count> counts) {
        return String.join(", ", counts.stream().map(c -> c.value() + " " + c.count()).toList());
    }
}
