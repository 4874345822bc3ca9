package org.herald.store.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.herald.store.EntityKeys;
import org.herald.store.QuotePage;
import org.herald.store.QuoteQuery;

/** Quote search, newest article first and in text order within an article. */
final class QuoteSearch {
    private static final Sort NEWEST_FIRST = new Sort(Queries.newestFirst(Fields.TIME),
            Queries.newestFirst(Fields.DAY), Queries.byArticle(), Queries.position());

    private final TextQuery english;
    private final TextQuery names;
    private final EntityKeys keys;

    QuoteSearch(TextQuery english, TextQuery names, EntityKeys keys) {
        this.english = english;
        this.names = names;
        this.keys = keys;
    }

    QuotePage search(IndexSearcher searcher, QuoteQuery query) throws IOException {
        List<Optional<Query>> filters = new ArrayList<>();
        filters.add(Queries.days(query.dates()));
        query.speaker().filter(s -> !s.isBlank()).ifPresent(s -> filters.add(Optional.of(speaker(s.strip()))));
        filters.add(types(query));
        query.text().filter(t -> !t.isBlank()).ifPresent(t -> filters.add(Optional.of(
                english.allParts(t, Map.of(Fields.QUOTE_TEXT, 1f)).orElse(new MatchNoDocsQuery()))));
        Queries.Page page = Queries.page(searcher, Queries.and(Fields.QUOTE, Optional.empty(), filters),
                NEWEST_FIRST, query.paging(), "quotes");
        StoredFields stored = searcher.storedFields();
        List<QuotePage.Hit> hits = new ArrayList<>();
        for (ScoreDoc d : page.hits()) hits.add(hit(stored.document(d.doc)));
        return new QuotePage(page.total(), hits, page.next());
    }

    private static Optional<Query> types(QuoteQuery query) {
        if (query.anyType()) return Optional.empty();
        List<BytesRef> names = query.types().stream().map(t -> new BytesRef(t.name())).toList();
        return Optional.of(new TermInSetQuery(Fields.QUOTE_TYPE, names));
    }

    /** A store id ("person:sergei-lavrov") matches the resolved speaker; anything else, words of the name. */
    private Query speaker(String speaker) {
        if (keys.isKey(speaker)) return new TermQuery(new Term(Fields.SPEAKER_ENTITY, speaker));
        return names.allWords(Fields.SPEAKER_NAME, speaker, false).orElse(new MatchNoDocsQuery());
    }

    private static QuotePage.Hit hit(Document doc) {
        return new QuotePage.Hit(doc.get(Fields.QUOTE_TEXT), doc.get(Fields.QUOTE_TYPE),
                ArticleSearch.opt(doc, Fields.SPEAKER_NAME), ArticleSearch.opt(doc, Fields.SPEAKER_ENTITY),
                doc.get(Fields.ARTICLE_ID), ArticleSearch.opt(doc, Fields.ARTICLE_TITLE),
                ArticleSearch.opt(doc, Fields.PUBLISHED));
    }
}
