package org.herald.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.herald.model.Article;
import org.herald.model.Evidence;
import org.herald.model.Span;
import org.herald.model.analysis.Actor;
import org.herald.model.analysis.Analysis;
import org.herald.model.analysis.Cue;
import org.herald.model.analysis.Entity;
import org.herald.model.analysis.EntityType;
import org.herald.model.analysis.Event;
import org.herald.model.analysis.EventMode;
import org.herald.model.analysis.Mention;
import org.herald.model.analysis.Place;
import org.herald.model.analysis.Quote;
import org.herald.model.analysis.QuoteType;
import org.herald.model.analysis.Speaker;
import org.herald.model.analysis.TimeExpression;
import org.junit.jupiter.api.Test;

/** Reading back what {@link AnalysisJson} wrote (#12): the same JSON again, and the spans the JSON leaves out. */
class AnalysisReaderTest {
    private static final String LEAD = "Sergei Lavrov met envoys in Ankara on Monday.";
    private static final String QUOTE = "\"We will not accept ultimatums,\" Lavrov said.";

    private static Span span(String body, String words) {
        int at = body.indexOf(words);
        return new Span(at, at + words.length());
    }

    /** A sample analysis we wrote: an entity, a date, a quote and an event in the second of two paragraphs. */
    private static Analysis sample() {
        Article article = Article.builder("lavrov.html").url("https://news.example/lavrov").site("news.example")
                .title("Lavrov in Ankara").published("2019-05-06", false).language("en")
                .paragraphs(List.of(QUOTE, LEAD)).build();
        String body = article.body();
        Entity lavrov = new Entity("e1", "Sergei Lavrov", EntityType.PERSON, Optional.of("Foreign Minister"),
                Optional.of("RUS"), List.of(new Mention(span(body, "Sergei Lavrov"), "Sergei Lavrov"),
                new Mention(span(body, "Lavrov said"), "Lavrov")));
        TimeExpression monday = new TimeExpression(span(body, "Monday"), "Monday", "2019-05-06",
                new Evidence("dates", "weekday"));
        Span said = span(body, "said");
        Quote quote = new Quote(span(body, "We will not accept ultimatums"), QuoteType.DIRECT,
                Optional.of(new Speaker("Lavrov", Optional.of("e1"), new Span(said.start() - 7, said.start() - 1))),
                Optional.of(new Cue("said", said)), Optional.empty(), span(body, QUOTE), new Evidence("quote", "r1"));
        Event met = new Event(new Actor("Sergei Lavrov", "RUSGOV", Optional.of("e1")),
                Optional.of(new Actor("envoys", "IGO", Optional.empty())), "040", "CONSULT", Optional.empty(), 1.0, 1,
                EventMode.ASSERTED, Optional.of("2019-05-06"),
                Optional.of(new Place("Ankara", Optional.of("TUR"), Place.Kind.POPULATED_PLACE, Optional.of("68"),
                        Optional.of(new Place.Point(39.92, 32.85)), Optional.of(323786))),
                span(body, LEAD), span(body, "Sergei Lavrov met envoys"), "met", new Evidence("events", "rule-040"),
                0.9);
        return new Analysis(article, List.of(lavrov), List.of(monday), List.of(quote), List.of(met));
    }

    @Test
    void anAnalysisReadBackIsWrittenAsTheSameJson() {
        AnalysisJson json = new AnalysisJson();
        String written = json.toNode(sample(), List.of(), Optional.of("a1")).toString();
        Analysis read = new AnalysisReader().read(written);
        assertEquals(written, json.toNode(read, List.of(), Optional.of("a1")).toString());
    }

    @Test
    void theQuotesContentAndTheEventsSentenceAreFoundAgainInTheBody() {
        Analysis sample = sample();
        Analysis read = new AnalysisReader().read(new AnalysisJson().toNode(sample, List.of(), Optional.empty())
                .toString());
        assertEquals(sample.quotes().get(0).content(), read.quotes().get(0).content());
        assertEquals(sample.events().get(0).sentence(), read.events().get(0).sentence());
        assertEquals(sample.entities(), read.entities());
        assertEquals(sample.article(), read.article());
    }

    @Test
    void textThatIsNotAnAnalysisIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new AnalysisReader().read("{\"title\": \"no body\"}"));
        assertThrows(IllegalArgumentException.class, () -> new AnalysisReader().read("not json"));
    }
}
