package org.herald.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.HashPartitioner;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.herald.stories.PublishedDates;
import org.herald.stories.StoryAssignment;
import org.herald.stories.StoryClusterer;
import org.herald.stories.StoryDocument;
import scala.Tuple2;

/**
 * The {@code story} of each analysed page: the run's pages of one crawl day (the {@code date} partition, across
 * archives) are put in one partition, earliest published first, and fed to the article clustering of issue 9
 * ({@link StoryClusterer}, as {@code ./herald cluster} runs it); a story's id is the id of the article that opened
 * it, as in the stores. What this leaves out, and why: a story is found within a crawl day only, since a day is
 * what a partition can hold and order (a story of a week is several stories here, joined by a store or by a
 * later pass), and the clustering starts afresh each day, with its document frequencies learnt from that day.
 * Running again over the same archives gives the same stories: the order is fixed by publication time and id.
 */
final class DayStories {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Sorts after every digit: pages with no publication time come last in their day. */
    private static final String UNDATED = "~";

    private DayStories() {}

    /**
     * Each analysed page's story, keyed by {@link #key} (crawl day and article id), one entry per key;
     * {@code partitions} bounds how many tasks cluster (days are spread over them by hash).
     */
    static JavaPairRDD<String, String> of(JavaRDD<AnalysedRecord> analysed, int partitions) {
        Partitioner byDay = new DayPartitioner(partitions);
        return analysed.filter(r -> r.analysisJson().isPresent())
                .mapToPair(DayStories::page)
                .repartitionAndSortWithinPartitions(byDay)
                .mapPartitionsToPair(DayStories::cluster);
    }

    /** The key the tables' records are joined with their story by: the crawl day and the article id. */
    static String key(AnalysedRecord r) {
        return r.date() + "\t" + r.articleId().orElse("");
    }

    /** What the clustering reads of a page, under the key that orders its day: day, publication time, id. */
    private static Tuple2<String, String[]> page(AnalysedRecord r) {
        JsonNode a = parse(r.analysisJson().orElseThrow());
        Optional<Instant> published = Optional.ofNullable(Table.text(a, "published")).flatMap(PublishedDates::parse);
        // zero-padded epoch seconds (from year 1 on) compare as text in time order
        String when = published.map(p -> String.format(Locale.ROOT, "%013d", p.getEpochSecond() + 62_135_596_800L))
                .orElse(UNDATED);
        String id = r.articleId().orElseThrow();
        String title = Objects.toString(Table.text(a, "title"), "");
        String body = Objects.toString(Table.text(a, "body"), "");
        return new Tuple2<>(r.date() + "\t" + when + "\t" + id, new String[] {title, body});
    }

    /** One partition's days in order, each clustered from scratch; a page read twice in a day is placed once. */
    private static Iterator<Tuple2<String, String>> cluster(Iterator<Tuple2<String, String[]>> pages) {
        List<Tuple2<String, String>> out = new ArrayList<>();
        String day = null;
        StoryClusterer clusterer = null;
        Map<Long, String> opener = new HashMap<>();
        Set<String> placed = new HashSet<>();
        while (pages.hasNext()) {
            Tuple2<String, String[]> p = pages.next();
            String[] key = p._1().split("\t", 3);
            if (!key[0].equals(day)) {
                day = key[0];
                clusterer = StoryClusterer.defaults();
                opener.clear();
                placed.clear();
            }
            String id = key[2];
            if (!placed.add(id)) continue;
            Optional<Instant> published = key[1].equals(UNDATED) ? Optional.empty()
                    : Optional.of(Instant.ofEpochSecond(Long.parseLong(key[1]) - 62_135_596_800L));
            StoryAssignment a = clusterer.add(new StoryDocument(id, p._2()[0], p._2()[1], published));
            out.add(new Tuple2<>(day + "\t" + id, opener.computeIfAbsent(a.story(), n -> id)));
        }
        return out.iterator();
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException("analysis JSON does not parse (a bug in AnalysisJson)", e);
        }
    }

    /** All keys of one crawl day in one partition: the day is the text before the first tab. */
    private static final class DayPartitioner extends Partitioner {
        private static final long serialVersionUID = 1L;
        private final HashPartitioner hash;

        DayPartitioner(int partitions) {
            this.hash = new HashPartitioner(partitions);
        }

        @Override
        public int numPartitions() {
            return hash.numPartitions();
        }

        @Override
        public int getPartition(Object key) {
            String k = (String) key;
            int tab = k.indexOf('\t');
            return hash.getPartition(tab < 0 ? k : k.substring(0, tab));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof DayPartitioner d && d.numPartitions() == numPartitions();
        }

        @Override
        public int hashCode() {
            return numPartitions();
        }
    }
}
