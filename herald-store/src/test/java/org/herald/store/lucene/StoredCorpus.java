package org.herald.store.lucene;

import org.herald.store.StoredArticle;
import org.herald.store.contract.Corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The {@link Corpus} in a real store, opened before a test class's tests and closed and deleted after them:
 * {@code @RegisterExtension static final StoredCorpus corpus = new StoredCorpus();} then {@code corpus.store}.
 */
final class StoredCorpus implements BeforeAllCallback, AfterAllCallback {
    LuceneStore store;
    private Path folder;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        folder = Files.createTempDirectory("herald-store-test");
        store = stored(folder);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        store.close();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    /** A Lucene store in the directory holding {@link Corpus#all()}, committed. */
    static LuceneStore stored(Path dir) throws IOException {
        LuceneStore store = LuceneStore.open(dir);
        for (StoredArticle a : Corpus.all()) store.put(a);
        store.commit();
        return store;
    }
}
