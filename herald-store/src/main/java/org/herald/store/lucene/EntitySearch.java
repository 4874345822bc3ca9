package org.herald.store.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.herald.store.DateRange;
import org.herald.store.EntityProfile;
import org.herald.store.EntitySummary;
import org.herald.store.EventPage;
import org.herald.store.EventTraits;
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

    private final GlobalOrdinals.Cache ordinals;

    EntitySearch(TextQuery names, EntityStats stats, QuoteSearch quotes, EventSearch events,
                 GlobalOrdinals.Cache ordinals) {
        this.ordinals = ordinals;
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
        return stats.summaries(searcher, stats.mostMentioned(searcher, q, limit), false).stream()
                .map(EntityStats.Detail::summary).toList();
    }

    Optional<EntityProfile> profile(IndexSearcher searcher, String entityId) throws IOException {
        Optional<EntityStats.Detail> detail = stats.detail(searcher, entityId);
        if (detail.isEmpty()) return Optional.empty();
        List<QuotePage.Hit> said = quotes.search(searcher, new QuoteQuery(Optional.of(entityId), Optional.empty(),
                DateRange.ALL, Paging.first(PROFILE_QUOTES))).quotes();
        EventFilter involved = new EventFilter(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(entityId), DateRange.ALL, EventTraits.ANY);
        List<EventPage.Hit> took = events.search(searcher, involved, Paging.first(PROFILE_EVENTS)).events();
        return Optional.of(new EntityProfile(detail.get().summary(), detail.get().titles(), said, took,
                coMentions(searcher, entityId)));
    }

    /** Entities in the most articles that also mention this one; an article counts once per entity. */
    private List<EntityProfile.CoMention> coMentions(IndexSearcher searcher, String entityId) throws IOException {
        Query articles = Queries.and(Fields.ARTICLE, Optional.empty(),
                List.of(Optional.of(new TermQuery(new Term(Fields.ENTITIES, entityId)))));
        IndexReader reader = searcher.getIndexReader();
        GlobalOrdinals ids = ordinals.of(reader, Fields.ENTITIES);
        long[] counts = searcher.search(articles, new FacetCounter(ordinals.of(reader, Fields.SITE), ids)).entities();
        // One more than shown: the entity itself is in every one of these articles and is dropped below.
        List<String> top = new ArrayList<>();
        List<Long> articleCounts = new ArrayList<>();
        for (int ord : TopOrdinals.top(counts, CO_MENTIONS + 1)) {
            String id = ids.term(reader, Fields.ENTITIES, ord);
            if (id.equals(entityId) || top.size() == CO_MENTIONS) continue;
            top.add(id);
            articleCounts.add(counts[ord]);
        }
        Map<String, EntitySummary> summaries = new HashMap<>();
        for (EntityStats.Detail d : stats.summaries(searcher, top, false)) summaries.put(d.summary().id(), d.summary());
        List<EntityProfile.CoMention> out = new ArrayList<>();
        for (int i = 0; i < top.size(); i++) {
            EntitySummary s = summaries.get(top.get(i));
            if (s != null) out.add(new EntityProfile.CoMention(s, articleCounts.get(i)));
        }
        return out;
    }
}
