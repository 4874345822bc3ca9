package org.herald.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.herald.model.Article;
import org.herald.model.Evidence;
import org.herald.model.Outcome;
import org.herald.model.Reason;
import org.herald.model.Span;
import org.herald.model.Warning;
import org.herald.model.analysis.Analysis;
import org.herald.model.analysis.Cue;
import org.herald.model.analysis.Entity;
import org.herald.model.analysis.EntityType;
import org.herald.model.analysis.Mention;
import org.herald.model.analysis.Quote;
import org.herald.model.analysis.QuoteType;
import org.herald.model.analysis.Speaker;
import org.herald.model.analysis.TimeExpression;
import org.junit.jupiter.api.Test;

class AnalysisJsonTest {
    // Sample text written for Herald.
    private static final String P1 = "\"We will not wait,\" Foreign Minister Ana Lopes said on Monday.";
    private static final String P2 = "Lopes told reporters that talks would resume.";
    private static final Article ARTICLE = Article.builder("talks.txt").title("Talks")
            .published("2024-03-06", false).paragraphs(List.of(P1, P2)).build();
    private final ObjectMapper mapper = new ObjectMapper();

    private static Analysis analysis() {
        String body = ARTICLE.body();
        int lopes = body.indexOf("Ana Lopes");
        int lopes2 = body.indexOf("Lopes told");
        Entity e = new Entity("e1", "Ana Lopes", EntityType.PERSON, Optional.of("Foreign Minister"),
                Optional.of("PRT"), List.of(new Mention(new Span(lopes, lopes + 9), "Ana Lopes"),
                new Mention(new Span(lopes2, lopes2 + 5), "Lopes")));
        int monday = body.indexOf("Monday");
        TimeExpression t = new TimeExpression(new Span(monday, monday + 6), "Monday", "2024-03-04",
                new Evidence("time", "weekday-before"));
        int said = body.indexOf("said");
        Quote direct = new Quote(new Span(1, 17), QuoteType.DIRECT,
                Optional.of(new Speaker("Ana Lopes", Optional.of("e1"), new Span(lopes, lopes + 9))),
                Optional.of(new Cue("said", new Span(said, said + 4))), Optional.empty(),
                new Span(0, P1.length()), new Evidence("quote", "quote-then-cue"));
        int that = body.indexOf("talks would");
        Quote indirect = new Quote(new Span(that, body.length() - 1), QuoteType.INDIRECT, Optional.empty(),
                Optional.empty(), Optional.of("reporters"), new Span(lopes2, body.length()),
                new Evidence("quote", "told-that"));
        return new Analysis(ARTICLE, List.of(e), List.of(t), List.of(direct, indirect));
    }

    @Test
    void keepsEveryExtractFieldAndAddsTheAnalysis() throws Exception {
        JsonNode o = mapper.readTree(new AnalysisJson().toLine(
                Outcome.ok("talks.txt", analysis(), List.of()), Optional.empty()));
        JsonNode extract = new ArticleJson().toNode(ARTICLE);
        List<String> names = new ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        List<String> extractNames = new ArrayList<>();
        extract.fieldNames().forEachRemaining(extractNames::add);
        assertEquals(extractNames, names.subList(0, extractNames.size()), "extract fields first, in order");
        assertEquals(List.of("entities", "dates", "quotes", "events", "warnings"),
                names.subList(extractNames.size(), names.size()));
        assertFalse(o.has("id"), "no id unless the request had one");
    }

    @Test
    void writesEntitiesWithMentionOffsetsIntoTheBody() throws Exception {
        JsonNode o = mapper.readTree(new AnalysisJson().toLine(
                Outcome.ok("talks.txt", analysis(), List.of()), Optional.empty()));
        String body = o.get("body").asText();
        JsonNode e = o.get("entities").get(0);
        assertEquals("e1", e.get("id").asText());
        assertEquals("Ana Lopes", e.get("name").asText());
        assertEquals("PERSON", e.get("type").asText());
        assertEquals("Foreign Minister", e.get("title").asText());
        assertEquals("PRT", e.get("country").asText());
        for (JsonNode m : e.get("mentions")) {
            assertEquals(m.get("text").asText(), body.substring(m.get("start").asInt(), m.get("end").asInt()));
        }
        JsonNode d = o.get("dates").get(0);
        assertEquals("Monday", d.get("text").asText());
        assertEquals("2024-03-04", d.get("value").asText());
        assertEquals("Monday", body.substring(d.get("start").asInt(), d.get("end").asInt()));
    }

    @Test
    void marksASpeakerNoEntityWasFoundForAsUnresolved() throws Exception {
        Analysis a = analysis();
        String body = ARTICLE.body();
        int lopes2 = body.indexOf("Lopes told");
        Quote q = a.quotes().get(0);
        Quote unresolved = new Quote(q.content(), q.type(),
                Optional.of(new Speaker("officials", Optional.empty(), new Span(lopes2, lopes2 + 5), true)),
                q.cue(), q.addressee(), q.span(), q.evidence());
        JsonNode o = mapper.readTree(new AnalysisJson().toLine(Outcome.ok("talks.txt",
                new Analysis(ARTICLE, a.entities(), a.dates(), List.of(unresolved)), List.of()), Optional.empty()));
        JsonNode speaker = o.get("quotes").get(0).get("speaker");
        assertEquals("officials", speaker.get("name").asText());
        assertTrue(speaker.get("entity").isNull());
        assertTrue(speaker.get("unresolved").asBoolean());
    }

    @Test
    void writesQuotesWithContentTextSpeakerAndCue() throws Exception {
        JsonNode o = mapper.readTree(new AnalysisJson().toLine(
                Outcome.ok("talks.txt", analysis(), List.of()), Optional.empty()));
        JsonNode q = o.get("quotes").get(0);
        assertEquals("We will not wait", q.get("text").asText());
        assertEquals("direct", q.get("type").asText());
        assertEquals("Ana Lopes", q.get("speaker").get("name").asText());
        assertEquals("e1", q.get("speaker").get("entity").asText());
        assertFalse(q.get("speaker").get("unresolved").asBoolean());
        assertEquals("said", q.get("cue").get("text").asText());
        assertTrue(q.get("addressee").isNull());
        assertEquals(0, q.get("start").asInt());
        assertEquals(P1.length(), q.get("end").asInt());
        JsonNode indirect = o.get("quotes").get(1);
        assertEquals("indirect", indirect.get("type").asText());
        assertEquals("talks would resume", indirect.get("text").asText());
        assertTrue(indirect.get("speaker").isNull(), "absent speaker is null, not missing");
        assertTrue(indirect.get("cue").isNull());
        assertEquals("reporters", indirect.get("addressee").asText());
    }

    @Test
    void putsTheRequestIdFirstOnResultsAndFailures() throws Exception {
        AnalysisJson json = new AnalysisJson();
        JsonNode ok = mapper.readTree(json.toLine(Outcome.ok("x", analysis(),
                List.of(new Warning("quotes_failed", "boom"))), Optional.of("doc-7")));
        assertEquals("id", ok.fieldNames().next());
        assertEquals("doc-7", ok.get("id").asText());
        assertEquals("quotes_failed", ok.get("warnings").get(0).get("code").asText());
        JsonNode failed = mapper.readTree(json.toLine(Outcome.failed("line 3", Reason.MALFORMED, "not JSON"),
                Optional.of("doc-8")));
        assertEquals("doc-8", failed.get("id").asText());
        assertEquals("malformed", failed.get("error").get("kind").asText());
        assertEquals("not JSON", failed.get("error").get("message").asText());
    }
}
