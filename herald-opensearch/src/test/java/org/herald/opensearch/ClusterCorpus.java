package org.herald.opensearch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.herald.opensearch.node.NodeProcess;
import org.herald.store.StoredArticle;
import org.herald.store.contract.Corpus;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real OpenSearch node (a child JVM, {@link NodeProcess}) for one test class, and an {@link OpenSearchStore} on it
 * holding {@link Corpus#all()}, committed: {@code @RegisterExtension static final ClusterCorpus corpus = …}.
 */
final class ClusterCorpus implements BeforeAllCallback, AfterAllCallback {
    NodeProcess node;
    OpenSearchStore store;
    private Path folder;
    private Class<?> owner;
    private final AtomicInteger fresh = new AtomicInteger();

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        // @Nested classes inherit the extension: they share the node their enclosing class started
        if (node != null) return;
        owner = context.getRequiredTestClass();
        folder = Files.createTempDirectory("herald-opensearch-test");
        node = NodeProcess.start(folder);
        store = OpenSearchStore.open(node.url(), "herald");
        for (StoredArticle a : Corpus.all()) store.put(a);
        store.commit();
    }

    /** A new store under an index prefix of its own on the same node, empty. */
    OpenSearchStore emptyStore() {
        return OpenSearchStore.open(node.url(), "fresh-" + fresh.incrementAndGet());
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (context.getRequiredTestClass() != owner) return;
        if (store != null) store.close();
        if (node != null) node.close();
        node = null;
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
