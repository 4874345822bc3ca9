package org.herald.watch;

/** The bytes are not a feed or sitemap Herald reads: not XML, or XML of another kind. */
public final class FeedFormatException extends Exception {
    public FeedFormatException(String message) {
        super(message);
    }
}
