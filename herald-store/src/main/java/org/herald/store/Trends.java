package org.herald.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What is happening now ({@link Store#trends}): the stories with most sources on the last day and in the last seven
 * days, and the entities and dyads rising against their own baseline. Rising compares the last seven days with the
 * four weeks before them: {@code score = (recent + 1) / (baseline + 1)}, where {@code baseline} is the weekly mean
 * of those four weeks; the one added to both keeps a newcomer seen twice from outranking a regular seen ten times
 * more than usual, and only what was seen at least {@link #MIN_RECENT} times this week is listed.
 *
 * @param at the day the windows end on; empty when the store holds no dated article (the lists are empty then)
 */
public record Trends(Optional<LocalDate> at, List<TopStory> lastDay, List<TopStory> lastWeek,
                     List<RisingEntity> entities, List<RisingDyad> dyads) {
    public static final int RECENT_DAYS = 7;
    public static final int BASELINE_WEEKS = 4;
    public static final int MIN_RECENT = 2;

    public Trends {
        Objects.requireNonNull(at, "at");
        lastDay = List.copyOf(lastDay);
        lastWeek = List.copyOf(lastWeek);
        entities = List.copyOf(entities);
        dyads = List.copyOf(dyads);
    }

    /** The score of a count against its baseline's weekly mean. */
    public static double score(long recent, double baseline) {
        return (recent + 1) / (baseline + 1);
    }

    /**
     * The keys seen at least {@link #MIN_RECENT} times this week, highest score first (then most seen, then by key),
     * at most {@code limit}; each count is {recent, baseline total}, as both stores tally them.
     */
    public static List<Map.Entry<String, long[]>> rising(Map<String, long[]> counts, int limit) {
        List<Map.Entry<String, long[]>> kept = new ArrayList<>();
        for (Map.Entry<String, long[]> e : counts.entrySet()) {
            if (e.getValue()[0] >= MIN_RECENT) kept.add(e);
        }
        Comparator<Map.Entry<String, long[]>> byScore = Comparator.comparingDouble(
                e -> -score(e.getValue()[0], e.getValue()[1] / (double) BASELINE_WEEKS));
        kept.sort(byScore.thenComparing(e -> -e.getValue()[0]).thenComparing(Map.Entry::getKey));
        return kept.subList(0, Math.min(limit, kept.size()));
    }

    /** The rising entities of {@link #rising}'s entries, in its order; an entry without a summary is left out. */
    public static List<RisingEntity> risingEntities(List<Map.Entry<String, long[]>> rising,
                                                    Map<String, EntitySummary> summaries) {
        List<RisingEntity> out = new ArrayList<>();
        for (Map.Entry<String, long[]> e : rising) {
            EntitySummary s = summaries.get(e.getKey());
            double baseline = e.getValue()[1] / (double) BASELINE_WEEKS;
            if (s != null) out.add(new RisingEntity(s, e.getValue()[0], baseline, score(e.getValue()[0], baseline)));
        }
        return out;
    }

    /** A story with the distinct sites and the articles it had within the window. */
    public record TopStory(StorySummary story, long sources, long articles) {
        public TopStory {
            Objects.requireNonNull(story, "story");
        }
    }

    /** An entity with the articles mentioning it in the last seven days and the weekly mean before. */
    public record RisingEntity(EntitySummary entity, long recent, double baseline, double score) {
        public RisingEntity {
            Objects.requireNonNull(entity, "entity");
        }
    }

    /**
     * A source and target (the first three letters of the actor codes: RUSGOV → RUS) with their asserted events in
     * the last seven days and the weekly mean before.
     */
    public record RisingDyad(String source, String target, long recent, double baseline, double score) {
        public RisingDyad {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(target, "target");
        }
    }
}
