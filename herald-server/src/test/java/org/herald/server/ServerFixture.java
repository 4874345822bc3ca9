package org.herald.server;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.herald.store.Store;
import org.herald.store.lucene.LuceneStore;

/** A real server over a real Lucene store in a temporary folder, filled with {@link SampleArticles}. */
final class ServerFixture implements AutoCloseable {
    final SampleArticles samples = new SampleArticles();
    final Store store;
    final HeraldServer server;
    final Http http;

    ServerFixture(Path dir, Optional<ArticleIntake> intake, ServerSettings settings) throws IOException {
        this.store = LuceneStore.open(dir);
        samples.fill(store);
        this.server = new HeraldServer(store, intake, settings).start();
        this.http = new Http(server.port());
    }

    static ServerFixture readOnly(Path dir) throws IOException {
        return new ServerFixture(dir, Optional.empty(), ServerSettings.readOnly(0));
    }

    @Override
    public void close() throws IOException {
        server.close();
        store.close();
    }
}
