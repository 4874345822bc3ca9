package org.herald.store.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class GlobalOrdinalsTest {

    /** One segment per commit: "b", "a c", "c". */
    private static DirectoryReader threeSegments(ByteBuffersDirectory dir) throws IOException {
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
            for (String[] segment : new String[][] {{"b"}, {"a", "c"}, {"c"}}) {
                for (String site : segment) {
                    Document doc = new Document();
                    doc.add(new SortedDocValuesField(Fields.SITE, new BytesRef(site)));
                    writer.addDocument(doc);
                }
                writer.commit();
            }
        }
        return DirectoryReader.open(dir);
    }

    @Test
    void segmentOrdinalsMapToOneTermOrder() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory(); DirectoryReader reader = threeSegments(dir)) {
            assertEquals(3, reader.leaves().size());
            GlobalOrdinals ords = GlobalOrdinals.build(reader, Fields.SITE);
            assertEquals(3, ords.size());
            List<String> terms = new ArrayList<>();
            for (int ord = 0; ord < ords.size(); ord++) terms.add(ords.term(reader, Fields.SITE, ord));
            assertEquals(List.of("a", "b", "c"), terms);
            LeafReaderContext second = reader.leaves().get(1); // holds "a" (ord 0) and "c" (ord 1)
            assertEquals(0, ords.segmentToGlobal(second).get(0));
            assertEquals(2, ords.segmentToGlobal(second).get(1));
        }
    }

    @Test
    void theCacheBuildsOncePerReaderAndForgetsClosedReaders() throws IOException {
        GlobalOrdinals.Cache cache = new GlobalOrdinals.Cache();
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            DirectoryReader reader = threeSegments(dir);
            GlobalOrdinals first = cache.of(reader, Fields.SITE);
            assertSame(first, cache.of(reader, Fields.SITE));
            assertEquals(1, cache.readers());
            reader.close();
            assertEquals(0, cache.readers());
        }
    }
}
