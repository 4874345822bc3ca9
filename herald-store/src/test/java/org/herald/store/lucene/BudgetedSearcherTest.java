package org.herald.store.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.time.Duration;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.herald.store.QueryTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * #11: the query budget stopped Lucene's scoring but not the stored-field reads after it (a page of 1,000 events,
 * a story's every mention), which ran on however long they took.
 */
class BudgetedSearcherTest {
    private Directory directory;
    private DirectoryReader reader;

    @BeforeEach
    void index() throws IOException {
        directory = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (int i = 0; i < 3; i++) {
                Document d = new Document();
                d.add(new StoredField("n", "doc " + i));
                d.add(new Field("text", "words", org.apache.lucene.document.TextField.TYPE_NOT_STORED));
                w.addDocument(d);
            }
        }
        reader = DirectoryReader.open(directory);
    }

    @AfterEach
    void close() throws IOException {
        reader.close();
        directory.close();
    }

    @Test
    void storedFieldReadsPastTheBudgetStop() throws Exception {
        IndexSearcher searcher = new BudgetedSearcher(reader, Duration.ofMillis(1));
        Thread.sleep(5);
        QueryTimeoutException e = assertThrows(QueryTimeoutException.class,
                () -> searcher.storedFields().document(0));
        assertEquals(Duration.ofMillis(1), e.budget());
        assertThrows(QueryTimeoutException.class,
                () -> BudgetedSearcher.storedFields(searcher, reader.leaves().get(0).reader()).document(0));
    }

    @Test
    void withinTheBudgetStoredFieldsReadAsUsual() throws IOException {
        IndexSearcher searcher = new BudgetedSearcher(reader, Duration.ofSeconds(30));
        assertEquals("doc 2", searcher.storedFields().document(2).get("n"));
        assertEquals("doc 1", BudgetedSearcher.storedFields(searcher, reader.leaves().get(0).reader())
                .document(1).get("n"));
    }
}
