package org.herald.store;

import java.util.List;

/** One page of stories and how many stories there are. */
public record StoryPage(long total, List<StorySummary> stories) {
    public StoryPage {
        stories = List.copyOf(stories);
    }
}
