package org.herald.store.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.herald.store.DateRange;
import org.herald.store.EntityProfile;
import org.herald.store.EntitySummary;
import org.herald.store.EventPage;
import org.herald.store.Paging;
import org.herald.store.QuotePage;
import org.herald.store.QuoteQuery;

/** Entity search by name and the profile of one entity. */
final class EntitySearch {
    static final int PROFILE_QUOTES = 50;
    static final int PROFILE_EVENTS = 50;
    static final int CO_MENTIONS = 20;

    private final TextQuery names;
    private final EntityStats stats;
    private final QuoteSearch quotes;
    private final EventSearch events;

    EntitySearch(TextQuery names, EntityStats stats, QuoteSearch quotes, EventSearch events) {
        this.names = names;
        this.stats = stats;
        this.quotes = quotes;
        this.events = events;
    }

    /** Blank text lists the most mentioned entities of all; the last word matches as a prefix. */
    List<EntitySummary> search(IndexSearcher searcher, String text, int limit) throws IOException {
        Optional<Query> words = text.isBlank() ? Optional.empty()
                : Optional.of(names.allWords(Fields.ENTITY_NAME, text, true)
                        .orElse(new MatchNoDocsQuery()));
        Query q = Queries.and(Fields.ENTITY, Optional.empty(), List.of(words));
        List<EntitySummary> out = new ArrayList<>();
        for (String id : stats.mostMentioned(searcher, q, limit)) stats.summary(searcher, id).ifPresent(out::add);
        return out;
    }

    Optional<EntityProfile> profile(IndexSearcher searcher, String entityId) throws IOException {
        Optional<EntityStats.Detail> detail = stats.detail(searcher, entityId);
        if (detail.isEmpty()) return Optional.empty();
        List<QuotePage.Hit> said = quotes.search(searcher, new QuoteQuery(Optional.of(entityId), Optional.empty(),
                DateRange.ALL, Paging.first(PROFILE_QUOTES))).quotes();
        EventFilter involved = new EventFilter(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(entityId), DateRange.ALL);
        List<EventPage.Hit> took = events.search(searcher, involved, Paging.first(PROFILE_EVENTS)).events();
        return Optional.of(new EntityProfile(detail.get().summary(), detail.get().titles(), said, took,
                coMentions(searcher, entityId)));
    }

    /** Entities in the most articles that also mention this one; an article counts once per entity. */
    private List<EntityProfile.CoMention> coMentions(IndexSearcher searcher, String entityId) throws IOException {
        Query articles = Queries.and(Fields.ARTICLE, Optional.empty(),
                List.of(Optional.of(new TermQuery(new Term(Fields.ENTITIES, entityId)))));
        Map<String, Long> counts = searcher.search(articles, new FacetCounter()).entities();
        counts.remove(entityId);
        List<EntityProfile.CoMention> out = new ArrayList<>();
        for (Map.Entry<String, Long> e : FacetCounter.Counts.top(counts, CO_MENTIONS)) {
            stats.summary(searcher, e.getKey()).ifPresent(s -> out.add(new EntityProfile.CoMention(s, e.getValue())));
        }
        return out;
    }
}
