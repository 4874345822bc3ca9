package org.herald.events.learned;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.herald.model.lexicon.Lexicon;

/**
 * The learned event type of a whole sentence: a {@link SoftmaxModel} over its {@link SentenceEmbedder} vector, with
 * the labels of {@code type-codes.tsv} (PLOVER's sixteen types, STATEMENT, NONE). The coder asks it only about
 * sentences no verb row codes, and acts on a guess only at or above the model's threshold.
 *
 * <pre>{@code
 * LearnedTypes types = LearnedTypes.load();
 * LearnedTypes.Guess g = types.guess("Militants stormed an army base near the border.");
 * // g.label() "ASSAULT", g.code() Optional[190], g.probability() 0.9
 * }</pre>
 */
public final class LearnedTypes {
    /** The shipped weights, beside this class. */
    public static final String WEIGHTS = "event-types.tsv";
    static final String CODES = "type-codes.tsv";

    private final SentenceEmbedder embedder;
    private final SoftmaxModel model;
    private final Map<String, Optional<String>> codes;

    /** The best label of a sentence, its probability, and the CAMEO code it gives (none for STATEMENT and NONE). */
    public record Guess(String label, double probability, Optional<String> code) {
        public Guess {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(code, "code");
        }
    }

    public LearnedTypes(SentenceEmbedder embedder, SoftmaxModel model) {
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.model = Objects.requireNonNull(model, "model");
        this.codes = codes();
        for (String label : model.labels()) {
            if (!codes.containsKey(label)) throw new IllegalStateException(WEIGHTS + ": label not in " + CODES + ": " + label);
        }
        if (model.dimension() != embedder.dimension()) {
            throw new IllegalStateException(WEIGHTS + " has " + model.dimension() + " dimensions, the embedder "
                    + embedder.dimension());
        }
    }

    /** MiniLM and the shipped weights; fails at once when the weights are missing or malformed. */
    public static LearnedTypes load() {
        return new LearnedTypes(new MiniLmEmbedder(), readModel());
    }

    static SoftmaxModel readModel() {
        InputStream in = LearnedTypes.class.getResourceAsStream(WEIGHTS);
        if (in == null) throw new IllegalStateException("missing resource " + WEIGHTS + " beside " + LearnedTypes.class);
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return SoftmaxModel.read(r, WEIGHTS);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + WEIGHTS, e);
        }
    }

    /** The label → CAMEO code table ({@code type-codes.tsv}); "-" is no code. */
    public static Map<String, Optional<String>> codes() {
        Map<String, Optional<String>> out = new LinkedHashMap<>();
        for (List<String> row : Lexicon.rows(LearnedTypes.class, CODES, 2, 2)) {
            out.put(row.get(0), row.get(1).equals("-") ? Optional.empty() : Optional.of(row.get(1)));
        }
        return Map.copyOf(out);
    }

    public SentenceEmbedder embedder() {
        return embedder;
    }

    public SoftmaxModel model() {
        return model;
    }

    /** The sentence's best label. */
    public Guess guess(String sentence) {
        return best(model.probabilities(embedder.embed(sentence)));
    }

    /** The best label of a probability vector in {@link SoftmaxModel#labels()} order. */
    public Guess best(double[] p) {
        int b = 0;
        for (int i = 1; i < p.length; i++) if (p[i] > p[b]) b = i;
        String label = model.labels().get(b);
        return new Guess(label, p[b], codes.get(label));
    }

    /** Whether the coder should code an event from this guess: it names a type, at or above the threshold. */
    public boolean acts(Guess g) {
        return g.code().isPresent() && g.probability() >= model.threshold();
    }
}
