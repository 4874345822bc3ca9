package org.herald.extract;

/**
 * Limits and conventions of the extraction stage.
 *
 * @param maxBytes documents larger than this are refused with {@code TOO_LARGE} rather than risking memory
 * @param captionsInBody whether photo captions set outside {@code <figure>} (a {@code <div class="caption">} under an
 *                       image) stay in the body. Off by default: a caption describes the photo, not the story, and news
 *                       extraction benchmarks (Fundus, Trafilatura's corpus) leave captions out of the body. Readability
 *                       keeps them, so its test pages are scored with this on. A {@code <figure>}'s own caption is
 *                       never body text either way.
 */
public record ExtractSettings(long maxBytes, boolean captionsInBody) {
    public ExtractSettings {
        if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }

    /** The default conventions with another size limit. */
    public ExtractSettings(long maxBytes) {
        this(maxBytes, false);
    }

    /** 64 MiB per page: the largest real news pages are a few MB, and a 50 MB hostile page is still analysed. */
    public static ExtractSettings defaults() {
        return new ExtractSettings(64L << 20, false);
    }

    /** These settings with captions outside {@code <figure>} kept in the body, or left out. */
    public ExtractSettings withCaptionsInBody(boolean keep) {
        return new ExtractSettings(maxBytes, keep);
    }
}
