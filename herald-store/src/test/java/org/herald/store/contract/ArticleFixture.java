package org.herald.store.contract;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
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
import org.herald.model.analysis.Quote;
import org.herald.model.analysis.QuoteType;
import org.herald.model.analysis.Speaker;
import org.herald.model.json.AnalysisJson;
import org.herald.store.StoredArticle;

/**
 * Builds a stored article from a one-paragraph sample body we wrote, finding every span by searching the body,
 * so a test states words rather than offsets. An empty string stands for "none" in the optional parts.
 */
public final class ArticleFixture {
    private final String id;
    private final String body;
    private final Article.Builder article;
    private final List<Entity> entities = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();

    private ArticleFixture(String id, List<String> paragraphs) {
        this.id = id;
        this.body = String.join("\n\n", paragraphs);
        this.article = Article.builder(id + ".html").paragraphs(paragraphs).language("en");
    }

    public static ArticleFixture article(String id, String body) {
        return new ArticleFixture(id, List.of(body));
    }

    /** An article of several paragraphs: the body joins them with a blank line, as extraction does. */
    public static ArticleFixture paragraphs(String id, String... paragraphs) {
        return new ArticleFixture(id, List.of(paragraphs));
    }

    public ArticleFixture title(String title) {
        article.title(title);
        return this;
    }

    public ArticleFixture site(String site) {
        article.site(site).url("https://" + site + "/" + id);
        return this;
    }

    public ArticleFixture published(String iso) {
        article.published(iso, false);
        return this;
    }

    /** An entity mentioned at every occurrence of each of the words. */
    public ArticleFixture entity(String entityId, EntityType type, String name, String title, String country,
                          String... mentionWords) {
        List<Mention> mentions = new ArrayList<>();
        for (String w : mentionWords) {
            for (int at = body.indexOf(w); at >= 0; at = body.indexOf(w, at + w.length())) {
                mentions.add(new Mention(new Span(at, at + w.length()), w));
            }
        }
        if (mentions.isEmpty()) throw new IllegalArgumentException("no mention of " + name + " in " + id);
        entities.add(new Entity(entityId, name, type, opt(title), opt(country), mentions));
        return this;
    }

    /** A direct quote of these words, said by the speaker words (resolved to the entity when one is given). */
    public ArticleFixture quote(String content, String speakerWords, String speakerEntity) {
        Span text = find(content);
        Optional<Speaker> speaker = speakerWords.isEmpty() ? Optional.empty()
                : Optional.of(new Speaker(speakerWords, opt(speakerEntity), find(speakerWords)));
        quotes.add(new Quote(text, QuoteType.DIRECT, speaker, Optional.of(new Cue("said", find("said"))),
                Optional.empty(), text, new Evidence("quote", "test")));
        return this;
    }

    /** An event coded from the whole body; {@code target} code "" means no target. */
    public ArticleFixture event(String source, String sourceEntity, String target, String targetEntity, String cameo,
                         String plover, double goldstein, int quad, String date) {
        return event(source, sourceEntity, target, targetEntity, cameo, plover, goldstein, quad, date,
                EventMode.ASSERTED, 0.9);
    }

    /** An asserted event coded from the sentence these words begin (to the next full stop). */
    public ArticleFixture eventIn(String sentenceWords, String source, String target, String cameo, String plover,
                           String date) {
        Span start = find(sentenceWords);
        int end = body.indexOf('.', start.start());
        Span sentence = new Span(start.start(), end < 0 ? body.length() : end + 1);
        Actor s = new Actor(source + " words", source, Optional.empty());
        Optional<Actor> t = target.isEmpty() ? Optional.empty() : Optional.of(new Actor(target + " words", target,
                Optional.empty()));
        events.add(new Event(s, t, cameo, plover, Optional.empty(), -5.0, 4, EventMode.ASSERTED, opt(date),
                Optional.empty(), sentence, sentence, "fined", new Evidence("events", "rule-" + cameo), 0.9));
        return this;
    }

    public ArticleFixture event(String source, String sourceEntity, String target, String targetEntity, String cameo,
                         String plover, double goldstein, int quad, String date, EventMode mode, double confidence) {
        Actor s = new Actor(source + " words", source, opt(sourceEntity));
        Optional<Actor> t = target.isEmpty() ? Optional.empty()
                : Optional.of(new Actor(target + " words", target, opt(targetEntity)));
        Span all = new Span(0, body.length());
        events.add(new Event(s, t, cameo, plover, Optional.empty(), goldstein, quad, mode, opt(date),
                Optional.empty(), all, all, "met", new Evidence("events", "rule-" + cameo), confidence));
        return this;
    }

    public Analysis analysis() {
        return new Analysis(article.build(), entities, List.of(), quotes, events);
    }

    public StoredArticle build() {
        Analysis analysis = analysis();
        String json = new AnalysisJson().toNode(analysis, List.of(), Optional.of(id)).toString();
        byte[] original = ("<html><body><p>" + body + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
        return new StoredArticle(id, analysis, json, Optional.of(original), Instant.parse("2024-07-01T12:00:00Z"));
    }

    private Span find(String words) {
        int at = body.indexOf(words);
        if (at < 0) throw new IllegalArgumentException("'" + words + "' is not in " + id);
        return new Span(at, at + words.length());
    }

    private static Optional<String> opt(String s) {
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }
}
