package org.herald.store.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.herald.store.ArticlePage;
import org.herald.store.ArticleQuery;

/** Article search: one pass collects the page of hits and the facet counts over every match. */
final class ArticleSearch {
    /** Title words weigh most, then the summary, then the body. */
    private static final Map<String, Float> FIELDS = Map.of(Fields.TITLE, 3f, Fields.SUMMARY, 2f, Fields.BODY, 1f);
    static final int TOP_SITES = 20;
    static final int TOP_ENTITIES = 20;
    private static final Set<String> HIT_FIELDS = Set.of(Fields.ARTICLE_ID, Fields.TITLE, Fields.PUBLISHED,
            Fields.SITE, Fields.SITE_NAME, Fields.URL, Fields.SUMMARY, Fields.STORY_ID, Fields.DUPLICATE_OF);

    private final TextQuery text;
    private final EntityStats entities;
    private final GlobalOrdinals.Cache ordinals;

    ArticleSearch(TextQuery text, EntityStats entities, GlobalOrdinals.Cache ordinals) {
        this.text = text;
        this.entities = entities;
        this.ordinals = ordinals;
    }

    ArticlePage search(IndexSearcher searcher, ArticleQuery query) throws IOException {
        Optional<String> words = query.text().filter(t -> !t.isBlank());
        Query q;
        if (words.isPresent()) {
            // Words that are all stop words or punctuation ("AND OR", "*:*") match nothing rather than everything.
            Query scoring = text.allParts(words.get(), FIELDS).orElse(new MatchNoDocsQuery("no searchable words"));
            q = Queries.and(Fields.ARTICLE, Optional.of(scoring), filters(query));
        } else {
            q = Queries.and(Fields.ARTICLE, Optional.empty(), filters(query));
        }
        Sort sort = words.isPresent()
                ? new Sort(SortField.FIELD_SCORE, Queries.newestFirst(Fields.TIME), Queries.byArticle())
                : new Sort(Queries.newestFirst(Fields.TIME), Queries.byArticle());

        IndexReader reader = searcher.getIndexReader();
        GlobalOrdinals sites = ordinals.of(reader, Fields.SITE);
        GlobalOrdinals entityIds = ordinals.of(reader, Fields.ENTITIES);
        FacetCounter facets = new FacetCounter(sites, entityIds);
        // A cursor of a text search sorts by score first: it must not continue a search without text, or back.
        Queries.Window window = new Queries.Window(searcher, sort, query.paging(),
                words.isPresent() ? "articles by relevance" : "articles");
        Queries.Page page;
        FacetCounter.Counts counts;
        if (window.countOnly()) {
            counts = searcher.search(q, facets);
            page = new Queries.Page(counts.total(), List.of(), Optional.empty());
        } else {
            Object[] both = searcher.search(q, new MultiCollectorManager(window.collector(), facets));
            page = window.page((TopFieldDocs) both[0]);
            counts = (FacetCounter.Counts) both[1];
        }

        StoredFields stored = searcher.storedFields();
        List<ArticlePage.Hit> hits = new ArrayList<>();
        for (ScoreDoc d : page.hits()) hits.add(hit(stored.document(d.doc, HIT_FIELDS)));
        return new ArticlePage(counts.total(), hits, facets(searcher, counts, sites, entityIds), page.next());
    }

    private List<Optional<Query>> filters(ArticleQuery query) {
        return List.of(Queries.days(query.dates()),
                query.entity().map(e -> new TermQuery(new Term(Fields.ENTITIES, e))),
                query.site().map(s -> new TermQuery(new Term(Fields.SITE, s.strip().toLowerCase(Locale.ROOT)))));
    }

    private ArticlePage.Facets facets(IndexSearcher searcher, FacetCounter.Counts counts, GlobalOrdinals siteOrds,
                                      GlobalOrdinals entityOrds) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        List<ArticlePage.Count> sites = new ArrayList<>();
        for (int ord : TopOrdinals.top(counts.sites(), TOP_SITES)) {
            String site = siteOrds.term(reader, Fields.SITE, ord);
            sites.add(new ArticlePage.Count(site, siteName(searcher, site), counts.sites()[ord]));
        }
        List<ArticlePage.Count> top = new ArrayList<>();
        for (int ord : TopOrdinals.top(counts.entities(), TOP_ENTITIES)) {
            String id = entityOrds.term(reader, Fields.ENTITIES, ord);
            top.add(new ArticlePage.Count(id, entities.name(searcher, id).orElse(id), counts.entities()[ord]));
        }
        // Months read as a histogram, so they come in calendar order rather than by count.
        List<ArticlePage.Count> months = counts.months().entrySet().stream()
                .map(e -> new ArticlePage.Count(e.getKey(), e.getKey(), e.getValue())).toList();
        return new ArticlePage.Facets(sites, top, months);
    }

    private static ArticlePage.Hit hit(Document doc) {
        return new ArticlePage.Hit(doc.get(Fields.ARTICLE_ID), opt(doc, Fields.TITLE), opt(doc, Fields.PUBLISHED),
                siteName(doc), opt(doc, Fields.URL), opt(doc, Fields.SUMMARY), opt(doc, Fields.STORY_ID),
                opt(doc, Fields.DUPLICATE_OF));
    }

    /** The site as written; stores from before the display name was kept have only the lower-case form. */
    private static Optional<String> siteName(Document doc) {
        return opt(doc, Fields.SITE_NAME).or(() -> opt(doc, Fields.SITE));
    }

    /** A facet's label: the site as written in the first article stored from it. */
    private static String siteName(IndexSearcher searcher, String site) throws IOException {
        int first = Queries.firstLiveDocument(searcher.getIndexReader(), new Term(Fields.SITE, site));
        if (first == DocIdSetIterator.NO_MORE_DOCS) return site;
        return siteName(searcher.storedFields().document(first, HIT_FIELDS)).orElse(site);
    }

    static Optional<String> opt(Document doc, String field) {
        return Optional.ofNullable(doc.get(field));
    }
}
