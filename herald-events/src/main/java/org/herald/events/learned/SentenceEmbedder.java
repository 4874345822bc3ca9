package org.herald.events.learned;

/**
 * Turns a sentence into a fixed-length vector whose geometry follows meaning: the one seam between Herald and an
 * embedding model, so that the model behind it can change without touching the classifiers that read its vectors.
 * Implementations are thread-safe.
 */
public interface SentenceEmbedder {
    /** The length of every vector {@link #embed} returns. */
    int dimension();

    /** The sentence's vector, {@link #dimension()} long (unit length for the shipped model). */
    float[] embed(String sentence);
}
