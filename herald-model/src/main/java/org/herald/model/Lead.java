package org.herald.model;

import java.util.List;

/**
 * An article's lead, where news puts what happened: its first paragraph, and the next one too when the first is a
 * short line (a dateline, a kicker, a one-line standfirst). Events coded from it are GDELT's root events, "those
 * occurring in the lead paragraph of a document" (GDELT 2.0 Event Codebook, IsRootEvent).
 * The store's events and the GDELT rows of {@code ./herald export} use this one rule, so they agree.
 */
public final class Lead {
    /** A first paragraph shorter than this ("WASHINGTON (AP) —", "Updated 10:42") does not tell the event alone. */
    public static final int SHORT_PARAGRAPH_CHARS = 120;

    private Lead() {}

    /** The body offset where the lead ends: paragraphs are joined by one blank line in the body. */
    public static int end(List<String> paragraphs) {
        if (paragraphs.isEmpty()) return 0;
        int end = paragraphs.get(0).length();
        if (end < SHORT_PARAGRAPH_CHARS && paragraphs.size() > 1) end += 2 + paragraphs.get(1).length();
        return end;
    }

    /** True when the sentence starts inside the lead. */
    public static boolean holds(List<String> paragraphs, Span sentence) {
        return sentence.start() < end(paragraphs);
    }
}
