package org.herald.stories;

import java.util.List;
import java.util.Objects;

/**
 * A document as {@link StoryMatcher} compares it: unit-length TF-IDF weights of its words and of its anchors, the
 * inverse document frequencies taken when it was placed (as {@link StoryClusterer} weighs each article once, when
 * it arrives). A store keeps it ({@link #encode()}) so that a story's centroid is a sum of stored vectors, with no
 * statistics looked up again.
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

    /** The weights in {@link TermCounts#encode()}'s lines. */
    public String encode() {
        return new TermCounts(profile.words().weights(), profile.anchors().weights()).encode();
    }

    /** Reads what {@link #encode()} wrote; throws {@link IllegalArgumentException} on other text. */
    public static StoryVector decode(String encoded) {
        TermCounts t = TermCounts.decode(Objects.requireNonNull(encoded, "encoded"));
        return new StoryVector(new Profile(TermVector.normalised(t.words()), TermVector.normalised(t.anchors())));
    }
}
