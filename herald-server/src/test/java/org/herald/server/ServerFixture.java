package org.herald.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.herald.store.Store;
import org.herald.store.lucene.LuceneStore;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real server over a real Lucene store in a temporary folder, filled with {@link SampleArticles}. Either opened
 * directly, or registered on a test class ({@code @RegisterExtension static final ServerFixture fixture =
 * ServerFixture.readOnlyForClass();}) to start before its tests and stop, deleting the store, after them.
 */
final class ServerFixture implements AutoCloseable, BeforeAllCallback, AfterAllCallback {
    final SampleArticles samples = new SampleArticles();
    private final Optional<ArticleIntake> intake;
    private final ServerSettings settings;
    private Path folder;
    Store store;
    HeraldServer server;
    Http http;

    ServerFixture(Path dir, Optional<ArticleIntake> intake, ServerSettings settings) throws IOException {
        this(intake, settings);
        open(dir);
    }

    private ServerFixture(Optional<ArticleIntake> intake, ServerSettings settings) {
        this.intake = intake;
        this.settings = settings;
    }

    static ServerFixture readOnly(Path dir) throws IOException {
        return new ServerFixture(dir, Optional.empty(), ServerSettings.readOnly(0));
    }

    /** A read-only server for one test class, started by JUnit before its tests. */
    static ServerFixture readOnlyForClass() {
        return new ServerFixture(Optional.empty(), ServerSettings.readOnly(0));
    }

    private void open(Path dir) throws IOException {
        this.store = LuceneStore.open(dir);
        samples.fill(store);
        this.server = new HeraldServer(store, intake, settings).start();
        this.http = new Http(server.port());
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        folder = Files.createTempDirectory("herald-server-test");
        open(folder);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        close();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        store.close();
    }
}
