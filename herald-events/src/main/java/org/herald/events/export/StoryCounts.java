package org.herald.events.export;

/**
 * How often a story reports one event, as GDELT 2.0 counts it (Event Codebook V2.0): {@code mentions} (NumMentions)
 * every mention across the story's articles, {@code sources} (NumSources) the distinct sites among them,
 * {@code articles} (NumArticles) the distinct articles. An article read on its own is one of each.
 */
public record StoryCounts(long mentions, long sources, long articles) {
    /** One article, one mention: what a document read without a store reports. */
    public static final StoryCounts SINGLE = new StoryCounts(1, 1, 1);

    public StoryCounts {
        if (mentions < 1 || sources < 1 || articles < 1 || sources > articles || articles > mentions) {
            throw new IllegalArgumentException("bad counts: " + mentions + " mentions, " + sources + " sources, "
                    + articles + " articles");
        }
    }
}
