package org.herald.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.Optional;
import org.herald.store.ForwardingStore;
import org.herald.store.Store;
import org.herald.store.StoreWriteException;
import org.herald.store.lucene.LuceneStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * #11 item 4: a store that cannot write made every POST a 500 "IndexWriter is closed". Now a POST is a 503 with the
 * store's reason, and health says it, while reads go on.
 */
class StoreUnwritableTest {
    static final String WHY = "the store is read-only: no writer can be opened (No space left on device)";

    /** A real store whose writes fail as LuceneStore's do when it cannot reopen its writer. */
    private static final class ReadOnlyNow extends ForwardingStore {
        ReadOnlyNow(Store delegate) {
            super(delegate);
        }

        @Override
        public long commit() {
            throw new StoreWriteException(WHY, new IOException("No space left on device"));
        }

        @Override
        public Optional<String> writeProblem() {
            return Optional.of(WHY);
        }
    }

    @Test
    void aPostIs503WithTheReasonAndHealthIsDegraded(@TempDir Path dir) throws IOException {
        try (LuceneStore lucene = LuceneStore.open(dir)) {
            new SampleArticles().fill(lucene);
            Store store = new ReadOnlyNow(lucene);
            ArticleIntake intake = doc -> {
                store.commit();
                throw new AssertionError("the commit should have failed");
            };
            try (HeraldServer server = new HeraldServer(store, Optional.of(intake),
                    ServerSettings.readOnly(0).withToken("t0ken")).start()) {
                Http http = new Http(server.port());
                Http.Reply post = http.send(http.request("/api/articles").header("Content-Type", "text/html")
                        .header("Authorization", "Bearer t0ken")
                        .POST(HttpRequest.BodyPublishers.ofString("<p>hello</p>")));
                assertEquals(503, post.status(), post.body());
                assertEquals("store_unwritable", post.errorCode());
                assertTrue(post.json().path("error").path("message").asText().contains("No space left on device"),
                        post.body());
                assertEquals("1", post.headers().firstValue("Retry-After").orElse(""));

                Http.Reply health = http.get("/api/health");
                assertEquals(200, health.status());
                assertEquals("degraded", health.json().path("status").asText());
                assertEquals(WHY, health.json().path("write_problem").asText());
                assertEquals(200, http.get("/api/events").status(), "reads go on");
            }
        }
    }
}
