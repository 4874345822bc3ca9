package org.herald.store.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.herald.model.analysis.Place;
import org.herald.store.EventPage;
import org.herald.store.EventQuery;
import org.herald.store.Paging;

/** Event search, newest event day first, then newest article, then text order. */
final class EventSearch {
    private static final Sort NEWEST_FIRST = new Sort(Queries.newestFirst(Fields.DAY),
            Queries.newestFirst(Fields.TIME), Queries.byArticle(), Queries.position());

    private final EventCounts counts = new EventCounts();

    EventPage search(IndexSearcher searcher, EventQuery query) throws IOException {
        EventFilter filter = new EventFilter(query.source(), query.target(), query.cameo(), query.plover(),
                query.entity(), query.dates(), query.traits());
        return search(searcher, filter, query.paging());
    }

    EventPage search(IndexSearcher searcher, EventFilter filter, Paging paging) throws IOException {
        Queries.Page page = Queries.page(searcher, filter.query(), NEWEST_FIRST, paging, "events");
        StoredFields stored = searcher.storedFields();
        List<EventPage.Hit> hits = new ArrayList<>();
        for (ScoreDoc d : page.hits()) hits.add(hit(stored.document(d.doc), position((FieldDoc) d)));
        return new EventPage(page.total(), counts.add(searcher, hits), page.next());
    }

    /** The event's index in its article, read from the hit's last sort value rather than a stored field. */
    private static int position(FieldDoc hit) {
        return ((Long) hit.fields[hit.fields.length - 1]).intValue();
    }

    private static EventPage.Hit hit(Document doc, int position) {
        EventPage.Actor source = actor(doc, Fields.SOURCE_NAME, Fields.SOURCE_CODE, Fields.SOURCE_ENTITY);
        Optional<EventPage.Actor> target = Optional.ofNullable(doc.get(Fields.TARGET_NAME))
                .map(n -> actor(doc, Fields.TARGET_NAME, Fields.TARGET_CODE, Fields.TARGET_ENTITY));
        return new EventPage.Hit(doc.get(Fields.ARTICLE_ID), ArticleSearch.opt(doc, Fields.ARTICLE_TITLE), source,
                target, doc.get(Fields.CAMEO), doc.get(Fields.PLOVER_TEXT),
                doc.getField(Fields.GOLDSTEIN).numericValue().doubleValue(),
                doc.getField(Fields.QUAD).numericValue().intValue(), doc.get(Fields.MODE),
                ArticleSearch.opt(doc, Fields.EVENT_DATE), location(doc),
                doc.get(Fields.SENTENCE), doc.get(Fields.TRIGGER), doc.get(Fields.RULE), confidence(doc),
                ArticleSearch.opt(doc, Fields.STORY_ID), StoryEvents.isRoot(doc), Optional.empty(), position);
    }

    private static OptionalDouble confidence(Document doc) {
        IndexableField f = doc.getField(Fields.CONFIDENCE);
        return f == null ? OptionalDouble.empty() : OptionalDouble.of(f.numericValue().doubleValue());
    }

    private static Optional<Place> location(Document doc) {
        Optional<String> name = ArticleSearch.opt(doc, Fields.LOCATION);
        if (name.isEmpty()) return Optional.empty();
        Optional<Place.Point> point = Optional.ofNullable(doc.getField(Fields.LOCATION_LAT))
                .map(lat -> new Place.Point(lat.numericValue().doubleValue(),
                        doc.getField(Fields.LOCATION_LON).numericValue().doubleValue()));
        return Optional.of(new Place(name.get(), ArticleSearch.opt(doc, Fields.LOCATION_COUNTRY), Place.Kind.UNKNOWN,
                Optional.empty(), point, Optional.empty()));
    }

    private static EventPage.Actor actor(Document doc, String name, String code, String entity) {
        return new EventPage.Actor(doc.get(name), Optional.ofNullable(doc.get(code)).orElse(""),
                ArticleSearch.opt(doc, entity));
    }
}
