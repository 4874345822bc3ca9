package org.herald.extract;

/**
 * Limits of the extraction stage.
 *
 * @param maxBytes documents larger than this are refused with {@code TOO_LARGE} rather than risking memory
 */
public record ExtractSettings(long maxBytes) {
    public ExtractSettings {
        if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }

    /** 64 MiB per page: the largest real news pages are a few MB, and a 50 MB hostile page is still analysed. */
    public static ExtractSettings defaults() {
        return new ExtractSettings(64L << 20);
    }
}
