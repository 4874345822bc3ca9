package org.herald.store.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.herald.store.DateRange;
import org.herald.store.EventPage;
import org.herald.store.EventQuery;
import org.herald.store.EventTraits;
import org.herald.store.Paging;
import org.herald.store.StoredArticle;
import org.herald.store.StoryEvent;
import org.herald.store.contract.ArticleFixture;
import org.herald.store.contract.StorySamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Event hits carry their story's counts (#12), counted for a whole page at once: each hit's counts are those the
 * story page gives the same event, whatever page the hit comes on, and an event of the same codes and date in
 * another story, or without the target, is another event.
 */
class EventCountsTest {
    @TempDir
    Path dir;

    /** The job cuts, a story of their own, coded with the fine's codes and date, and once without a target. */
    static StoredArticle cuts() {
        return ArticleFixture.article("cuts", StorySamples.JOB_CUTS).title("Tessaro Bank to cut 2,000 jobs")
                .site("paper.example").published("2024-05-08T10:00:00Z")
                .eventIn("Tessaro Bank will cut", "IGOEUREEC", "ITABUS", "172", "SANCTION", "2024-05-07")
                .eventIn("Unions called", "IGOEUREEC", "", "172", "SANCTION", "2024-05-07")
                .build();
    }

    private LuceneStore filled() throws IOException {
        LuceneStore store = LuceneStore.open(dir);
        store.put(StorySearchTest.wire());
        store.put(StorySearchTest.copy());
        store.put(cuts());
        store.commit();
        return store;
    }

    private static List<EventPage.Hit> all(LuceneStore store, int pageSize) {
        List<EventPage.Hit> hits = new ArrayList<>();
        Paging paging = Paging.first(pageSize);
        while (true) {
            EventPage page = store.searchEvents(new EventQuery(Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), DateRange.ALL, EventTraits.ANY, paging));
            hits.addAll(page.events());
            if (page.next().isEmpty()) return hits;
            paging = Paging.after(page.next().get(), pageSize);
        }
    }

    private static String key(String cameo, String source, Optional<String> target, Optional<String> date) {
        return cameo + " " + source + " " + target.orElse("-") + " " + date.orElse("-");
    }

    @Test
    void eachHitHasTheCountsItsStoryPageGivesTheEvent() throws IOException {
        try (LuceneStore store = filled()) {
            Map<String, EventPage.Counts> byStory = new HashMap<>();
            for (String story : List.of("wire", "cuts")) {
                for (StoryEvent e : store.findStory(story).orElseThrow().events()) {
                    byStory.put(story + " " + key(e.cameo(), e.source().code(),
                            e.target().map(EventPage.Actor::code), e.date()),
                            new EventPage.Counts(e.mentions(), e.sources(), e.articles()));
                }
            }
            List<EventPage.Hit> hits = all(store, 100);
            assertEquals(6, hits.size());
            for (EventPage.Hit h : hits) {
                String k = h.story().orElseThrow() + " " + key(h.cameo(), h.source().code(),
                        h.target().map(EventPage.Actor::code), h.date());
                assertEquals(Optional.of(byStory.get(k)), h.counts(), k);
            }
        }
    }

    @Test
    void theFineIsCountedAcrossItsStoryOnlyOnEveryPage() throws IOException {
        try (LuceneStore store = filled()) {
            for (int pageSize : List.of(1, 2, 100)) {
                Map<String, EventPage.Counts> counts = new HashMap<>();
                for (EventPage.Hit h : all(store, pageSize)) {
                    String k = h.articleId() + " " + key(h.cameo(), h.source().code(),
                            h.target().map(EventPage.Actor::code), h.date());
                    counts.put(k, h.counts().orElseThrow());
                }
                String fine = " 172 IGOEUREEC ITABUS 2024-05-07";
                // Twice in the wire text, once in the copy: two articles on two sites.
                assertEquals(new EventPage.Counts(3, 2, 2), counts.get("wire" + fine), "pages of " + pageSize);
                assertEquals(new EventPage.Counts(3, 2, 2), counts.get("copy" + fine), "pages of " + pageSize);
                assertEquals(new EventPage.Counts(1, 1, 1), counts.get("cuts" + fine), "pages of " + pageSize);
                assertEquals(new EventPage.Counts(1, 1, 1), counts.get("cuts 172 IGOEUREEC - 2024-05-07"),
                        "pages of " + pageSize);
            }
        }
    }
}
