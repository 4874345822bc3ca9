package org.herald.events.petrarch;

import java.util.List;

/**
 * A verb pattern: the elements before the verb slot, those after it, and the code it assigns. {@code joinedToVerb*}
 * say whether the element next to {@code *} must be adjacent to the verb ({@code IN_*}, {@code *_OUT}).
 */
public record VerbPattern(List<PatternElement> before, List<PatternElement> after, boolean joinedBeforeVerb,
        boolean joinedAfterVerb, String code, int line) {
    public VerbPattern {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    /** How specific the pattern is: the elements other than the verb. */
    public int size() {
        return before.size() + after.size();
    }
}
