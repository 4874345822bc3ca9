package org.herald.store.lucene;

import java.io.IOException;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.BytesRef;

/**
 * One document's doc values, by its index-wide number. Reading a stored field decompresses the whole block the
 * document sits in (with articles' analysis JSON and original pages, tens of kilobytes), so a lookup made for every
 * article stored reads doc values instead.
 */
final class DocValuesAt {
    private DocValuesAt() {}

    static Optional<String> sorted(IndexReader reader, int doc, String field) throws IOException {
        LeafReaderContext leaf = leaf(reader, doc);
        SortedDocValues v = DocValues.getSorted(leaf.reader(), field);
        if (!v.advanceExact(doc - leaf.docBase)) return Optional.empty();
        return Optional.of(v.lookupOrd(v.ordValue()).utf8ToString());
    }

    static Optional<byte[]> binary(IndexReader reader, int doc, String field) throws IOException {
        LeafReaderContext leaf = leaf(reader, doc);
        BinaryDocValues v = DocValues.getBinary(leaf.reader(), field);
        if (!v.advanceExact(doc - leaf.docBase)) return Optional.empty();
        return Optional.of(BytesRef.deepCopyOf(v.binaryValue()).bytes);
    }

    static OptionalLong numeric(IndexReader reader, int doc, String field) throws IOException {
        LeafReaderContext leaf = leaf(reader, doc);
        NumericDocValues v = DocValues.getNumeric(leaf.reader(), field);
        return v.advanceExact(doc - leaf.docBase) ? OptionalLong.of(v.longValue()) : OptionalLong.empty();
    }

    private static LeafReaderContext leaf(IndexReader reader, int doc) {
        return reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
    }
}
