package org.herald.store.lucene;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

/**
 * The terms of one string doc-values field numbered across every segment of a reader snapshot, in term order:
 * per-segment ordinals map to global ones, so a facet counts into one {@code int[]} and turns only its top
 * ordinals into strings. Building the map reads every term of every segment, so maps are kept per reader
 * ({@link Cache}) and built once per refresh, not once per query.
 */
final class GlobalOrdinals {
    private final OrdinalMap map;

    private GlobalOrdinals(OrdinalMap map) {
        this.map = map;
    }

    /** Reads the field's terms in every segment of the reader; works for SORTED and SORTED_SET fields. */
    static GlobalOrdinals build(IndexReader reader, String field) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        SortedSetDocValues[] values = new SortedSetDocValues[leaves.size()];
        for (LeafReaderContext leaf : leaves) values[leaf.ord] = DocValues.getSortedSet(leaf.reader(), field);
        // No owner key: the cache below holds maps by that key, and a value pointing at its key would pin it.
        return new GlobalOrdinals(OrdinalMap.build(null, values, PackedInts.DEFAULT));
    }

    /** Number of distinct terms in the reader. */
    int size() {
        return Math.toIntExact(map.getValueCount());
    }

    /** Maps the ordinals of segment {@code leaf.ord} to global ordinals. */
    LongValues segmentToGlobal(LeafReaderContext leaf) {
        return map.getGlobalOrds(leaf.ord);
    }

    /** The term with this global ordinal, read from the first segment that has it. */
    String term(IndexReader reader, String field, long globalOrd) throws IOException {
        LeafReaderContext leaf = reader.leaves().get(map.getFirstSegmentNumber(globalOrd));
        SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), field);
        return values.lookupOrd(map.getFirstSegmentOrd(globalOrd)).utf8ToString();
    }

    /**
     * Global ordinals per reader snapshot and field. An entry is dropped when its reader closes (SearcherManager
     * closes a snapshot once the last query on it is done), so the cache holds only live snapshots.
     */
    static final class Cache {
        private final Map<IndexReader.CacheKey, Map<String, GlobalOrdinals>> byReader = new ConcurrentHashMap<>();

        GlobalOrdinals of(IndexReader reader, String field) throws IOException {
            IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
            if (helper == null) return build(reader, field); // readers without a cache key: not ours in practice
            Map<String, GlobalOrdinals> fields = byReader.computeIfAbsent(helper.getKey(), key -> {
                helper.addClosedListener(byReader::remove);
                return new ConcurrentHashMap<>();
            });
            GlobalOrdinals cached = fields.get(field);
            if (cached != null) return cached;
            // Two queries racing on a fresh snapshot may both build; both maps are equal, one is kept.
            GlobalOrdinals built = build(reader, field);
            GlobalOrdinals raced = fields.putIfAbsent(field, built);
            return raced == null ? built : raced;
        }

        /** Number of reader snapshots with cached maps; for tests. */
        int readers() {
            return byReader.size();
        }
    }
}
