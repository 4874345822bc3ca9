package org.herald.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.herald.store.Store;
import org.herald.store.lucene.LuceneStore;

/**
 * The one place the CLI picks the store implementation: the embedded Lucene store in a folder, or with
 * {@code --opensearch URL} the store on an OpenSearch cluster (indices {@code herald-articles}, {@code herald-events},
 * {@code herald-entities}, {@code herald-quotes}).
 */
final class Stores {
    private Stores() {}

    /**
     * Opens (or creates) the store in {@code dir}.
     *
     * @throws IOException with a message fit for the user: file-system errors name only the path, so the reason is
     *                     spelt out ("not a folder", "permission denied")
     */
    static Store open(Path dir) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IOException("not a folder");
        }
        try {
            return LuceneStore.open(dir);
        } catch (org.apache.lucene.store.LockObtainFailedException e) {
            String holder = WriterNote.read(dir).filter(WriterNote::alive).map(WriterNote::holder)
                    .orElse("another process");
            throw new StoreBusyException("is being written by " + holder + ": wait for it to end, or read it"
                    + " meanwhile with `herald serve` without a token", e);
        } catch (AccessDeniedException e) {
            throw new IOException("permission denied", e);
        } catch (FileSystemException e) {
            throw new IOException(e.getReason() != null ? e.getReason() : e.getClass().getSimpleName(), e);
        }
    }

    /**
     * Opens the existing store in {@code dir} for reading only: no write lock, so an ingest may write it meanwhile
     * (the reader sees its commits on {@link Store#refresh()}).
     */
    static Store openReadOnly(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException(Files.exists(dir) ? "not a folder"
                    : "no store here yet (`herald ingest --store " + dir + " PATH` makes one)");
        }
        try {
            return LuceneStore.openReadOnly(dir);
        } catch (AccessDeniedException e) {
            throw new IOException("permission denied", e);
        } catch (FileSystemException e) {
            throw new IOException(e.getReason() != null ? e.getReason() : e.getClass().getSimpleName(), e);
        }
    }

    /** Index prefix of the OpenSearch store: its indices are herald-articles and herald-events. */
    static final String OPENSEARCH_PREFIX = "herald";

    /** Opens the store on the OpenSearch cluster at {@code url}; an unreachable cluster is an IOException. */
    static Store openCluster(String url) throws IOException {
        // CoreNLP brings an older JSON-P implementation (jakarta.json 1.1.6) whose service entry the OpenSearch
        // client's JsonProvider lookup trips over ("not a subtype"); name the client's own, Parsson, first.
        if (System.getProperty("jakarta.json.provider") == null)
            System.setProperty("jakarta.json.provider", "org.eclipse.parsson.JsonProviderImpl");
        try {
            return org.herald.opensearch.OpenSearchStore.open(url, OPENSEARCH_PREFIX);
        } catch (java.io.UncheckedIOException | IllegalArgumentException e) {
            throw new IOException("OpenSearch " + url + ": " + Failures.oneLine(e), e);
        }
    }

    /** The opener of a batch run: the cluster when a URL is given, else the folder. */
    static StoreAccess.StoreOpener opener(Optional<String> opensearch, StoreAccess.StoreOpener folder) {
        return opensearch.<StoreAccess.StoreOpener>map(url -> dir -> openCluster(url)).orElse(folder);
    }
}
