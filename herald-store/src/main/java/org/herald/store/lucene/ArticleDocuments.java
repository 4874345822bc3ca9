package org.herald.store.lucene;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.herald.model.Article;
import org.herald.model.Lead;
import org.herald.model.analysis.Actor;
import org.herald.model.analysis.Analysis;
import org.herald.model.analysis.Entity;
import org.herald.model.analysis.Event;
import org.herald.model.analysis.Quote;
import org.herald.store.AnalysisCheck;
import org.herald.store.Days;
import org.herald.store.EntityKeys;
import org.herald.store.StoredArticle;
import org.herald.store.entities.NameTerm;
import org.herald.store.entities.ResolvedEntity;
import org.herald.stories.StoryPlacement;

/**
 * Turns one stored article into its block of documents: the article, one document per entity (by store id), per
 * quote and per event. Quotes and events copy the article's title and dates, so a hit list never needs a second
 * lookup; entities with the same store id in one article ("U.S." and "US") become one document, which keeps their
 * names as aliases.
 */
final class ArticleDocuments {
    private final EntityKeys keys;

    ArticleDocuments(EntityKeys keys) {
        this.keys = keys;
    }

    /**
     * The block to write, with the article's story and the store entity of each of its entities
     * ({@link org.herald.store.entities.EntityResolver}; an entity missing there keeps {@link EntityKeys#key}); throws
     * {@link IllegalArgumentException} for an inconsistent analysis.
     */
    List<Document> block(StoredArticle stored, StoryPlacement story, Map<String, ResolvedEntity> resolved) {
        Analysis analysis = stored.analysis();
        AnalysisCheck.check(analysis);
        Article article = analysis.article();
        String body = article.body();
        Optional<LocalDate> day = article.published().flatMap(Days::day);
        Optional<Long> time = article.published().flatMap(Days::epochSecond);
        Common common = new Common(stored.id(), article.title(), article.published(), time);

        Map<String, String> storeIds = new HashMap<>();
        Map<String, MergedEntity> merged = new LinkedHashMap<>();
        for (Entity e : analysis.entities()) {
            ResolvedEntity r = resolved.getOrDefault(e.id(), new ResolvedEntity(keys.key(e.type(), e.name()),
                    EntityKeys.typeKey(e.type()), e.name(), Optional.empty(), Optional.empty()));
            storeIds.put(e.id(), r.key());
            merged.computeIfAbsent(r.key(), k -> new MergedEntity(r)).add(e, r);
        }

        List<Document> block = new ArrayList<>();
        Document articleDoc = articleDocument(stored, day, common, merged.keySet());
        storyFields(articleDoc, story);
        block.add(articleDoc);
        for (MergedEntity e : merged.values()) block.add(entityDocument(e, day, common));
        for (int i = 0; i < analysis.quotes().size(); i++) {
            block.add(quoteDocument(analysis.quotes().get(i), i, body, storeIds, day, common));
        }
        for (int i = 0; i < analysis.events().size(); i++) {
            Event event = analysis.events().get(i);
            Optional<LocalDate> eventDay = event.date().flatMap(Days::firstDay).or(() -> day);
            Document eventDoc = eventDocument(event, i, body, storeIds, eventDay, common);
            storyId(eventDoc, story.storyId());
            eventDoc.add(new StoredField(Fields.ROOT, Lead.holds(article.paragraphs(), event.sentence()) ? 1 : 0));
            block.add(eventDoc);
        }
        return block;
    }

    private Document articleDocument(StoredArticle stored, Optional<LocalDate> day, Common common,
                                     Iterable<String> entityIds) {
        Article article = stored.analysis().article();
        Document doc = common.document(Fields.ARTICLE, day);
        article.title().ifPresent(t -> doc.add(new TextField(Fields.TITLE, t, Field.Store.YES)));
        article.summary().ifPresent(s -> doc.add(new TextField(Fields.SUMMARY, s, Field.Store.YES)));
        doc.add(new TextField(Fields.BODY, article.body(), Field.Store.NO));
        article.site().ifPresent(s -> {
            String site = s.toLowerCase(Locale.ROOT);
            doc.add(new StringField(Fields.SITE, site, Field.Store.NO));
            doc.add(new SortedDocValuesField(Fields.SITE, new BytesRef(site)));
            doc.add(new StoredField(Fields.SITE_NAME, s));
        });
        article.url().ifPresent(u -> doc.add(new StoredField(Fields.URL, u)));
        for (String id : entityIds) {
            doc.add(new StringField(Fields.ENTITIES, id, Field.Store.NO));
            doc.add(new SortedSetDocValuesField(Fields.ENTITIES, new BytesRef(id)));
        }
        doc.add(new StoredField(Fields.ANALYSIS_JSON, stored.analysisJson()));
        stored.original().ifPresent(bytes -> doc.add(new StoredField(Fields.ORIGINAL, Deflate.compress(bytes))));
        doc.add(new StoredField(Fields.INGESTED, stored.ingested().toEpochMilli()));
        return doc;
    }

    /** What later articles find this one's story by, and compare with it: see {@link StoryPlacer}. */
    private static void storyFields(Document doc, StoryPlacement story) {
        storyId(doc, story.storyId());
        story.duplicateOf().ifPresent(d -> doc.add(new StoredField(Fields.DUPLICATE_OF, d)));
        for (String t : story.terms().words().keySet()) {
            if (t.length() <= StoryPlacer.MAX_TERM_CHARS) {
                doc.add(new StringField(Fields.STORY_TERM, t, Field.Store.NO));
            }
        }
        doc.add(new BinaryDocValuesField(Fields.STORY_SUM,
                new BytesRef(story.sum().encode(StoryPlacer.SUM_TERMS))));
        doc.add(new NumericDocValuesField(Fields.STORY_SIZE, story.sum().articles()));
        story.storyLast().ifPresent(t -> doc.add(new NumericDocValuesField(Fields.STORY_LAST, t.toEpochMilli())));
        story.signature().ifPresent(sig -> {
            doc.add(new BinaryDocValuesField(Fields.SIGNATURE, new BytesRef(sig.toBytes())));
            if (story.original()) {
                for (long key : sig.bands()) {
                    doc.add(new StringField(Fields.DUPLICATE_BAND, StoryPlacer.bandTerm(key), Field.Store.NO));
                }
            }
        });
    }

    private static void storyId(Document doc, String storyId) {
        doc.add(new StringField(Fields.STORY_ID, storyId, Field.Store.YES));
        doc.add(new SortedDocValuesField(Fields.STORY_ID, new BytesRef(storyId)));
    }

    private Document entityDocument(MergedEntity e, Optional<LocalDate> day, Common common) {
        Document doc = common.entityDocument(day);
        doc.add(new StringField(Fields.ENTITY_ID, e.key, Field.Store.NO));
        doc.add(new SortedDocValuesField(Fields.ENTITY_ID, new BytesRef(e.key)));
        // The first value is the stored one (a fallback name); every alias is searchable by name.
        doc.add(new TextField(Fields.ENTITY_NAME, e.name, Field.Store.YES));
        for (String alias : e.aliases) {
            if (!alias.equals(e.name)) doc.add(new TextField(Fields.ENTITY_NAME, alias, Field.Store.NO));
            doc.add(new SortedSetDocValuesField(Fields.ENTITY_ALIAS, new BytesRef(alias)));
        }
        doc.add(new SortedDocValuesField(Fields.ENTITY_CANONICAL, new BytesRef(e.name)));
        for (NameTerm t : e.names) doc.add(new StringField(Fields.PERSON_NAME, t.term(), Field.Store.NO));
        doc.add(new StoredField(Fields.ENTITY_TYPE, e.type));
        e.country.ifPresent(c -> doc.add(new SortedDocValuesField(Fields.ENTITY_COUNTRY, new BytesRef(c))));
        e.title.ifPresent(t -> doc.add(new SortedDocValuesField(Fields.ENTITY_TITLE, new BytesRef(t))));
        doc.add(new NumericDocValuesField(Fields.MENTIONS, e.mentions));
        return doc;
    }

    private Document quoteDocument(Quote quote, int seq, String body, Map<String, String> storeIds,
                                   Optional<LocalDate> day, Common common) {
        Document doc = common.document(Fields.QUOTE, day);
        doc.add(new NumericDocValuesField(Fields.SEQ, seq));
        doc.add(new TextField(Fields.QUOTE_TEXT, quote.content().of(body), Field.Store.YES));
        doc.add(new StringField(Fields.QUOTE_TYPE, quote.type().name(), Field.Store.YES));
        quote.speaker().ifPresent(s -> {
            doc.add(new TextField(Fields.SPEAKER_NAME, s.name(), Field.Store.YES));
            s.entityId().map(storeIds::get)
                    .ifPresent(id -> doc.add(new StringField(Fields.SPEAKER_ENTITY, id, Field.Store.YES)));
        });
        return doc;
    }

    private Document eventDocument(Event event, int seq, String body, Map<String, String> storeIds,
                                   Optional<LocalDate> day, Common common) {
        Document doc = common.document(Fields.EVENT, day);
        doc.add(new NumericDocValuesField(Fields.SEQ, seq));
        actor(doc, event.source(), storeIds, Fields.SOURCE_CODE, Fields.SOURCE_NAME, Fields.SOURCE_ENTITY);
        event.target().ifPresent(t ->
                actor(doc, t, storeIds, Fields.TARGET_CODE, Fields.TARGET_NAME, Fields.TARGET_ENTITY));
        doc.add(new StringField(Fields.CAMEO, event.cameo(), Field.Store.YES));
        doc.add(new StringField(Fields.PLOVER, event.plover().toLowerCase(Locale.ROOT), Field.Store.NO));
        doc.add(new StoredField(Fields.PLOVER_TEXT, event.plover()));
        doc.add(new DoubleDocValuesField(Fields.GOLDSTEIN, event.goldstein()));
        doc.add(new StoredField(Fields.GOLDSTEIN, event.goldstein()));
        doc.add(new IntPoint(Fields.QUAD_POINT, event.quadClass()));
        doc.add(new NumericDocValuesField(Fields.QUAD, event.quadClass()));
        doc.add(new StoredField(Fields.QUAD, event.quadClass()));
        doc.add(new StringField(Fields.MODE_KEY, event.mode().name(), Field.Store.NO));
        doc.add(new StoredField(Fields.MODE, event.mode().name()));
        doc.add(new DoublePoint(Fields.CONFIDENCE, event.confidence()));
        doc.add(new StoredField(Fields.CONFIDENCE, event.confidence()));
        // "1967" stays "1967" (its timeline day is 1 January 1967): the precision the text gave is kept.
        event.date().filter(d -> Days.firstDay(d).isPresent()).or(() -> day.map(LocalDate::toString))
                .ifPresent(d -> doc.add(new StoredField(Fields.EVENT_DATE, d)));
        event.location().ifPresent(p -> {
            doc.add(new StoredField(Fields.LOCATION, p.name()));
            p.country().ifPresent(c -> doc.add(new StoredField(Fields.LOCATION_COUNTRY, c)));
            p.point().ifPresent(pt -> {
                doc.add(new StoredField(Fields.LOCATION_LAT, pt.latitude()));
                doc.add(new StoredField(Fields.LOCATION_LON, pt.longitude()));
            });
        });
        doc.add(new StoredField(Fields.SENTENCE, event.sentence().of(body)));
        doc.add(new StoredField(Fields.TRIGGER, event.trigger()));
        doc.add(new StoredField(Fields.RULE, event.evidence().rule()));
        return doc;
    }

    private static void actor(Document doc, Actor actor, Map<String, String> storeIds, String codeField,
                              String nameField, String entityField) {
        // An uncoded actor has the empty code; leaving it out keeps prefix queries from matching it.
        if (!actor.code().isEmpty()) doc.add(new StringField(codeField, actor.code(), Field.Store.YES));
        doc.add(new StoredField(nameField, actor.name()));
        actor.entityId().map(storeIds::get)
                .ifPresent(id -> doc.add(new StringField(entityField, id, Field.Store.YES)));
    }

    /** What every document of an article's block carries. */
    private record Common(String articleId, Optional<String> title, Optional<String> published,
                          Optional<Long> time) {
        Document document(String kind, Optional<LocalDate> day) {
            Document doc = new Document();
            doc.add(new StringField(Fields.KIND, kind, Field.Store.NO));
            doc.add(new StringField(Fields.ARTICLE_ID, articleId, Field.Store.YES));
            doc.add(new SortedDocValuesField(Fields.ARTICLE_ID, new BytesRef(articleId)));
            day.ifPresent(d -> {
                doc.add(new LongPoint(Fields.DAY, d.toEpochDay()));
                doc.add(new NumericDocValuesField(Fields.DAY, d.toEpochDay()));
            });
            time.ifPresent(t -> doc.add(new NumericDocValuesField(Fields.TIME, t)));
            published.ifPresent(p -> doc.add(new StoredField(Fields.PUBLISHED, p)));
            if (!kind.equals(Fields.ARTICLE)) {
                title.ifPresent(t -> doc.add(new StoredField(Fields.ARTICLE_TITLE, t)));
            }
            return doc;
        }

        /**
         * Entity documents are counted, never listed with their article: they carry its id (as a term, for
         * {@link org.apache.lucene.index.IndexWriter#updateDocuments} to replace them, and as doc values, which
         * Lucene requires of every document with the field) but no stored copy, title or time. With about eighteen
         * per article they are most of the index, so each field left out speeds up ingest. They keep the day: with
         * it on every dated document the day's doc values are dense, and timelines and month facets read a dense
         * field without a lookup of which documents have it (at 100k articles, "timeline: all by month" p50 went
         * from 35-40 ms to 32).
         */
        Document entityDocument(Optional<LocalDate> day) {
            Document doc = new Document();
            doc.add(new StringField(Fields.KIND, Fields.ENTITY, Field.Store.NO));
            doc.add(new StringField(Fields.ARTICLE_ID, articleId, Field.Store.NO));
            doc.add(new SortedDocValuesField(Fields.ARTICLE_ID, new BytesRef(articleId)));
            day.ifPresent(d -> {
                doc.add(new LongPoint(Fields.DAY, d.toEpochDay()));
                doc.add(new NumericDocValuesField(Fields.DAY, d.toEpochDay()));
            });
            return doc;
        }
    }

    /**
     * Article entities that share a store id: the longest name the resolver gave them, every name they were written
     * with, the first title and country given, counts added up.
     */
    private static final class MergedEntity {
        final String key;
        final String type;
        String name;
        final Set<String> aliases = new TreeSet<>();
        final Set<NameTerm> names = new LinkedHashSet<>();
        Optional<String> title = Optional.empty();
        Optional<String> country = Optional.empty();
        long mentions;

        MergedEntity(ResolvedEntity first) {
            this.key = first.key();
            this.type = first.type();
            this.name = first.name();
        }

        void add(Entity e, ResolvedEntity r) {
            mentions += e.mentions().size();
            if (r.name().length() > name.length()) name = r.name();
            aliases.add(e.name());
            r.person().ifPresent(names::add);
            if (title.isEmpty()) title = e.title();
            if (country.isEmpty()) country = e.country().or(r::country);
        }
    }

    /** The person names of the block's entities, for the names pending until the next refresh. */
    static List<NameTerm> personNames(Map<String, ResolvedEntity> resolved) {
        List<NameTerm> out = new ArrayList<>();
        for (ResolvedEntity r : resolved.values()) r.person().ifPresent(out::add);
        return out;
    }
}
