package org.herald.store.lucene;

/**
 * Names of the index fields. Every article is one block of documents told apart by {@link #KIND}; a field name has
 * one type in every document that has it (Lucene 9 rejects a name indexed two ways), which is why quote and event
 * documents carry {@link #ARTICLE_TITLE} rather than the article's searchable {@link #TITLE}.
 */
final class Fields {
    private Fields() {}

    static final String KIND = "kind";
    static final String ARTICLE = "article";
    static final String ENTITY = "entity";
    static final String QUOTE = "quote";
    static final String EVENT = "event";

    // In every document of a block: indexed + sorted doc values + stored (entity documents: not stored).
    static final String ARTICLE_ID = "article_id";
    /**
     * Epoch day: a point for range filters plus numeric doc values for sorting and bucketing; absent when unknown.
     */
    static final String DAY = "day";
    /** Epoch second of publication (articles, quotes), for newest-first order within a day. */
    static final String TIME = "time";
    /** Position of a quote or event within its article, so that order is stable. */
    static final String SEQ = "seq";
    static final String PUBLISHED = "published";
    static final String ARTICLE_TITLE = "article_title";

    // Article documents.
    static final String TITLE = "title";
    static final String SUMMARY = "summary";
    static final String BODY = "body";
    /** The site in lower case, for filters and facets ("The Meridian Wire" and "the meridian wire" are one site). */
    static final String SITE = "site";
    /** The site as the article wrote it, for display. */
    static final String SITE_NAME = "site_name";
    static final String URL = "url";
    static final String ENTITIES = "entities";
    static final String ANALYSIS_JSON = "analysis_json";
    static final String ORIGINAL = "original";
    static final String INGESTED = "ingested";

    /**
     * The story an article belongs to (article and event documents): keyword, sorted doc values and stored. The id
     * is the id of the article that opened the story, so no counter has to survive a reopen.
     */
    static final String STORY_ID = "story_id";
    /** The article this one copies (syndicated or updated text), stored on the copy's article document. */
    static final String DUPLICATE_OF = "duplicate_of";
    /** The article's heaviest story terms as keywords: what a later article finds candidate stories by. */
    static final String STORY_TERM = "story_term";
    /**
     * The story's sum of article vectors once this article joined ({@link org.herald.stories.StorySum#encode}),
     * as binary doc values; the article with the largest {@link #STORY_SIZE} of a story holds the current one.
     */
    static final String STORY_SUM = "story_sum";
    /** How many articles the story had once this one joined: numeric doc values, to find the newest sum. */
    static final String STORY_SIZE = "story_size";
    /** The newest publication instant among the story's articles once this one joined: epoch milliseconds. */
    static final String STORY_LAST = "story_last";
    /** The LSH band keys of an original's MinHash signature, as keywords: how a copy finds it. */
    static final String DUPLICATE_BAND = "duplicate_band";
    /** The article's MinHash signature ({@link org.herald.stories.Signature#toBytes()}), binary doc values. */
    static final String SIGNATURE = "signature";

    // Entity documents: one per distinct store id per article, with only the entity's own fields.
    static final String ENTITY_ID = "entity_id";
    static final String ENTITY_NAME = "entity_name";
    static final String ENTITY_TYPE = "entity_type";
    static final String ENTITY_COUNTRY = "entity_country";
    static final String ENTITY_TITLE = "entity_title";
    static final String MENTIONS = "mentions";
    /** Every name the article gave the entity ("U.S.", "United States"): sorted-set doc values, for aliases. */
    static final String ENTITY_ALIAS = "entity_alias";
    /**
     * The name this article gives the store entity (a country's common name, else the article's fullest name):
     * sorted doc values; the entity is shown by the longest one. Absent in documents stored before aliases.
     */
    static final String ENTITY_CANONICAL = "entity_canonical";
    /**
     * A person's {@link org.herald.store.entities.NameTerm}: how a later article finds the stored people of a
     * surname.
     */
    static final String PERSON_NAME = "person_name";

    // Quote documents.
    static final String QUOTE_TEXT = "quote_text";
    static final String QUOTE_TYPE = "quote_type";
    static final String SPEAKER_NAME = "speaker_name";
    static final String SPEAKER_ENTITY = "speaker_entity";

    // Event documents.
    static final String SOURCE_CODE = "source_code";
    static final String SOURCE_NAME = "source_name";
    static final String SOURCE_ENTITY = "source_entity";
    static final String TARGET_CODE = "target_code";
    static final String TARGET_NAME = "target_name";
    static final String TARGET_ENTITY = "target_entity";
    /** The CAMEO code as written ("0311"), a keyword: prefix queries give a code's subtree ("03" → 030–039). */
    static final String CAMEO = "cameo";
    /** PLOVER type lower-cased for case-insensitive matching; {@link #PLOVER_TEXT} keeps it as coded. */
    static final String PLOVER = "plover";
    static final String PLOVER_TEXT = "plover_text";
    static final String GOLDSTEIN = "goldstein";
    /** Quad class 1–4: numeric doc values for timelines, stored for hits. */
    static final String QUAD = "quad";
    /** The event mode's enum name ("ASSERTED"), stored for hits. */
    static final String MODE = "mode";
    /*
     * Lucene 9 refuses to index a field name in a new way once an index has it ("cannot change field … from index
     * options=NONE to …"): a store written before modes and quad classes were filters holds "mode" stored only and
     * "quad" without points, so the indexed forms take names of their own and such a store still takes new articles.
     */
    /** The mode's enum name as a keyword, to filter on. */
    static final String MODE_KEY = "mode_key";
    /** The quad class as an int point, to filter on. */
    static final String QUAD_POINT = "quad_point";
    /** The event's confidence, 0–1: a double point for "at least" filters, stored for hits. */
    static final String CONFIDENCE = "confidence";
    static final String EVENT_DATE = "event_date";
    static final String LOCATION = "location";
    static final String LOCATION_COUNTRY = "location_country";
    static final String LOCATION_LAT = "location_lat";
    static final String LOCATION_LON = "location_lon";
    static final String SENTENCE = "sentence";
    /** 1 when the event's sentence is in the article's lead ({@link org.herald.model.Lead}), GDELT's IsRootEvent; stored. */
    static final String ROOT = "root";
    static final String TRIGGER = "trigger";
    static final String RULE = "rule";
}
