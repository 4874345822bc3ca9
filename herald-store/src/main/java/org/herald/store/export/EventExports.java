package org.herald.store.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.herald.events.export.EventLines;
import org.herald.events.export.GdeltWriter;
import org.herald.events.export.PloverWriter;
import org.herald.events.export.StoryCounts;
import org.herald.store.EventPage;
import org.herald.store.Store;

/**
 * The formats stored events are exported in. GDELT, PLOVER and JSON Lines write each event from its article's
 * stored analysis with the writers {@code ./herald export} uses on {@code analyze} output, so the two give the same
 * lines; which events is the store query's to say (modes, confidence and the rest), so nothing is filtered here
 * but PLOVER's own rule (no CAMEO 01 and 02). GDELT rows carry the story counts the store keeps (NumMentions,
 * NumSources, NumArticles), which {@code analyze} output, one article at a time, cannot know; so does CSV, which
 * writes the store's hit.
 */
public final class EventExports {
    private EventExports() {}

    /** GDELT 2.0 event records, tab-separated, LF-ended; the header line only when asked (GDELT's files have none). */
    public static Rows<EventPage.Hit> gdelt(Store store, GdeltWriter writer, boolean header) {
        AnalysedEvents analysed = new AnalysedEvents(store);
        return new Rows<>() {
            @Override
            public void header(Appendable out) throws IOException {
                if (header) out.append(writer.header()).append('\n');
            }

            @Override
            public int write(EventPage.Hit hit, Appendable out) throws IOException {
                Optional<AnalysedEvents.Analysed> a = analysed.of(hit);
                if (a.isEmpty()) return 0;
                out.append(writer.row(a.get().document(), a.get().event(), counts(hit))).append('\n');
                return 1;
            }
        };
    }

    /**
     * The hit's story counts as GDELT's NumMentions, NumSources and NumArticles; an article of no story (a store
     * written before stories) is one mention in one article.
     */
    static StoryCounts counts(EventPage.Hit hit) {
        return hit.counts().map(c -> new StoryCounts(c.mentions(), c.sources(), c.articles()))
                .orElse(StoryCounts.SINGLE);
    }

    /** PLOVER objects in the style of POLECAT, one per line. */
    public static Rows<EventPage.Hit> plover(Store store, PloverWriter writer) {
        AnalysedEvents analysed = new AnalysedEvents(store);
        ObjectMapper mapper = new ObjectMapper();
        return new NoHeader() {
            @Override
            public int write(EventPage.Hit hit, Appendable out) throws IOException {
                Optional<JsonNode> o = analysed.of(hit).flatMap(a -> writer.event(a.document(), a.event()));
                if (o.isEmpty()) return 0;
                out.append(json(mapper, o.get())).append('\n');
                return 1;
            }
        };
    }

    /** Herald's event objects with their document's id, source, url and published date, one per line. */
    public static Rows<EventPage.Hit> jsonl(Store store) {
        AnalysedEvents analysed = new AnalysedEvents(store);
        EventLines lines = new EventLines();
        ObjectMapper mapper = new ObjectMapper();
        return new NoHeader() {
            @Override
            public int write(EventPage.Hit hit, Appendable out) throws IOException {
                Optional<AnalysedEvents.Analysed> a = analysed.of(hit);
                if (a.isEmpty()) return 0;
                out.append(json(mapper, lines.line(a.get().document(), a.get().event()))).append('\n');
                return 1;
            }
        };
    }

    private abstract static class NoHeader implements Rows<EventPage.Hit> {
        @Override
        public void header(Appendable out) {
            // JSON Lines name their fields in every line
        }
    }

    static String json(ObjectMapper mapper, JsonNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
