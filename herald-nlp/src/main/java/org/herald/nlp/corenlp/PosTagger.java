package org.herald.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.DefaultPaths;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.util.CoreMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CoreNLP's {@code pos} annotator (english-left3words-distsim) with {@link TagScorer} in place of CoreNLP's
 * scoring: the same model, features, candidate tags and exact Viterbi search, and so the same tags, at a fraction
 * of the CPU time and allocation (issue 10). Thread-safe: the weights are shared, each thread keeps its own cache
 * of word feature sums.
 */
final class PosTagger implements Annotator {
    /** Words whose feature sums a thread keeps: ~0.5 KB each, so a few MB per analysis thread. */
    private static final int CACHED_WORDS = 10_000;

    private final TagWeights weights;
    private final ThreadLocal<Map<String, double[]>> wordScores = ThreadLocal.withInitial(() ->
            new LinkedHashMap<>(CACHED_WORDS * 2, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, double[]> eldest) {
                    return size() > CACHED_WORDS;
                }
            });

    PosTagger(MaxentTagger tagger) {
        this.weights = new TagWeights(tagger);
    }

    /** The model CoreNLP's {@code pos} annotator loads by default. */
    static PosTagger loadDefault() {
        return new PosTagger(new MaxentTagger(DefaultPaths.DEFAULT_POS_MODEL));
    }

    /** The tags of one tokenized sentence, in token order: those CoreNLP's {@code MaxentTagger} gives. */
    List<TaggedWord> tag(List<CoreLabel> tokens) {
        return new TagScorer(weights, wordScores.get()).tagSentence(tokens, false);
    }

    /** As CoreNLP's POSTaggerAnnotator: every sentence tagged, "X" throughout one the tagger had no memory for. */
    @Override
    public void annotate(Annotation annotation) {
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null) throw new IllegalArgumentException("no sentences to tag: run ssplit first");
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            List<TaggedWord> tagged = null;
            try {
                tagged = tag(tokens);
            } catch (OutOfMemoryError e) {
                tagged = null;
            }
            for (int i = 0; i < tokens.size(); i++) {
                tokens.get(i).set(CoreAnnotations.PartOfSpeechAnnotation.class,
                        tagged == null ? "X" : tagged.get(i).tag());
            }
        }
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of(CoreAnnotations.TextAnnotation.class, CoreAnnotations.TokensAnnotation.class,
                CoreAnnotations.CharacterOffsetBeginAnnotation.class,
                CoreAnnotations.CharacterOffsetEndAnnotation.class, CoreAnnotations.SentencesAnnotation.class);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of(CoreAnnotations.PartOfSpeechAnnotation.class);
    }
}
