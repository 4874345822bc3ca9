package org.herald.extract.meta;

import java.util.List;

/**
 * What a byline credits.
 *
 * @param authors the people named, or, when none is, the agencies and outlets credited ("By AP &amp; Euronews")
 * @param agencies the news agencies credited, canonical names ("Jane Doe, Reuters" → Reuters)
 */
public record Byline(List<String> authors, List<String> agencies) {
    public static final Byline NONE = new Byline(List.of(), List.of());

    public Byline {
        authors = List.copyOf(authors);
        agencies = List.copyOf(agencies);
    }

    public boolean isEmpty() {
        return authors.isEmpty();
    }
}
