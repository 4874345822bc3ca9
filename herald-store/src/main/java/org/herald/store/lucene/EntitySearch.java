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
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.herald.store.ArticlePage;
import org.herald.store.ArticleQuery;
import org.herald.store.DateRange;
import org.herald.store.EntityQuery;
import org.herald.store.EntitySearchPage;
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
    static final int PROFILE_ARTICLES = 20;

    private final TextQuery names;
    private final EntityStats stats;
    private final ArticleSearch articles;
    private final QuoteSearch quotes;
    private final EventSearch events;

    private final GlobalOrdinals.Cache ordinals;

    EntitySearch(TextQuery names, EntityStats stats, ArticleSearch articles, QuoteSearch quotes, EventSearch events,
                 GlobalOrdinals.Cache ordinals) {
        this.articles = articles;
        this.ordinals = ordinals;
        this.names = names;
        this.stats = stats;
        this.quotes = quotes;
        this.events = events;
    }

    /** No text lists the most mentioned entities of all; the last word matches as a prefix. */
    EntitySearchPage search(IndexSearcher searcher, EntityQuery query) throws IOException {
        Optional<Query> words = query.text().filter(t -> !t.isBlank())
                .map(t -> names.allWords(Fields.ENTITY_NAME, t, true).orElse(new MatchNoDocsQuery()));
        Optional<Query> type = query.type().map(t -> new PrefixQuery(new Term(Fields.ENTITY_ID, t + ":")));
        Query q = Queries.and(Fields.ENTITY, Optional.empty(), List.of(words, type));
        Paging paging = query.paging();
        EntityStats.Ranked ranked = stats.mostMentioned(searcher, q, paging.offset() + paging.limit());
        List<String> page = ranked.ids().subList(Math.min(paging.offset(), ranked.ids().size()), ranked.ids().size());
        return new EntitySearchPage(ranked.total(), stats.summaries(searcher, page, false).stream()
                .map(EntityStats.Detail::summary).toList());
    }

    Optional<EntityProfile> profile(IndexSearcher searcher, String entityId) throws IOException {
        Optional<EntityStats.Detail> detail = stats.detail(searcher, entityId);
        if (detail.isEmpty()) return Optional.empty();
        List<QuotePage.Hit> said = quotes.search(searcher, new QuoteQuery(Optional.of(entityId), Optional.empty(),
                DateRange.ALL, Paging.first(PROFILE_QUOTES))).quotes();
        EventFilter involved = new EventFilter(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(entityId), DateRange.ALL, EventTraits.ANY);
        List<EventPage.Hit> took = events.search(searcher, involved, Paging.first(PROFILE_EVENTS)).events();
        List<ArticlePage.Hit> newest = articles.search(searcher, new ArticleQuery(Optional.empty(), DateRange.ALL,
                Optional.of(entityId), Optional.empty(), Paging.first(PROFILE_ARTICLES))).articles();
        EntityStats.Detail d = detail.get();
        return Optional.of(new EntityProfile(d.summary(), d.titles(), d.roles(), d.aliases(), newest, d.timeline(),
                said, took, coMentions(searcher, entityId)));
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
