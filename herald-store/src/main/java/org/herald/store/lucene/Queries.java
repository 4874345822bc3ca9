package org.herald.store.lucene;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.Bits;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.herald.store.DateRange;
import org.herald.store.Paging;

/** Query parts and paging shared by the searches. */
final class Queries {
    /**
     * The lowest live document holding the term, read from the postings: a search would score every one of them.
     * {@link DocIdSetIterator#NO_MORE_DOCS} when none does.
     */
    static int firstLiveDocument(IndexReader reader, Term term) throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            PostingsEnum docs = leaf.reader().postings(term, PostingsEnum.NONE);
            if (docs == null) continue;
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (live == null || live.get(doc)) return leaf.docBase + doc;
            }
        }
        return DocIdSetIterator.NO_MORE_DOCS;
    }

    private Queries() {}

    static Query kind(String kind) {
        return new TermQuery(new Term(Fields.KIND, kind));
    }

    /**
     * Documents whose day lies in the range; empty for {@link DateRange#ALL}. A document without a day never
     * matches a range, open or not: it has no point to compare.
     */
    static Optional<Query> days(DateRange range) {
        if (range.from().isEmpty() && range.to().isEmpty()) return Optional.empty();
        long from = range.from().map(d -> d.toEpochDay()).orElse(Long.MIN_VALUE);
        long to = range.to().map(d -> d.toEpochDay()).orElse(Long.MAX_VALUE);
        return Optional.of(days(from, to));
    }

    /** Documents whose epoch day lies in {@code [from, to]}. */
    static Query days(long from, long to) {
        // Points when the range is selective, doc values when other clauses already narrowed the documents.
        return new IndexOrDocValuesQuery(LongPoint.newRangeQuery(Fields.DAY, from, to),
                NumericDocValuesField.newSlowRangeQuery(Fields.DAY, from, to));
    }

    /** A filter-only conjunction of the kind and the given clauses, with {@code scoring} (if any) as MUST. */
    static Query and(String kind, Optional<Query> scoring, List<Optional<Query>> filters) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(kind(kind), Occur.FILTER);
        scoring.ifPresent(q -> b.add(q, Occur.MUST));
        for (Optional<Query> f : filters) f.ifPresent(q -> b.add(q, Occur.FILTER));
        return b.build();
    }

    /** Newest first by a numeric field, documents without it last. */
    static SortField newestFirst(String field) {
        SortField f = new SortField(field, SortField.Type.LONG, true);
        f.setMissingValue(Long.MIN_VALUE);
        return f;
    }

    static SortField byArticle() {
        return new SortField(Fields.ARTICLE_ID, SortField.Type.STRING);
    }

    static SortField position() {
        return new SortField(Fields.SEQ, SortField.Type.LONG);
    }

    /** The page of hits, the exact total, and the next page's cursor when more hits follow. */
    record Page(long total, List<ScoreDoc> hits, Optional<String> next) {}

    static Page page(IndexSearcher searcher, Query query, Sort sort, Paging paging, String search)
            throws IOException {
        Window window = new Window(searcher, sort, paging, search);
        if (window.countOnly()) return new Page(searcher.count(query), List.of(), Optional.empty());
        return window.page(searcher.search(query, window.collector()));
    }

    /**
     * What one page collects: the hits before it (an offset, or none after a cursor's hit), the page, and one hit
     * past it, which tells whether a next page exists without a second search.
     */
    static final class Window {
        private final Sort sort;
        private final Paging paging;
        private final String search;
        private final FieldDoc after;
        private final int wanted;

        /** @param search names the search in its cursors, so one search's cursor is refused by another */
        Window(IndexSearcher searcher, Sort sort, Paging paging, String search) {
            this.sort = sort;
            this.paging = paging;
            this.search = search;
            this.after = paging.cursor().map(c -> SortCursor.decode(c, search, sort)).orElse(null);
            // Never ask for more hits than the index has documents: the priority queue is allocated up front.
            this.wanted = (int) Math.min((long) paging.offset() + paging.limit() + 1,
                    searcher.getIndexReader().maxDoc());
        }

        /** True when the page can hold no hit: only the total is wanted. */
        boolean countOnly() {
            return paging.limit() == 0 || wanted <= paging.offset();
        }

        TopFieldCollectorManager collector() {
            return new TopFieldCollectorManager(sort, wanted, after, Integer.MAX_VALUE, false);
        }

        Page page(TopDocs top) {
            ScoreDoc[] docs = top.scoreDocs;
            int from = Math.min(paging.offset(), docs.length);
            int to = Math.min(paging.offset() + paging.limit(), docs.length);
            List<ScoreDoc> hits = Arrays.asList(Arrays.copyOfRange(docs, from, to));
            Optional<String> next = docs.length > to && to > from
                    ? Optional.of(SortCursor.encode(search, sort, (FieldDoc) docs[to - 1]))
                    : Optional.empty();
            return new Page(top.totalHits.value, hits, next);
        }
    }
}
