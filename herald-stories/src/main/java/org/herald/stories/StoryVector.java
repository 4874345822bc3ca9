package org.herald.stories;

import java.util.List;

/**
 * A document as {@link StoryMatcher} compares it: unit-length TF-IDF weights of its words and of its anchors, the
 * inverse document frequencies taken when it was placed (as {@link StoryClusterer} weighs each article once, when
 * it arrives); a story adds them up ({@link StorySum}).
 */
public final class StoryVector {
    private final Profile profile;

    StoryVector(Profile profile) {
        this.profile = profile;
    }

    Profile profile() {
        return profile;
    }

    /** The {@code k} heaviest words, heaviest first. */
    public List<String> top(int k) {
        return profile.words().top(k);
    }
}
