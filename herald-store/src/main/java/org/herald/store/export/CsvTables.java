package org.herald.store.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.herald.model.analysis.Place;
import org.herald.store.ArticlePage;
import org.herald.store.EntitySummary;
import org.herald.store.EventPage;
import org.herald.store.QuotePage;

/**
 * The CSV tables of the store's events, articles, quotes and entities: a header row naming the columns, then one
 * row per hit (RFC 4180, see {@link Csv}). The columns are documented in docs/EXPORT.md; an absent value is an
 * empty field. Numbers are written as Java writes them, with a dot.
 */
public final class CsvTables {
    private CsvTables() {}

    public static final List<String> EVENT_COLUMNS = List.of("article_id", "event_index", "date", "source_name",
            "source_code", "source_entity", "target_name", "target_code", "target_entity", "cameo", "plover",
            "goldstein", "quad_class", "mode", "confidence", "location", "location_country", "latitude",
            "longitude", "is_root_event", "story", "num_mentions", "num_sources", "num_articles", "trigger", "rule",
            "sentence", "article_title");

    public static final List<String> ARTICLE_COLUMNS = List.of("id", "published", "site", "url", "title",
            "summary", "story", "duplicate_of");

    public static final List<String> QUOTE_COLUMNS = List.of("article_id", "published", "speaker",
            "speaker_entity", "type", "text", "article_title");

    public static final List<String> ENTITY_COLUMNS = List.of("id", "name", "type", "country", "mentions",
            "articles");

    public static Rows<EventPage.Hit> events() {
        return table(EVENT_COLUMNS, CsvTables::event);
    }

    public static Rows<ArticlePage.Hit> articles() {
        return table(ARTICLE_COLUMNS, a -> List.of(a.id(), s(a.published()), s(a.site()), s(a.url()), s(a.title()),
                s(a.summary()), s(a.story()), s(a.duplicateOf())));
    }

    public static Rows<QuotePage.Hit> quotes() {
        return table(QUOTE_COLUMNS, q -> List.of(q.articleId(), s(q.published()), s(q.speaker()),
                s(q.speakerEntity()), q.type().toLowerCase(Locale.ROOT), q.text(), s(q.articleTitle())));
    }

    public static Rows<EntitySummary> entities() {
        return table(ENTITY_COLUMNS, e -> List.of(e.id(), e.name(), e.type(), s(e.country()),
                Long.toString(e.mentions()), Long.toString(e.articles())));
    }

    private static List<String> event(EventPage.Hit e) {
        List<String> f = new ArrayList<>(EVENT_COLUMNS.size());
        f.add(e.articleId());
        f.add(Integer.toString(e.position()));
        f.add(s(e.date()));
        actor(f, Optional.of(e.source()));
        actor(f, e.target());
        f.add(e.cameo());
        f.add(e.plover());
        f.add(Double.toString(e.goldstein()));
        f.add(Integer.toString(e.quadClass()));
        f.add(e.mode().toLowerCase(Locale.ROOT));
        f.add(e.confidence().isPresent() ? Double.toString(e.confidence().getAsDouble()) : "");
        Optional<Place> place = e.location();
        f.add(place.map(Place::name).orElse(""));
        f.add(place.flatMap(Place::country).orElse(""));
        Optional<Place.Point> point = place.flatMap(Place::point);
        f.add(point.map(p -> Double.toString(p.latitude())).orElse(""));
        f.add(point.map(p -> Double.toString(p.longitude())).orElse(""));
        f.add(e.root() ? "1" : "0");
        f.add(s(e.story()));
        f.add(e.counts().map(c -> Long.toString(c.mentions())).orElse(""));
        f.add(e.counts().map(c -> Long.toString(c.sources())).orElse(""));
        f.add(e.counts().map(c -> Long.toString(c.articles())).orElse(""));
        f.add(e.trigger());
        f.add(e.rule());
        f.add(e.sentence());
        f.add(s(e.articleTitle()));
        return f;
    }

    private static void actor(List<String> f, Optional<EventPage.Actor> a) {
        f.add(a.map(EventPage.Actor::name).orElse(""));
        f.add(a.map(EventPage.Actor::code).orElse(""));
        f.add(a.flatMap(EventPage.Actor::entity).orElse(""));
    }

    private static String s(Optional<String> value) {
        return value.orElse("");
    }

    private static <H> Rows<H> table(List<String> columns, Function<H, List<String>> fields) {
        return new Rows<>() {
            @Override
            public void header(Appendable out) throws IOException {
                Csv.row(out, columns);
            }

            @Override
            public int write(H hit, Appendable out) throws IOException {
                Csv.row(out, fields.apply(hit));
                return 1;
            }
        };
    }
}
