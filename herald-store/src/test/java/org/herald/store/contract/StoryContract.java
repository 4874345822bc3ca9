package org.herald.store.contract;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.herald.events.export.GdeltWriter;
import org.herald.model.analysis.EntityType;
import org.herald.nlp.entity.Places;
import org.herald.store.DateRange;
import org.herald.store.EventPage;
import org.herald.store.EventQuery;
import org.herald.store.EventTraits;
import org.herald.store.Paging;
import org.herald.store.StoredArticle;
import org.herald.store.Store;
import org.herald.store.StoryEvent;
import org.herald.store.StoryPage;
import org.herald.store.StoryProfile;
import org.herald.store.StoryQuery;
import org.herald.store.StorySummary;
import org.herald.store.export.EventExports;
import org.herald.store.export.Rows;
import org.junit.jupiter.api.Test;

/**
 * Stories every {@link Store} serves: articles placed in stories as they are put, listed biggest or newest first,
 * a story's articles and its events counted once. The Lucene store (StorySearchTest) and the OpenSearch store run it.
 */
public abstract class StoryContract {
    /** A new, empty store, closed by the test. */
    protected abstract Store emptyStore() throws IOException;

    /** The wire story in two paragraphs: the fine in the lead and again further down, with the bank's reply. */
    public static StoredArticle wire() {
        return ArticleFixture.paragraphs("wire", StorySamples.FINE_LEAD, StorySamples.FINE_REST)
                .title("Tessaro Bank fined 310 million euros over money laundering").site("wire.example")
                .published("2024-05-07T09:00:00Z")
                .entity("e1", EntityType.ORGANIZATION, "Tessaro Bank", "", "ITA", "Tessaro")
                .eventIn("Regulators fined", "IGOEUREEC", "ITABUS", "172", "SANCTION", "2024-05-07")
                .eventIn("The fine is the largest", "IGOEUREEC", "ITABUS", "172", "SANCTION", "2024-05-07")
                .eventIn("Chief executive Marta Vidal", "ITABUS", "", "051", "COOPERATE", "2024-05-07")
                .build();
    }

    /** The second site's copy: the fine in its lead. */
    public static StoredArticle copy() {
        return ArticleFixture.paragraphs("copy", StorySamples.FINE_COPY_LEAD, StorySamples.FINE_COPY_REST)
                .title("EU regulator fines Tessaro Bank over laundering").site("paper.example")
                .published("2024-05-07T11:30:00Z")
                .entity("e1", EntityType.ORGANIZATION, "Tessaro Bank", "", "ITA", "Tessaro")
                .eventIn("Regulators fined", "IGOEUREEC", "ITABUS", "172", "SANCTION", "2024-05-07")
                .build();
    }

    private Store filled() throws IOException {
        Store store = emptyStore();
        store.put(wire());
        store.put(copy());
        store.put(StorySamples.jobCuts());
        store.commit();
        return store;
    }

    @Test
    public void storiesListBiggestOrNewestFirstWithTheirSitesDatesEntitiesAndHeadlines() throws IOException {
        try (Store store = filled()) {
            StoryPage bySize = store.searchStories(new StoryQuery(StoryQuery.Sort.SIZE, Paging.first(10)));
            assertEquals(2, bySize.total());
            StorySummary fine = bySize.stories().get(0);
            assertEquals("wire", fine.id());
            assertEquals(2, fine.articles());
            assertEquals(List.of("paper.example", "wire.example"), fine.sites());
            assertEquals(Optional.of("2024-05-07T09:00:00Z"), fine.firstSeen());
            assertEquals(Optional.of("2024-05-07T11:30:00Z"), fine.lastSeen());
            assertEquals(List.of(new StorySummary.Entity("organization:tessaro-bank", "Tessaro Bank", 2)),
                    fine.topEntities());
            assertEquals(List.of("Tessaro Bank fined 310 million euros over money laundering",
                    "EU regulator fines Tessaro Bank over laundering"), fine.headlines());

            StoryPage recent = store.searchStories(new StoryQuery(StoryQuery.Sort.RECENT, Paging.first(10)));
            assertEquals(List.of("cuts", "wire"), recent.stories().stream().map(StorySummary::id).toList());
            StoryPage second = store.searchStories(new StoryQuery(StoryQuery.Sort.RECENT, new Paging(1, 1)));
            assertEquals(2, second.total());
            assertEquals(List.of("wire"), second.stories().stream().map(StorySummary::id).toList());
        }
    }

    @Test
    public void aStoryHasItsArticlesInOrderWithTheCopyNamed() throws IOException {
        try (Store store = filled()) {
            StoryProfile story = store.findStory("wire").orElseThrow();
            assertEquals(List.of("wire", "copy"), story.articles().stream().map(StoryProfile.Article::id).toList());
            assertEquals(Optional.of("wire"), story.articles().get(1).duplicateOf());
            assertEquals(Optional.empty(), story.articles().get(0).duplicateOf());
            assertTrue(store.findStory("nothing").isEmpty());
        }
    }

    @Test
    public void anEventReportedByTwoArticlesIsOneEventCountedAsGdeltCountsIt() throws IOException {
        try (Store store = filled()) {
            List<StoryEvent> events = store.findStory("wire").orElseThrow().events();
            assertEquals(2, events.size(), events.toString());
            StoryEvent fine = events.get(0);
            assertEquals("172", fine.cameo());
            assertEquals("IGOEUREEC", fine.source().code());
            assertEquals("ITABUS", fine.target().orElseThrow().code());
            assertEquals(3, fine.mentions(), "twice in the wire text, once in the copy");
            assertEquals(2, fine.sources());
            assertEquals(2, fine.articles());
            assertTrue(fine.root(), "the fine is in both leads");
            assertEquals(List.of("wire", "copy"), fine.articleIds());
            assertTrue(fine.sentence().startsWith("Regulators fined"), fine.sentence());

            StoryEvent reply = events.get(1);
            assertEquals("051", reply.cameo());
            assertEquals(1, reply.mentions());
            assertEquals(1, reply.sources());
            assertEquals(1, reply.articles());
            assertFalse(reply.root(), "the reply is past the lead");
        }
    }

    /** The wire's lead, as three sites ran it word for word: one story of three articles on three hosts. */
    static StoredArticle onHost(String id, String host) {
        return ArticleFixture.paragraphs(id, StorySamples.FINE_LEAD, StorySamples.FINE_REST)
                .title("Tessaro Bank fined 310 million euros over money laundering").site(host)
                .published("2024-05-07T09:00:00Z")
                .eventIn("Regulators fined", "IGOEUREEC", "ITABUS", "172", "SANCTION", "2024-05-07")
                .build();
    }

    /**
     * As {@code export --store --format gdelt} and {@code /api/events.tsv} write them (#14): each event row counts
     * the event across its story, here one wire story on three hosts, where {@code analyze} output writes 1.
     */
    @Test
    public void eachEventHitAndGdeltRowCountsItsStoryAcrossItsHosts() throws IOException {
        try (Store store = emptyStore()) {
            store.put(onHost("a", "news-a.example"));
            store.put(onHost("b", "news-b.example"));
            store.put(onHost("c", "news-c.example"));
            store.commit();
            EventPage page = store.searchEvents(new EventQuery(Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), DateRange.ALL, EventTraits.ANY, Paging.first(10)));
            assertEquals(3, page.events().size());
            for (EventPage.Hit h : page.events()) {
                assertEquals(Optional.of("a"), h.story(), h.articleId());
                assertEquals(Optional.of(new EventPage.Counts(3, 3, 3)), h.counts(), h.articleId());
                assertTrue(h.root(), "the fine is each article's lead");
            }
            Rows<EventPage.Hit> gdelt = EventExports.gdelt(store, new GdeltWriter(Places.load(), Clock.systemUTC()),
                    false);
            List<String> columns = GdeltWriter.columns();
            for (EventPage.Hit h : page.events()) {
                StringBuilder row = new StringBuilder();
                assertEquals(1, gdelt.write(h, row));
                String[] cells = row.toString().strip().split("\t", -1);
                for (String c : List.of("NumMentions", "NumSources", "NumArticles", "IsRootEvent")) {
                    String expected = c.equals("IsRootEvent") ? "1" : "3";
                    assertEquals(expected, cells[columns.indexOf(c)], c + " of " + h.articleId() + ": " + row);
                }
            }
        }
    }

    @Test
    public void aCursorIsRefusedForStories() {
        assertThrows(IllegalArgumentException.class,
                () -> new StoryQuery(StoryQuery.Sort.SIZE, Paging.after("c", 10)));
    }
}
