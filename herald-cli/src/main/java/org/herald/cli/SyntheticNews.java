package org.herald.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.herald.stories.StoryDocument;

/**
 * The synthetic feed of {@code herald bench cluster}, made to look like news to the clusterer: a 30,000-word
 * vocabulary drawn with a Zipf-like skew (common words recur everywhere), a new story for one article in six, each
 * with its own name and eleven words of its own and its articles spread over the three days it stays live, and one
 * article in ten a lightly edited copy of a recent original. Each article says which story it was written for, so a
 * benchmark can tell whether the clusterer put it there.
 */
final class SyntheticNews {
    static final int VOCABULARY = 30_000;
    /** The in-memory benchmark's rate: about 200 new stories a day. */
    static final int DEFAULT_ARTICLES_PER_DAY = 1_200;

    /**
     * One article of the feed.
     *
     * @param story  the number of the story it was written for (a copy: its original's story)
     * @param copyOf the id of the original it copies, for a copy
     */
    record Item(StoryDocument doc, int story, Optional<String> copyOf) {}

    private record Original(String id, String text, int story) {}

    private final SplittableRandom random;
    private final long secondsApart;
    private final int liveStories;
    private final List<int[]> live = new ArrayList<>();
    private final List<Original> recent = new ArrayList<>();
    private Instant clock = Instant.parse("2024-01-01T00:00:00Z");
    private int stories;

    SyntheticNews(SplittableRandom random, int articlesPerDay) {
        if (articlesPerDay < 1) throw new IllegalArgumentException("articlesPerDay < 1: " + articlesPerDay);
        this.random = random;
        this.secondsApart = Math.max(1, 86_400L / articlesPerDay);
        // A story stays live three days; a new one opens for one article in six.
        this.liveStories = Math.max(1, articlesPerDay / 6 * 3);
    }

    /** How many stories the feed has opened. */
    int stories() {
        return stories;
    }

    Item next(String id) {
        clock = clock.plusSeconds(secondsApart);
        if (!recent.isEmpty() && random.nextInt(10) == 0) {
            Original o = recent.get(random.nextInt(recent.size()));
            String copy = o.text() + " Copyright Wire " + random.nextInt(100);
            return new Item(new StoryDocument(id, "", copy, Optional.of(clock)), o.story(), Optional.of(o.id()));
        }
        if (live.isEmpty() || random.nextInt(6) == 0) {
            int[] story = new int[12];
            story[0] = ++stories;
            for (int k = 1; k < story.length; k++) story[k] = random.nextInt(VOCABULARY);
            live.add(story);
            if (live.size() > liveStories) live.remove(0);
        }
        int[] story = live.get(random.nextInt(live.size()));
        StringBuilder b = new StringBuilder();
        for (int w = 0; w < 120; w++) {
            if (w % 15 == 0) b.append(w == 0 ? "" : ". ").append("Name").append(story[0]).append(' ');
            if (random.nextInt(4) == 0) b.append('s').append(story[1 + random.nextInt(story.length - 1)]);
            else {
                double u = random.nextDouble();
                b.append('w').append((int) (u * u * u * VOCABULARY));
            }
            b.append(' ');
        }
        String text = b.toString();
        recent.add(new Original(id, text, story[0]));
        if (recent.size() > 1000) recent.remove(0);
        return new Item(new StoryDocument(id, "", text, Optional.of(clock)), story[0], Optional.empty());
    }
}
