package org.herald.server;

import java.util.Optional;
import org.herald.extract.RawDocument;

/**
 * Takes one posted document through extraction, understanding and the store. The server only checks the caller
 * and the body; whoever builds the server decides what ingest means, usually the store's ingestor:
 *
 * <pre>{@code
 * ArticleIntake intake = new IngestorIntake(new Ingestor(extractor, analyzer, store), store);
 * }</pre>
 *
 * <p>Called concurrently from request threads. A document that cannot be analysed is a {@link IngestReply.Refused},
 * not an exception; an exception means the intake itself failed and becomes a 500.
 */
@FunctionalInterface
public interface ArticleIntake {
    IngestReply accept(RawDocument document);

    /** Why the last store write failed, until one succeeds again: {@code GET /api/health} reports it. */
    default Optional<String> writeProblem() {
        return Optional.empty();
    }
}
