package org.herald.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A story's events counted once, the part both stores share (#14): its event mentions grouped by CAMEO code, source
 * and target actor codes and date, GDELT's NumMentions, NumSources and NumArticles counted over each group,
 * IsRootEvent when any mention came from an article's lead; the first lead mention (else the first) speaks for the
 * event. Each store reads the mentions its own way and hands them here.
 */
public final class StoryMentions {
    private StoryMentions() {}

    /**
     * One stored event mention, as a store reads it back; a code or date the event does not have is {@code ""}.
     *
     * @param root true when its sentence is in its article's lead
     */
    public record Mention(String articleId, String cameo, String plover, String sourceCode, String sourceName,
                          Optional<String> sourceEntity, String targetCode, Optional<String> targetName,
                          Optional<String> targetEntity, String date, double goldstein, int quadClass, boolean root,
                          String sentence) {
        public Mention {
            Objects.requireNonNull(articleId, "articleId");
            Objects.requireNonNull(cameo, "cameo");
            Objects.requireNonNull(plover, "plover");
            Objects.requireNonNull(sourceCode, "sourceCode");
            Objects.requireNonNull(sourceEntity, "sourceEntity");
            Objects.requireNonNull(targetCode, "targetCode");
            Objects.requireNonNull(targetName, "targetName");
            Objects.requireNonNull(targetEntity, "targetEntity");
            Objects.requireNonNull(date, "date");
        }
    }

    /** What identifies one event across articles. */
    private record Key(String cameo, String source, String target, String date) {}

    private static final class Group {
        final List<Mention> mentions = new ArrayList<>();
        final Set<String> articles = new LinkedHashSet<>();
        final Set<String> sources = new HashSet<>();
        boolean root;
    }

    /**
     * The story's events, most articles first, then most mentions, lead events before others.
     *
     * @param mentions the story's mentions, each article's in text order
     * @param siteOf   each article's site (lower case; the article id when it has none), in the story's article
     *                 order, which is the order of each event's articles
     */
    public static List<StoryEvent> events(List<Mention> mentions, Map<String, String> siteOf) {
        Map<String, Integer> rank = new HashMap<>();
        for (String id : siteOf.keySet()) rank.put(id, rank.size());
        List<Mention> ordered = new ArrayList<>(mentions);
        // Stable: within an article the mentions keep their text order.
        ordered.sort(Comparator.comparingInt(m -> rank.getOrDefault(m.articleId(), Integer.MAX_VALUE)));
        Map<Key, Group> groups = new LinkedHashMap<>();
        for (Mention m : ordered) {
            Group g = groups.computeIfAbsent(new Key(m.cameo(), m.sourceCode(), m.targetCode(), m.date()),
                    k -> new Group());
            g.mentions.add(m);
            g.articles.add(m.articleId());
            g.sources.add(siteOf.getOrDefault(m.articleId(), m.articleId()));
            g.root |= m.root();
        }
        List<StoryEvent> events = new ArrayList<>();
        for (Map.Entry<Key, Group> e : groups.entrySet()) events.add(event(e.getKey(), e.getValue()));
        events.sort(Comparator.comparingLong(StoryEvent::articles).thenComparingLong(StoryEvent::mentions).reversed()
                .thenComparing(ev -> !ev.root()));
        return events;
    }

    private static StoryEvent event(Key key, Group g) {
        // The first lead mention speaks for the event when there is one: it is how the story told it.
        Mention shown = g.mentions.stream().filter(Mention::root).findFirst().orElse(g.mentions.get(0));
        EventPage.Actor source = new EventPage.Actor(shown.sourceName(), key.source(), shown.sourceEntity());
        Optional<EventPage.Actor> target = shown.targetName()
                .map(n -> new EventPage.Actor(n, key.target(), shown.targetEntity()));
        return new StoryEvent(key.cameo(), shown.plover(), source, target,
                key.date().isEmpty() ? Optional.empty() : Optional.of(key.date()), shown.goldstein(),
                shown.quadClass(), g.mentions.size(), g.sources.size(), g.articles.size(), g.root, shown.sentence(),
                List.copyOf(g.articles));
    }
}
