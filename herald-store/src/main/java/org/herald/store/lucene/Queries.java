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
        // Points when the range is selective, doc values when other clauses already narrowed the documents.
        return Optional.of(new IndexOrDocValuesQuery(LongPoint.newRangeQuery(Fields.DAY, from, to),
                NumericDocValuesField.newSlowRangeQuery(Fields.DAY, from, to)));
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

    /** The page of hits and the exact total. */
    record Page(long total, List<ScoreDoc> hits) {}

    static Page page(IndexSearcher searcher, Query query, Sort sort, Paging paging) throws IOException {
        // Never ask for more hits than the index has documents: the priority queue is allocated up front.
        int wanted = (int) Math.min((long) paging.offset() + paging.limit(), searcher.getIndexReader().maxDoc());
        if (wanted <= paging.offset()) return new Page(searcher.count(query), List.of());
        TopDocs top = searcher.search(query, new TopFieldCollectorManager(sort, wanted, null, Integer.MAX_VALUE,
                false));
        ScoreDoc[] docs = top.scoreDocs;
        List<ScoreDoc> hits = docs.length <= paging.offset() ? List.of()
                : Arrays.asList(Arrays.copyOfRange(docs, paging.offset(), docs.length));
        return new Page(top.totalHits.value, hits);
    }
}
