package org.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herald.extract.ArticleExtractor;
import org.herald.extract.ExtractSettings;
import org.herald.nlp.AnalyzeSettings;
import org.herald.nlp.Analyzer;
import org.herald.nlp.text.ParsedText;
import org.herald.pipeline.Ingestor;
import org.herald.server.HandOff;
import org.herald.server.HeraldServer;
import org.herald.server.ServerSettings;
import org.herald.store.ContentHash;
import org.herald.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * #13: an {@code ingest} handing its documents to the server that writes the store, with a {@code --doc-timeout}
 * one document runs past. The count line must be what the store holds once the server is done with every document:
 * a document counted {@code timeout} is never stored later by the server. The server here is real (HTTP, a Lucene
 * store, the hand-off routes) and runs in this JVM; its one slow stage ignores interrupts, as a long parse does.
 */
class HandOffBudgetTest {
    private static final String TOKEN = "a-hand-off-token-for-this-test";
    private static final long SLOW_MILLIS = 5_000;
    private static final Pattern SUMMARY =
            Pattern.compile("(\\d+) in = (\\d+) stored \\+ (\\d+) already stored \\+ (\\d+) failed");

    @TempDir
    Path temp;

    /** A parser that finds nothing, and spins {@link #SLOW_MILLIS} on a text that asks for it, deaf to interrupts. */
    private static Analyzer slowOnRequest() {
        return new Analyzer(text -> {
            if (text.contains("SLOW")) {
                long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(SLOW_MILLIS);
                while (System.nanoTime() < end) {
                    Thread.onSpinWait();
                }
            }
            return new ParsedText(text, List.of());
        }, Analyzer.Stages.none(), AnalyzeSettings.defaults());
    }

    private static long[] summary(String err) {
        Matcher m = SUMMARY.matcher(err);
        assertTrue(m.find(), err);
        return new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)),
                Long.parseLong(m.group(4))};
    }

    @Test
    void aDocumentTheIngestCountsTimedOutIsNeverStoredByTheServerAfterwards() throws Exception {
        Path dir = temp.resolve("store");
        Path docs = Files.createDirectories(temp.resolve("docs"));
        String fast = "Harbour talks (written for Herald's tests)\n\nThe harbour council of Port Emsa met on Monday.\n";
        String slow = "SLOW harbour talks (written for Herald's tests)\n\nThe council met again on Tuesday.\n";
        Files.writeString(docs.resolve("a-fast.txt"), fast, StandardCharsets.UTF_8);
        Files.writeString(docs.resolve("b-slow.txt"), slow, StandardCharsets.UTF_8);
        try (Store store = Stores.open(dir);
             HeraldServer server = new HeraldServer(store, Optional.empty(), Optional.of(new HandOff(
                     new Ingestor(new ArticleExtractor(ExtractSettings.defaults()), slowOnRequest(), store), store,
                     TOKEN)), ServerSettings.readOnly(0)).start()) {
            WriterNote.serve("http://127.0.0.1:" + server.port(), TOKEN, false).write(dir);

            CliRun run = CliRun.run("ingest", "--store", dir.toString(), "--threads", "1", "--doc-timeout", "2",
                    docs.toString());

            assertTrue(run.err().contains("documents go to the running"), run.err());
            long[] c = summary(run.err());
            assertEquals(2, c[0], run.err());
            assertEquals(2, c[1] + c[3], "in = stored + failed: " + run.err());
            assertTrue(run.err().contains("b-slow.txt: timeout"), run.err());
            assertEquals(ExitCode.SOME_FAILED, run.exitCode(), run.err());
            // Past the slow stage's end, when a server that went on with the document would have stored it.
            Thread.sleep(SLOW_MILLIS + 1_000);
            store.refresh();
            assertEquals(c[1], store.articleCount(), "the store holds what was counted stored, no more: " + run.err());
            assertFalse(store.contains(ContentHash.of(slow.getBytes(StandardCharsets.UTF_8))));

            // The server forgot the document it gave up: a second run tries it again (and it times out again).
            CliRun again = CliRun.run("ingest", "--store", dir.toString(), "--threads", "1", "--doc-timeout", "2",
                    docs.toString());
            long[] d = summary(again.err());
            assertEquals(2, d[0], again.err());
            assertTrue(again.err().contains("b-slow.txt: timeout"), again.err());
            Thread.sleep(SLOW_MILLIS + 1_000);
            store.refresh();
            assertEquals(c[1] + d[1], store.articleCount(), again.err());
        } finally {
            WriterNote.remove(dir);
        }
    }
}
