package org.herald.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A story's summary counted from its articles, the part both stores share (#14): each store reads the story's
 * articles earliest first and hands them here; sites are counted by the lower-case site (as the site filter and
 * facets are) and shown as first written, an article without a site a source of its own; the top entities are those
 * in most articles; headlines the first few, each once; first and last seen the earliest and latest dates given.
 */
public final class StoryTally {
    public static final int HEADLINES = 3;
    public static final int TOP_ENTITIES = 5;

    private final Map<String, Long> siteCounts = new HashMap<>();
    private final Map<String, String> siteNames = new HashMap<>();
    private final Map<String, Long> entityCounts = new HashMap<>();
    private final Map<String, String> siteOf = new LinkedHashMap<>();
    private final List<StoryProfile.Article> listed = new ArrayList<>();
    private final Set<String> headlines = new LinkedHashSet<>();
    private Optional<String> first = Optional.empty();
    private Optional<String> last = Optional.empty();
    private long articles;

    /** The next article, read in full; {@code list} when the story page lists it. */
    public void article(StoryProfile.Article a, List<String> entities, boolean list) {
        String site = a.site().map(s -> s.toLowerCase(Locale.ROOT)).orElse(a.id());
        counted(a.id(), site, entities);
        a.site().ifPresent(written -> siteNames.putIfAbsent(site, written));
        if (list) listed.add(a);
        if (headlines.size() < HEADLINES) a.title().ifPresent(headlines::add);
        if (first.isEmpty()) first = a.published();
        if (a.published().isPresent()) last = a.published();
    }

    /**
     * The next article, known by its id, lower-case site and entities alone: one past the listed ones, neither
     * first nor last, whose full read a store spares.
     */
    public void unlisted(String id, Optional<String> site, List<String> entities) {
        counted(id, site.orElse(id), entities);
    }

    private void counted(String id, String site, List<String> entities) {
        articles++;
        siteOf.put(id, site);
        siteCounts.merge(site, 1L, Long::sum);
        for (String e : entities) entityCounts.merge(e, 1L, Long::sum);
    }

    /** The entities in most articles (ties by id), whose names the summary needs. */
    public List<String> topEntities() {
        return byCount(entityCounts, TOP_ENTITIES);
    }

    /**
     * @param total the story's articles, when the store counted more than it handed here
     * @param names the top entities' names; an entity missing there is shown by its id
     */
    public StorySummary summary(String storyId, long total, Map<String, String> names) {
        List<String> sites = byCount(siteCounts, Integer.MAX_VALUE).stream()
                .map(site -> siteNames.getOrDefault(site, site)).toList();
        List<StorySummary.Entity> top = new ArrayList<>();
        for (String id : topEntities()) {
            top.add(new StorySummary.Entity(id, names.getOrDefault(id, id), entityCounts.get(id)));
        }
        return new StorySummary(storyId, Math.max(total, articles), sites, first, last, top, List.copyOf(headlines));
    }

    /** The articles handed with {@code list}, in order. */
    public List<StoryProfile.Article> listed() {
        return List.copyOf(listed);
    }

    /** Each article's site (lower case; its id when it has none), in story order: what events count sources by. */
    public Map<String, String> siteOf() {
        return Collections.unmodifiableMap(siteOf);
    }

    /** The keys, most counted first (ties by key), at most {@code k}. */
    private static List<String> byCount(Map<String, Long> counts, int k) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(k).map(Map.Entry::getKey).toList();
    }
}
