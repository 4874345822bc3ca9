package org.herald.nlp.corenlp;

import edu.stanford.nlp.maxent.iis.LambdaSolve;
import edu.stanford.nlp.tagger.maxent.Extractor;
import edu.stanford.nlp.tagger.maxent.Extractors;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.tagger.maxent.PairsHolder;
import edu.stanford.nlp.tagger.maxent.TTags;
import edu.stanford.nlp.util.Pair;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A loaded {@link MaxentTagger}'s weights arranged for {@link TagScorer} (issue 10): CoreNLP's feature extractors,
 * feature → weight associations and weights, read once, plus the one table CoreNLP rebuilds on every call, the
 * summed weights of the tag-history features for each pair of previous tags. Immutable and shared by all threads.
 *
 * <p>CoreNLP scores a word's candidate tags for every pair of previous tags the Viterbi search tries (hundreds
 * per word after two unknown words); each time it formats the tag-history features as strings ("NN!DT"), looks
 * them up in a hash map, allocates two arrays of 50 scores and looks up each candidate tag's index by name. The
 * history features of this model read only the previous two tags, so their summed weights per pair are computed
 * here once, by CoreNLP's own extractors and in its order of addition, and looked up by index.
 */
final class TagWeights {
    /** CoreNLP's tag for a position outside the sentence (TestSentence's {@code naTag}). */
    static final String OUTSIDE = "NA";
    /**
     * History features read only previous tags, so a pair of them fixes their value: CoreNLP's plain
     * tag extractor ({@code Extractor(-1,tag)}) and its run of previous tags ({@code "NN!DT"}).
     */
    private static final Set<String> TAGS_ONLY = Set.of(
            "edu.stanford.nlp.tagger.maxent.Extractor",
            "edu.stanford.nlp.tagger.maxent.ExtractorFrames$ExtractorContinuousTagConjunction");
    /**
     * Rare-word history features that read the current word and whether the previous tag is {@link #OUTSIDE},
     * i.e. whether the word opens the sentence (CoreNLP 4.5's ExtractorFramesRare): fixed for a position.
     */
    private static final Set<String> SENTENCE_START_ONLY = Set.of(
            "edu.stanford.nlp.tagger.maxent.ExtractorStartSentenceCap",
            "edu.stanford.nlp.tagger.maxent.ExtractorMidSentenceCapC",
            "edu.stanford.nlp.tagger.maxent.ExtractorMidSentenceCap");

    final MaxentTagger tagger;
    /** Number of tags; index {@code tagCount} in {@link #history} stands for {@link #OUTSIDE}. */
    final int tagCount;
    final int leftWindow;
    final double[] lambda;
    private final List<Map<String, int[]>> associations;
    /** The extractors of each kind, and their feature-kind numbers (rare ones after the common ones). */
    final Extractor[] local, rareLocal, context, rareContext, rareHistory;
    final int[] localKind, rareLocalKind, contextKind, rareContextKind, rareHistoryKind;
    /** Summed weights of the tag-only history features, per {@code previous2 * (tagCount + 1) + previous1}. */
    private final double[][] history;

    /** The common extractors, which CoreNLP's History holds. */
    final Extractors common;
    private final MethodHandle newHistory;
    private final MethodHandle extract;
    private final MethodHandle isRare;

    @SuppressWarnings("unchecked")
    TagWeights(MaxentTagger tagger) {
        this.tagger = tagger;
        this.tagCount = (Integer) PrivateFields.read(tagger, MaxentTagger.class, "ySize");
        this.leftWindow = (Integer) PrivateFields.read(tagger, MaxentTagger.class, "leftContext");
        int rightWindow = (Integer) PrivateFields.read(tagger, MaxentTagger.class, "rightContext");
        if (leftWindow > 2 || rightWindow != 0) {
            throw new IllegalStateException("tagger looks at tags " + leftWindow + " left and " + rightWindow
                    + " right; TagScorer handles at most two previous tags and none after");
        }
        this.lambda = ((LambdaSolve) PrivateFields.read(tagger, MaxentTagger.class, "prob")).lambda;
        this.associations = (List<Map<String, int[]>>) PrivateFields.read(tagger, MaxentTagger.class,
                "fAssociations");
        Extractors common = (Extractors) PrivateFields.read(tagger, MaxentTagger.class, "extractors");
        Extractors rare = (Extractors) PrivateFields.read(tagger, MaxentTagger.class, "extractorsRare");
        int rareOffset = common.size();
        this.common = common;
        MethodHandle history = constructor("edu.stanford.nlp.tagger.maxent.History", int.class, int.class,
                int.class, PairsHolder.class, Extractors.class);
        Class<?> historyClass = history.type().returnType();
        this.newHistory = history.asType(history.type().changeReturnType(Object.class));
        this.extract = method(Extractor.class, "extract", historyClass)
                .asType(MethodType.methodType(String.class, Extractor.class, Object.class));
        this.isRare = method(MaxentTagger.class, "isRare", String.class);

        List<Pair<Integer, Extractor>> l = kind(common, "local"), rl = kind(rare, "local");
        List<Pair<Integer, Extractor>> c = kind(common, "localContext"), rc = kind(rare, "localContext");
        List<Pair<Integer, Extractor>> d = kind(common, "dynamic"), rd = kind(rare, "dynamic");
        local = extractors(l);
        localKind = kinds(l, 0);
        rareLocal = extractors(rl);
        rareLocalKind = kinds(rl, rareOffset);
        context = extractors(c);
        contextKind = kinds(c, 0);
        rareContext = extractors(rc);
        rareContextKind = kinds(rc, rareOffset);
        rareHistory = extractors(rd);
        rareHistoryKind = kinds(rd, rareOffset);
        requireKinds(extractors(d), TAGS_ONLY);
        requireKinds(rareHistory, SENTENCE_START_ONLY);

        TTags tags = (TTags) PrivateFields.read(tagger, MaxentTagger.class, "tags");
        for (int t = 0; t < tagCount; t++) {
            // A real tag spelled like the outside marker would make "word opens the sentence" ambiguous.
            if (OUTSIDE.equals(tags.getTag(t))) throw new IllegalStateException("the tag set contains " + OUTSIDE);
        }
        this.history = historyTable(tags, extractors(d), kinds(d, 0), common);
    }

    /**
     * For each pair of previous tags, the sum CoreNLP's {@code getExactHistories} forms for the common history
     * features: from 0, each feature's weight per tag in extractor order. Values come from CoreNLP's extractors
     * on a three-word history whose first two tags are the pair (or {@link #OUTSIDE}, as CoreNLP reads a
     * position before the sentence).
     */
    private double[][] historyTable(TTags tags, Extractor[] extractors, int[] kinds, Extractors common) {
        int slots = tagCount + 1;
        double[][] table = new double[slots * slots][];
        PairsHolder pairs = new PairsHolder();
        pairs.setSize(3);
        MethodHandle setTag = method(PairsHolder.class, "setTag", int.class, String.class);
        Object h = history(0, 2, 2, pairs, common);
        for (int t2 = 0; t2 < slots; t2++) {
            for (int t1 = 0; t1 < slots; t1++) {
                invoke(setTag, pairs, 0, t2 == tagCount ? OUTSIDE : tags.getTag(t2));
                invoke(setTag, pairs, 1, t1 == tagCount ? OUTSIDE : tags.getTag(t1));
                double[] scores = new double[tagCount];
                for (int e = 0; e < extractors.length; e++) add(kinds[e], value(extractors[e], h), scores);
                table[t2 * slots + t1] = scores;
            }
        }
        return table;
    }

    /** The summed tag-only history weights for the two previous tags ({@code tagCount} = outside). */
    double[] history(int previous2, int previous1) {
        return history[previous2 * (tagCount + 1) + previous1];
    }

    /**
     * Adds the weights of feature kind {@code kind} with value {@code value} to each tag's score, as CoreNLP's
     * {@code runExactExtractor} does.
     */
    void add(int kind, String value, double[] scores) {
        int[] features = associations.get(kind).get(value);
        if (features != null) add(features, scores);
    }

    /** The feature numbers per tag of kind {@code kind} with value {@code value}, or null: CoreNLP's look-up. */
    int[] features(int kind, String value) {
        return associations.get(kind).get(value);
    }

    void add(int[] features, double[] scores) {
        for (int j = 0; j < tagCount; j++) {
            int f = features[j];
            if (f >= 0) scores[j] += lambda[f];
        }
    }

    boolean isRare(String word) {
        try {
            return (boolean) isRare.invokeExact(tagger, word);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** CoreNLP's History over {@code pairs}: positions {@code start..end} are the sentence. */
    Object history(int start, int end, int current, PairsHolder pairs) {
        return history(start, end, current, pairs, common);
    }

    private Object history(int start, int end, int current, PairsHolder pairs, Extractors extractors) {
        try {
            return (Object) newHistory.invokeExact(start, end, current, pairs, extractors);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    String value(Extractor extractor, Object history) {
        try {
            return (String) extract.invokeExact(extractor, history);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static void invoke(MethodHandle handle, Object... arguments) {
        try {
            handle.invokeWithArguments(arguments);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Pair<Integer, Extractor>> kind(Extractors extractors, String field) {
        return (List<Pair<Integer, Extractor>>) PrivateFields.read(extractors, Extractors.class, field);
    }

    private static Extractor[] extractors(List<Pair<Integer, Extractor>> list) {
        return list.stream().map(Pair::second).toArray(Extractor[]::new);
    }

    private static int[] kinds(List<Pair<Integer, Extractor>> list, int offset) {
        return list.stream().mapToInt(p -> p.first() + offset).toArray();
    }

    private static void requireKinds(Extractor[] extractors, Set<String> known) {
        for (Extractor e : extractors) {
            if (!known.contains(e.getClass().getName())) {
                throw new IllegalStateException("tag-history feature " + e + " (" + e.getClass().getName()
                        + ") is not one TagScorer knows how to precompute");
            }
        }
    }

    private static MethodHandle constructor(String className, Class<?>... parameters) {
        try {
            Constructor<?> c = Class.forName(className).getDeclaredConstructor(parameters);
            c.setAccessible(true);
            return MethodHandles.lookup().unreflectConstructor(c);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("CoreNLP's " + className + " constructor is not where 4.5 keeps it", e);
        }
    }

    private static MethodHandle method(Class<?> owner, String name, Class<?>... parameters) {
        try {
            Method m = owner.getDeclaredMethod(name, parameters);
            m.setAccessible(true);
            return MethodHandles.lookup().unreflect(m);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("CoreNLP's " + owner.getSimpleName() + "." + name
                    + " is not where 4.5 keeps it", e);
        }
    }
}
