package org.herald.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * GDELT's counts for a page of event hits (#12, #14), the part both stores share: for each hit, the event mentions
 * of its story with the same CAMEO code, actor codes and date are tallied (NumMentions), with their distinct articles
 * (NumArticles) and those articles' sites (NumSources; an article without a site is a source of its own). A store
 * reads the mentions of {@link #stories()} with one of {@link #cameos()} and hands each to {@link #mention}, then the
 * sites of those stories' articles to {@link #counted}; it reads them however it can, the counting is this class's.
 */
public final class PageCounts {
    /** One event of one story: what identifies it across the story's articles. */
    private record Key(String story, String cameo, String source, String target, String date) {}

    /** What is counted of one event: its mentions' articles, in the order read. */
    private static final class Tally {
        long mentions;
        final Set<String> articles = new LinkedHashSet<>();
    }

    private final List<EventPage.Hit> hits;
    private final Map<Key, Tally> tallies = new HashMap<>();
    private final Set<String> stories = new HashSet<>();
    private final Set<String> cameos = new HashSet<>();

    /** The page to count; hits of no story (a store written before stories) are left as they are. */
    public PageCounts(List<EventPage.Hit> hits) {
        this.hits = List.copyOf(hits);
        for (EventPage.Hit h : hits) {
            h.story().ifPresent(s -> {
                tallies.putIfAbsent(key(s, h), new Tally());
                stories.add(s);
                cameos.add(h.cameo());
            });
        }
    }

    /** True when no hit has a story: nothing to read. */
    public boolean isEmpty() {
        return tallies.isEmpty();
    }

    /** The stories whose mentions and articles the store must read. */
    public Set<String> stories() {
        return Collections.unmodifiableSet(stories);
    }

    /** The page's CAMEO codes: a mention with another code is none of its events, so a store may filter on them. */
    public Set<String> cameos() {
        return Collections.unmodifiableSet(cameos);
    }

    /**
     * One stored event mention of one of the stories; counted when it is one of the page's events. Codes and date
     * must all agree: a mention with no target ({@code ""}) is not one with a target.
     */
    public void mention(String story, String cameo, Optional<String> source, Optional<String> target,
                        Optional<String> date, String articleId) {
        Tally t = tallies.get(new Key(story, cameo, source.orElse(""), target.orElse(""), date.orElse("")));
        if (t == null) return;
        t.mentions++;
        t.articles.add(articleId);
    }

    /**
     * The page's hits with their counts, in page order.
     *
     * @param siteOf the stories' articles to their sites (lower case); an article absent is a source of its own
     */
    public List<EventPage.Hit> counted(Map<String, String> siteOf) {
        List<EventPage.Hit> out = new ArrayList<>(hits.size());
        for (EventPage.Hit h : hits) {
            if (h.story().isEmpty()) {
                out.add(h);
                continue;
            }
            Tally t = tallies.get(key(h.story().get(), h));
            Set<String> sources = new HashSet<>();
            for (String article : t.articles) sources.add(siteOf.getOrDefault(article, article));
            out.add(h.withCounts(new EventPage.Counts(t.mentions, sources.size(), t.articles.size())));
        }
        return out;
    }

    private static Key key(String story, EventPage.Hit h) {
        return new Key(story, h.cameo(), h.source().code(), h.target().map(EventPage.Actor::code).orElse(""),
                h.date().orElse(""));
    }
}
