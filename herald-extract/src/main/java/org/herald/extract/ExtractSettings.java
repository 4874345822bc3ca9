package org.herald.extract;

/**
 * Limits and switches of the extraction stage.
 *
 * @param maxBytes documents larger than this are refused with {@code TOO_LARGE} rather than risking memory
 * @param maxDepth element nesting beyond this is flattened before analysis, so deep pages cannot exhaust the stack
 */
public record ExtractSettings(long maxBytes, int maxDepth) {
    public ExtractSettings {
        if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        if (maxDepth < 16) throw new IllegalArgumentException("maxDepth must be at least 16: " + maxDepth);
    }

    /** 64 MiB per page (the largest real news pages are a few MB; 50 MB hostile pages still pass), depth 512. */
    public static ExtractSettings defaults() {
        return new ExtractSettings(64L << 20, 512);
    }
}
