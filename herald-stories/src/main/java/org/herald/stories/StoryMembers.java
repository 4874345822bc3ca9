package org.herald.stories;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What deleting an article changes in its story's running sums (#12), whichever store keeps them (#14). Each article
 * of a story holds the sum of the story's vectors as it stood once the article joined, and the story's size then; the
 * newest (largest) sum is the centroid later articles are placed against. An article deleted from the middle of a
 * story would stay in every later sum, so each later article gets its sum without the deleted article's vector (the
 * difference of the deleted article's sum and the one before it) and a size one smaller, which keeps the sizes a
 * sequence and the newest article the one with the largest.
 */
public final class StoryMembers {
    private StoryMembers() {}

    /** An article of a story as its store keeps it: the story's size and sum once the article had joined. */
    public record Joined(String articleId, long size, StorySum sum) {
        public Joined {
            Objects.requireNonNull(articleId, "articleId");
            Objects.requireNonNull(sum, "sum");
        }
    }

    /**
     * The story's articles that must change when {@code deleted} leaves it, as they must be written: those that
     * joined after it, each one smaller and without its vector. Empty when it was the story's newest.
     *
     * @param story the story's articles as stored; the deleted one among them or not
     */
    public static List<Joined> without(Joined deleted, List<Joined> story) {
        List<Joined> before = new ArrayList<>();
        List<Joined> later = new ArrayList<>();
        for (Joined j : story) {
            if (j.articleId().equals(deleted.articleId())) continue;
            (j.size() > deleted.size() ? later : before).add(j);
        }
        // The story's sum before the deleted article joined: the largest earlier one, or none for its first article.
        StorySum until = before.stream().max(Comparator.comparingLong(Joined::size)).map(Joined::sum)
                .orElse(StorySum.empty());
        List<Joined> changed = new ArrayList<>();
        for (Joined j : later) changed.add(new Joined(j.articleId(), j.size() - 1, j.sum().without(until,
                deleted.sum())));
        return changed;
    }
}
