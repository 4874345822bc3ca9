package org.herald.extract.date;

/** A full date written in a text: its ISO-8601 form and the half-open range of characters it takes. */
public record DateMention(String iso, int start, int end) {
    public DateMention {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
        }
    }
}
