package org.herald.store.contract;


import static org.herald.model.analysis.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.herald.store.Store;
import org.herald.store.StoredArticle;
import org.herald.store.Trends;
import org.herald.store.TrendsQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link Store#trends} (#12), which every store serves (the Lucene and the OpenSearch store run this), over articles written for it: Lavrov once a week for four weeks and twice in the
 * last one (his usual pace, a little up); Zelensky, unseen before, in three articles of the last week, one of them
 * run by a second site on the last day.
 */
public abstract class TrendContract {
    public static final String[] LAVROV_DAYS = {"2024-05-20", "2024-05-27", "2024-06-03", "2024-06-10", "2024-06-15",
            "2024-06-18"};
    public static final String[] TOPICS = {"grain exports through the Black Sea", "a prisoner exchange in Istanbul",
            "sanctions on Belarusian potash", "the Arctic council's next session", "gas transit fees for Hungary",
            "a ceasefire proposal from Ankara"};

    private Store store;

    /** A new, empty store, closed by the test. */
    protected abstract Store emptyStore() throws IOException;

    private static StoredArticle lavrov(int i) {
        String body = "Sergei Lavrov spoke about " + TOPICS[i] + " with officials from Kyiv on day " + i + ".";
        return ArticleFixture.article("lavrov-" + i, body).title("Lavrov on " + TOPICS[i]).site("wire.example")
                .published(LAVROV_DAYS[i])
                .entity("e1", PERSON, "Sergei Lavrov", "Foreign Minister", "RUS", "Sergei Lavrov")
                .event("RUSGOV", "e1", "UKR", "", "040", "CONSULT", 1.0, 1, "")
                .build();
    }

    private static StoredArticle zelensky(String id, String site, String day, String topic) {
        String body = "Volodymyr Zelensky accused Moscow of " + topic + ", his office said.";
        return ArticleFixture.article(id, body).title("Zelensky: " + topic).site(site).published(day)
                .entity("e1", PERSON, "Volodymyr Zelensky", "President", "UKR", "Volodymyr Zelensky")
                .event("UKRGOV", "e1", "RUSGOV", "", "112", "ACCUSE", -2.0, 3, "")
                .build();
    }

    @BeforeEach
    public void fill() throws IOException {
        store = emptyStore();
        for (int i = 0; i < LAVROV_DAYS.length; i++) store.put(lavrov(i));
        store.put(zelensky("z1", "kyiv.example", "2024-06-16", "shelling the power plants of Kharkiv"));
        store.put(zelensky("z2", "kyiv.example", "2024-06-19", "deporting children from occupied Kherson"));
        store.put(zelensky("z3", "kyiv.example", "2024-06-20", "blocking the grain corridor to Odesa"));
        store.put(zelensky("z3-copy", "wire.example", "2024-06-20", "blocking the grain corridor to Odesa"));
        store.commit();
    }

    @Test
    public void theWindowsEndOnTheNewestDayAndTheDaysTopStoryIsTheOneTwoSitesRan() throws IOException {
        try (Store store = this.store) {
            Trends t = store.trends(new TrendsQuery(Optional.empty(), 10));
            assertEquals(Optional.of(LocalDate.parse("2024-06-20")), t.at());
            assertEquals(1, t.lastDay().size(), t.lastDay().toString());
            Trends.TopStory top = t.lastDay().get(0);
            assertEquals(2, top.sources());
            assertEquals(2, top.articles());
            assertEquals(store.findArticleStory("z3").orElseThrow().storyId(), top.story().id());
            assertEquals(top.story().id(), t.lastWeek().get(0).story().id(), "two sources beat one all week");
            assertTrue(t.lastWeek().size() >= 4, t.lastWeek().toString());
            assertTrue(t.lastWeek().stream().skip(1).allMatch(s -> s.sources() == 1));
        }
    }

    @Test
    public void aNewcomerRisesAboveARegularAndDyadsRiseTheSameWay() throws IOException {
        try (Store store = this.store) {
            Trends t = store.trends(new TrendsQuery(Optional.empty(), 10));
            List<String> rising = t.entities().stream().map(e -> e.entity().id()).toList();
            assertEquals(List.of("person:volodymyr-zelensky", "person:sergei-lavrov"), rising);
            Trends.RisingEntity zelensky = t.entities().get(0);
            assertEquals(4, zelensky.recent());
            assertEquals(0.0, zelensky.baseline());
            assertEquals(5.0, zelensky.score());
            Trends.RisingEntity lavrov = t.entities().get(1);
            assertEquals(2, lavrov.recent());
            assertEquals(1.0, lavrov.baseline(), "four articles over the four weeks before");
            assertEquals(1.5, lavrov.score());

            assertEquals(2, t.dyads().size(), t.dyads().toString());
            assertEquals(List.of("UKR", "RUS", "RUS", "UKR"), List.of(t.dyads().get(0).source(),
                    t.dyads().get(0).target(), t.dyads().get(1).source(), t.dyads().get(1).target()));
            assertEquals(4, t.dyads().get(0).recent());
            assertEquals(1.5, t.dyads().get(1).score());
        }
    }

    @Test
    public void anEarlierDayHasItsOwnWindowsAndWhatWasSeenOnceDoesNotRise() throws IOException {
        try (Store store = this.store) {
            Trends t = store.trends(new TrendsQuery(Optional.of(LocalDate.parse("2024-06-13")), 10));
            assertEquals(List.of(), t.lastDay());
            assertEquals(1, t.lastWeek().size(), "Lavrov of 10 June");
            assertEquals(List.of(), t.entities());
            assertEquals(List.of(), t.dyads());
        }
    }
}
