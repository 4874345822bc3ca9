package org.herald.model;

/** Half-open range of UTF-16 offsets into {@link Article#body()}. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** The text this span covers. */
    public String of(String text) {
        return text.substring(start, end);
    }
}
