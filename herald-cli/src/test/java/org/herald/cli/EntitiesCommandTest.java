package org.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.herald.model.Article;
import org.herald.model.Span;
import org.herald.model.analysis.Analysis;
import org.herald.model.analysis.Entity;
import org.herald.model.analysis.EntityType;
import org.herald.model.analysis.Mention;
import org.herald.model.json.AnalysisJson;
import org.herald.store.Store;
import org.herald.store.StoredArticle;
import org.herald.store.lucene.LuceneStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./herald entities --rejoin} (#12): a "Trump" left apart while two full names shared his surname joins the
 * one a deletion leaves at the deletion's own commit, and the command then finds nothing left to put again.
 */
class EntitiesCommandTest {
    @TempDir
    Path dir;

    /** A sample article we wrote, naming one person. */
    private static StoredArticle person(String id, String name) {
        String body = "Reporters saw " + name + " in the city today.";
        Article article = Article.builder(id + ".txt").paragraphs(List.of(body)).published("2019-05-01", false)
                .language("en").build();
        int at = body.indexOf(name);
        Entity e = new Entity("e1", name, EntityType.PERSON, Optional.empty(), Optional.of("USA"),
                List.of(new Mention(new Span(at, at + name.length()), name)));
        Analysis analysis = new Analysis(article, List.of(e), List.of(), List.of(), List.of());
        String json = new AnalysisJson().toNode(analysis, List.of(), Optional.of(id)).toString();
        return new StoredArticle(id, analysis, json, Optional.empty(), Instant.parse("2024-07-01T12:00:00Z"));
    }

    @Test
    void rejoinFindsNothingLeftOnceTheStoreHasDecidedAgainAtCommit() throws IOException {
        try (Store store = LuceneStore.open(dir)) {
            store.put(person("a1", "Donald Trump"));
            store.put(person("a2", "Ivanka Trump"));
            store.put(person("a3", "Trump"));
            store.commit();
            assertTrue(store.findEntity("person:trump").isPresent(), "two full names share the surname: apart");
            store.delete("a2");
            store.commit();
            // the deletion's commit decides the surname again (SurnameJoins), so the command finds nothing to do
            assertTrue(store.findEntity("person:trump").isEmpty(), "the deletion's commit joins Trump");
        }
        CliRun r = CliRun.run("entities", "--store", dir.toString(), "--rejoin");
        assertEquals(ExitCode.OK, r.exitCode(), r.err());
        assertTrue(r.err().contains("0 articles put again"), r.err());
        try (Store store = LuceneStore.openReadOnly(dir)) {
            assertTrue(store.findEntity("person:trump").isEmpty());
            assertEquals(2, store.findEntity("person:donald-trump").orElseThrow().summary().articles());
        }
        assertEquals(ExitCode.USAGE, CliRun.run("entities", "--store", dir.toString()).exitCode());
    }
}
