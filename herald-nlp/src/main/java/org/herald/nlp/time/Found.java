package org.herald.nlp.time;

/** A time expression found by one rule, with offsets into the sentence text. */
record Found(int start, int end, String value, String rule) {
    Found {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
        }
    }

    int length() {
        return end - start;
    }
}
