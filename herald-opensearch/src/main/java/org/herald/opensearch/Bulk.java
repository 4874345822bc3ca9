package org.herald.opensearch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.herald.store.StoreWriteException;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;

/**
 * One batch's bulk operations, each on behalf of an article, sent in requests of at most {@value #OPERATIONS}
 * operations or about {@value #CHARS} characters (OpenSearch's http.max_content_length is 100 MB). What fails for a
 * while is retried with backoff ({@value #ATTEMPTS} attempts, {@value #FIRST_BACKOFF_MS} ms doubling): a request the
 * cluster did not answer or answered 429/502/503/504, and items it rejected with 429 (a full write queue, a disk
 * watermark's read-only-allow-delete block); every operation names its document, so one sent twice writes it once.
 * An item that still fails loses its article: {@link #finish} deletes every document the batch meant to write for it
 * (an earlier copy's too), so that {@code contains} is false and the next ingest stores it again, then throws a
 * {@link StoreWriteException} naming the articles, since a write the cluster dropped must not pass for a stored one.
 */
final class Bulk {
    static final int OPERATIONS = 2_000;
    static final long CHARS = 8_000_000;
    static final int ATTEMPTS = 6;
    static final long FIRST_BACKOFF_MS = 200;

    /** An operation and the article it writes. */
    private record Op(String articleId, String index, String id, BulkOperation operation, boolean isIndex) {}

    private final OpenSearchClient client;
    private final List<Op> queued = new ArrayList<>();
    /** Every index operation sent: what {@link #finish} deletes again for a lost article. */
    private final List<Op> indexed = new ArrayList<>();
    /** The articles an operation failed for, with the first reason each. */
    private final Map<String, String> lost = new LinkedHashMap<>();
    private long chars;

    Bulk(OpenSearchClient client) {
        this.client = client;
    }

    void index(String articleId, String index, String id, Map<String, Object> doc) throws IOException {
        queued.add(new Op(articleId, index, id, BulkOperation.of(o -> o.index(i -> i.index(index).id(id)
                .document(doc))), true));
        for (Object v : doc.values()) chars += v instanceof String s ? s.length() : 16;
        added();
    }

    /** A partial update: the fields given replace the document's own, the rest stay. */
    void update(String articleId, String index, String id, Map<String, Object> fields) throws IOException {
        queued.add(new Op(articleId, index, id, BulkOperation.of(o -> o.update(u -> u.index(index).id(id)
                .document(fields))), false));
        added();
    }

    void delete(String articleId, String index, String id) throws IOException {
        queued.add(new Op(articleId, index, id, BulkOperation.of(o -> o.delete(d -> d.index(index).id(id))), false));
        added();
    }

    private void added() throws IOException {
        if (queued.size() >= OPERATIONS || chars >= CHARS) send();
    }

    /** Sends what is queued, retrying what failed for a while; what still fails is remembered for {@link #finish}. */
    void send() throws IOException {
        List<Op> todo = List.copyOf(queued);
        for (Op op : todo) if (op.isIndex()) indexed.add(op);
        queued.clear();
        chars = 0;
        for (int attempt = 1; !todo.isEmpty(); attempt++) {
            boolean last = attempt == ATTEMPTS;
            BulkResponse response;
            try {
                List<BulkOperation> operations = todo.stream().map(Op::operation).toList();
                response = client.bulk(b -> b.operations(operations));
            } catch (IOException | OpenSearchException e) {
                if (last || !transientFailure(e)) {
                    for (Op op : todo) lose(op, "bulk request failed: " + e.getMessage());
                    return;
                }
                pause(attempt);
                continue;
            }
            List<Op> again = new ArrayList<>();
            List<BulkResponseItem> items = response.items();
            for (int i = 0; i < todo.size(); i++) {
                Op op = todo.get(i);
                BulkResponseItem item = items.get(i);
                if (item.error() == null) continue;
                if (item.status() == 429 && !last) {
                    again.add(op);
                } else {
                    lose(op, item.index() + " " + item.status() + " " + item.error().type() + ": "
                            + item.error().reason());
                }
            }
            todo = again;
            if (!todo.isEmpty()) pause(attempt);
        }
    }

    /**
     * Sends the rest; when an article lost an operation, deletes what the batch wrote of it and throws
     * {@link StoreWriteException} naming the lost articles and the first reason.
     */
    void finish() throws IOException {
        send();
        if (lost.isEmpty()) return;
        Set<String> articles = new LinkedHashSet<>(lost.keySet());
        Bulk undo = new Bulk(client);
        for (Op op : indexed) if (articles.contains(op.articleId())) undo.delete(op.articleId(), op.index(), op.id());
        undo.send();
        String first = lost.values().iterator().next();
        List<String> named = articles.stream().limit(5).toList();
        String message = "OpenSearch did not store " + articles.size() + " article"
                + (articles.size() == 1 ? "" : "s") + " (" + String.join(", ", named)
                + (articles.size() > named.size() ? ", …" : "") + "): " + first
                + (undo.lost.isEmpty() ? "" : "; what was written of them could not be deleted either");
        throw new StoreWriteException(message, new IOException(first));
    }

    /** The articles lost so far, in the order they failed. */
    Set<String> lostArticles() {
        return lost.keySet();
    }

    private void lose(Op op, String reason) {
        lost.putIfAbsent(op.articleId(), reason);
    }

    /** No answer, or an answer saying to come back: a full queue, a node starting, a proxy between. */
    private static boolean transientFailure(Exception e) {
        if (e instanceof OpenSearchException o) {
            int s = o.status();
            return s == 429 || s == 502 || s == 503 || s == 504;
        }
        return true;
    }

    private static void pause(int attempt) throws IOException {
        try {
            Thread.sleep(FIRST_BACKOFF_MS << (attempt - 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting to retry a bulk request", e);
        }
    }
}
