package org.herald.spark;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.JavaRDD;
import org.herald.model.json.AnalysisReader;
import org.herald.opensearch.BulkArticles;
import org.herald.opensearch.OpenSearchStore;
import org.herald.store.StoredArticle;

/**
 * {@code --opensearch URL}: the job's articles, with their events, entities and quotes, written into the OpenSearch
 * store at URL as the store's own documents, from the executors, each task in bulk requests of its own
 * ({@link BulkArticles}); a failed record is written nowhere but the errors table. Each article keeps the story the
 * tables give it ({@link DayStories}), not one the store would choose: the store's own write path places one
 * article after another against everything stored before it, one writer for the whole cluster (~9 articles/s on a
 * shared two-core machine), which would make the job as slow as its slowest part. Document ids are the store's
 * (the article's content hash, then ARTICLE:SEQ and ARTICLE|ENTITY), so running again over the same archives
 * replaces the documents instead of adding to them. Once every task has written, the driver lets the store join
 * people that tasks stored apart ("Lavrov" in one task, "Sergei Lavrov" in another) and commits.
 */
final class OpenSearchOutput {
    /** The indices {@code ./herald serve|ingest --opensearch} use (herald-cli's {@code Stores.OPENSEARCH_PREFIX}). */
    static final String PREFIX = "herald";
    /** Articles a bulk write holds: some hundreds of documents, a few MB. */
    static final int BATCH = 128;

    private OpenSearchOutput() {}

    /** Thrown when the cluster did not take the articles; the tables are written by then. */
    static final class WriteFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WriteFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Writes the analysed records' articles and returns how many documents were written. */
    static long write(JavaRDD<AnalysedRecord> records, String url, Instant ingested) {
        // opened on the driver first: it installs the templates and makes the indices once, before any task writes
        try (OpenSearchStore store = OpenSearchStore.open(url, PREFIX)) {
            long documents = records.filter(r -> r.analysisJson().isPresent())
                    .mapPartitions(part -> List.of(writeTask(part, url, ingested)).iterator())
                    .fold(0L, Long::sum);
            store.refresh();
            store.rejoinPeople();
            store.commit();
            return documents;
        } catch (Exception e) {
            // a task's failure reaches here as Spark's own (checked) exception, the cause inside it
            throw new WriteFailed("the tables are written, but OpenSearch at " + url + " did not take every article: "
                    + rootMessage(e), e);
        }
    }

    private static long writeTask(Iterator<AnalysedRecord> records, String url, Instant ingested) {
        AnalysisReader reader = new AnalysisReader();
        long documents = 0;
        try (BulkArticles out = BulkArticles.open(url, PREFIX, ExecutorModels.get().places)) {
            List<BulkArticles.Placed> batch = new ArrayList<>();
            while (records.hasNext()) {
                AnalysedRecord r = records.next();
                String json = r.analysisJson().orElseThrow();
                // the original page is not kept: the tables do not hold it either
                StoredArticle article = new StoredArticle(r.articleId().orElseThrow(), reader.read(json), json,
                        Optional.empty(), ingested);
                batch.add(new BulkArticles.Placed(article, r.story()));
                if (batch.size() == BATCH) {
                    documents += out.write(batch);
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) documents += out.write(batch);
        }
        return documents;
    }

    /** The first failure in the chain that is not Spark's wrapping of it: the store's own message. */
    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getClass().getName().startsWith("org.apache.spark") && t.getCause() != null) t = t.getCause();
        return t.getMessage() != null ? t.getMessage() : t.toString();
    }
}
