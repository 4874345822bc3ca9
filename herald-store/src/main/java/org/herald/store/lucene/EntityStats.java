package org.herald.store.lucene;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongValues;
import org.herald.store.EntityProfile;
import org.herald.store.EntitySummary;

/**
 * Adds up entities' per-article documents: mentions, articles, countries and titles. Documents are found through
 * the entity's postings and everything but the display name and type is read from doc values, so a much-mentioned
 * entity costs a scan of its own documents, not a search and a stored-field load per article.
 */
final class EntityStats {
    private static final Set<String> NAME_FIELDS = Set.of(Fields.ENTITY_NAME, Fields.ENTITY_TYPE);

    private final GlobalOrdinals.Cache ordinals;

    EntityStats(GlobalOrdinals.Cache ordinals) {
        this.ordinals = ordinals;
    }

    /**
     * A summary and, when asked for, every title the entity was given (alphabetical), its aliases (most articles
     * first), its roles with the days they were seen, and its mentions per day (oldest first).
     */
    record Detail(EntitySummary summary, List<String> titles, List<EntityProfile.Alias> aliases,
                  List<EntityProfile.Role> roles, List<EntityProfile.DayCount> timeline) {}

    /** The name as written in the first article stored with it (the one a name search matched). */
    Optional<String> name(IndexSearcher searcher, String entityId) throws IOException {
        int first = Queries.firstLiveDocument(searcher.getIndexReader(), new Term(Fields.ENTITY_ID, entityId));
        if (first == DocIdSetIterator.NO_MORE_DOCS) return Optional.empty();
        return Optional.of(searcher.storedFields().document(first, NAME_FIELDS).get(Fields.ENTITY_NAME));
    }

    Optional<Detail> detail(IndexSearcher searcher, String entityId) throws IOException {
        return summaries(searcher, List.of(entityId), true).stream().findFirst();
    }

    /**
     * Details of the given entities, in the order given; ids not stored are left out. Each entity's documents are
     * read from its postings, so no document of another entity is looked at. Titles are gathered only when asked
     * for (they cost a set per entity).
     */
    List<Detail> summaries(IndexSearcher searcher, List<String> entityIds, boolean titles) throws IOException {
        List<Detail> out = new ArrayList<>();
        for (String id : entityIds) {
            Aggregate a = aggregate(searcher.getIndexReader(), id, titles);
            if (a.articles == 0) continue;
            Document first = searcher.storedFields().document(a.firstDoc, NAME_FIELDS);
            String name = a.canonical.entrySet().stream().max(LONGEST_NAME).map(Map.Entry::getKey)
                    .orElse(first.get(Fields.ENTITY_NAME)); // documents stored before canonical names
            Optional<String> country = a.countries.entrySet().stream()
                    .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(
                            Comparator.reverseOrder())))
                    .map(Map.Entry::getKey);
            EntitySummary summary = new EntitySummary(id, name, first.get(Fields.ENTITY_TYPE), country, a.mentions,
                    a.articles);
            out.add(new Detail(summary, List.copyOf(a.titles), a.aliases(), a.roles(), a.timeline()));
        }
        return out;
    }

    /** The first ids of a ranking and how many entities were ranked in all. */
    record Ranked(long total, List<String> ids) {}

    /**
     * Ids of the entities whose documents match, most mentions first (ties by id), at most {@code limit}, with the
     * number of entities that match.
     */
    Ranked mostMentioned(IndexSearcher searcher, Query entityDocuments, int limit) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        GlobalOrdinals ids = ordinals.of(reader, Fields.ENTITY_ID);
        long[] mentions = searcher.search(entityDocuments, new MentionsManager(ids));
        long total = 0;
        for (long m : mentions) if (m > 0) total++;
        List<String> out = new ArrayList<>();
        for (int ord : TopOrdinals.top(mentions, limit)) out.add(ids.term(reader, Fields.ENTITY_ID, ord));
        return new Ranked(total, out);
    }

    /** The longest name, then the one in most articles, then the first alphabetically. */
    private static final Comparator<Map.Entry<String, Long>> LONGEST_NAME =
            Comparator.comparingInt((Map.Entry<String, Long> e) -> e.getKey().length())
                    .thenComparing(Map.Entry.comparingByValue())
                    .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()));

    private static final class Aggregate {
        int firstDoc = DocIdSetIterator.NO_MORE_DOCS;
        long mentions;
        long articles;
        final Map<String, Long> countries = new HashMap<>();
        final Set<String> titles = new TreeSet<>();
        final Map<String, Long> canonical = new HashMap<>();
        final Map<String, Long> aliasArticles = new HashMap<>();
        final Map<String, Seen> roleSeen = new HashMap<>();
        final Map<Long, Long> dayMentions = new TreeMap<>();

        List<EntityProfile.Alias> aliases() {
            return aliasArticles.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .map(e -> new EntityProfile.Alias(e.getKey(), e.getValue())).toList();
        }

        List<EntityProfile.Role> roles() {
            return roleSeen.entrySet().stream()
                    .map(e -> new EntityProfile.Role(e.getKey(), day(e.getValue().first),
                            day(e.getValue().last), e.getValue().articles))
                    .sorted(Comparator.comparing((EntityProfile.Role r) -> r.firstSeen().map(LocalDate::toEpochDay)
                            .orElse(Long.MAX_VALUE)).thenComparing(EntityProfile.Role::title))
                    .toList();
        }

        List<EntityProfile.DayCount> timeline() {
            return dayMentions.entrySet().stream()
                    .map(e -> new EntityProfile.DayCount(LocalDate.ofEpochDay(e.getKey()), e.getValue())).toList();
        }

        private static Optional<LocalDate> day(long epochDay) {
            return epochDay == NO_DAY ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(epochDay));
        }
    }

    private static final long NO_DAY = Long.MIN_VALUE;

    /** The first and last day a title was seen with the entity, and in how many articles. */
    private static final class Seen {
        long first = NO_DAY;
        long last = NO_DAY;
        long articles;

        void see(long day) {
            articles++;
            widen(day);
        }

        void add(Seen other) {
            articles += other.articles;
            widen(other.first);
            widen(other.last);
        }

        private void widen(long day) {
            if (day == NO_DAY) return;
            if (first == NO_DAY || day < first) first = day;
            if (last == NO_DAY || day > last) last = day;
        }
    }

    /** Mentions, article count, countries and titles over the entity's live documents, segment by segment. */
    private static Aggregate aggregate(IndexReader reader, String entityId, boolean wantTitles) throws IOException {
        Aggregate a = new Aggregate();
        Term term = new Term(Fields.ENTITY_ID, entityId);
        for (LeafReaderContext leaf : reader.leaves()) {
            PostingsEnum docs = leaf.reader().postings(term, PostingsEnum.NONE);
            if (docs == null) continue;
            Bits live = leaf.reader().getLiveDocs();
            NumericDocValues mentions = DocValues.getNumeric(leaf.reader(), Fields.MENTIONS);
            SortedDocValues country = DocValues.getSorted(leaf.reader(), Fields.ENTITY_COUNTRY);
            SortedDocValues title = DocValues.getSorted(leaf.reader(), Fields.ENTITY_TITLE);
            // Countries and titles are counted by segment ordinal and named once per segment.
            long[] countries = new long[(int) country.getValueCount()];
            FixedBitSet titles = new FixedBitSet(wantTitles ? (int) title.getValueCount() : 0);
            SortedDocValues canonical = DocValues.getSorted(leaf.reader(), Fields.ENTITY_CANONICAL);
            SortedSetDocValues aliases = DocValues.getSortedSet(leaf.reader(), Fields.ENTITY_ALIAS);
            NumericDocValues days = DocValues.getNumeric(leaf.reader(), Fields.DAY);
            // By segment ordinal, named once per segment; maps, since a segment holds many entities' names.
            Map<Integer, Long> canonicalCounts = new HashMap<>();
            Map<Long, Long> aliasCounts = new HashMap<>();
            Map<Integer, Seen> roleSeen = new HashMap<>();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (live != null && !live.get(doc)) continue;
                if (a.articles++ == 0) a.firstDoc = leaf.docBase + doc; // one document per entity per article
                long m = mentions.advanceExact(doc) ? mentions.longValue() : 0;
                a.mentions += m;
                if (country.advanceExact(doc)) countries[country.ordValue()]++;
                if (canonical.advanceExact(doc)) canonicalCounts.merge(canonical.ordValue(), 1L, Long::sum);
                if (!wantTitles) continue;
                long day = days.advanceExact(doc) ? days.longValue() : NO_DAY;
                if (day != NO_DAY) a.dayMentions.merge(day, m, Long::sum);
                if (title.advanceExact(doc)) {
                    titles.set(title.ordValue());
                    roleSeen.computeIfAbsent(title.ordValue(), o -> new Seen()).see(day);
                }
                if (aliases.advanceExact(doc)) {
                    for (int i = 0; i < aliases.docValueCount(); i++) {
                        aliasCounts.merge(aliases.nextOrd(), 1L, Long::sum);
                    }
                }
            }
            for (Map.Entry<Integer, Long> e : canonicalCounts.entrySet()) {
                a.canonical.merge(canonical.lookupOrd(e.getKey()).utf8ToString(), e.getValue(), Long::sum);
            }
            for (Map.Entry<Long, Long> e : aliasCounts.entrySet()) {
                a.aliasArticles.merge(aliases.lookupOrd(e.getKey()).utf8ToString(), e.getValue(), Long::sum);
            }
            for (Map.Entry<Integer, Seen> e : roleSeen.entrySet()) {
                a.roleSeen.computeIfAbsent(title.lookupOrd(e.getKey()).utf8ToString(), t -> new Seen())
                        .add(e.getValue());
            }
            for (int ord = 0; ord < countries.length; ord++) {
                if (countries[ord] == 0) continue;
                a.countries.merge(country.lookupOrd(ord).utf8ToString(), countries[ord], Long::sum);
            }
            for (int ord = 0; ord < titles.length(); ord++) {
                if (titles.get(ord)) a.titles.add(title.lookupOrd(ord).utf8ToString());
            }
        }
        return a;
    }

    /** Sum of mentions per global entity ordinal over the matching entity documents. */
    private record MentionsManager(GlobalOrdinals ids) implements CollectorManager<MentionsCollector, long[]> {
        @Override
        public MentionsCollector newCollector() {
            return new MentionsCollector(ids);
        }

        @Override
        public long[] reduce(Collection<MentionsCollector> collectors) {
            long[] sum = new long[ids.size()];
            for (MentionsCollector c : collectors) {
                for (int i = 0; i < sum.length; i++) sum[i] += c.mentions[i];
            }
            return sum;
        }
    }

    private static final class MentionsCollector implements Collector {
        private final GlobalOrdinals ids;
        final long[] mentions;

        MentionsCollector(GlobalOrdinals ids) {
            this.ids = ids;
            this.mentions = new long[ids.size()];
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            SortedDocValues id = DocValues.getSorted(context.reader(), Fields.ENTITY_ID);
            NumericDocValues count = DocValues.getNumeric(context.reader(), Fields.MENTIONS);
            long[] segment = new long[(int) id.getValueCount()]; // by segment ordinal, mapped once at the end
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) throws IOException {
                    if (id.advanceExact(doc) && count.advanceExact(doc)) segment[id.ordValue()] += count.longValue();
                }

                @Override
                public void finish() {
                    LongValues global = ids.segmentToGlobal(context);
                    for (int ord = 0; ord < segment.length; ord++) {
                        if (segment[ord] != 0) mentions[(int) global.get(ord)] += segment[ord];
                    }
                }
            };
        }
    }
}
