package org.herald.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ParsingSystem;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.herald.nlp.text.Dependency;

/**
 * CoreNLP's neural dependency parser ({@code nndep}, english_UD) with a faster forward pass: the same model,
 * features, transition system and greedy choice as {@link DependencyParser#predict(CoreMap)}, and so the same
 * trees, at about 0.4 of its CPU time (issue 10). Three things change: the network runs in {@link TransitionScorer}
 * (same sums, arranged so that the CPU need not wait on each addition); each thread has its own scorer and cache,
 * where CoreNLP's threads share one synchronized cache; and the network does not run where only one transition is
 * possible (a stack of ROOT and at most one word: shift, or the final root arc). Thread-safe.
 */
final class TransitionParser {
    private final DependencyParser parser;
    private final ParsingSystem system;
    private final List<String> transitions;
    private final MethodHandle featureArray = privateMethod("getFeatureArray", Configuration.class);
    private final MethodHandle grammaticalRelation = privateMethod("makeGrammaticalRelation", String.class);
    private final MethodHandle grammaticalStructure = privateMethod("makeGrammaticalStructure", List.class,
            TreeGraphNode.class);
    private final TransitionScorer.Weights weights;
    private final ThreadLocal<TransitionScorer> scorers;

    @SuppressWarnings("unchecked")
    TransitionParser(DependencyParser parser) {
        this.parser = parser;
        this.system = (ParsingSystem) PrivateFields.read(parser, DependencyParser.class, "system");
        this.transitions = List.copyOf((List<String>) PrivateFields.read(system, ParsingSystem.class, "transitions"));
        this.weights = new TransitionScorer.Weights(
                (Classifier) PrivateFields.read(parser, DependencyParser.class, "classifier"));
        this.scorers = ThreadLocal.withInitial(() -> new TransitionScorer(weights));
    }

    /** The basic dependency tree of one tokenized, tagged sentence; the root hangs from governor -1. */
    List<Dependency> parse(CoreMap sentence) {
        int size = sentence.get(CoreAnnotations.TokensAnnotation.class).size();
        List<Dependency> deps = new ArrayList<>(size);
        if (size == 0) return deps;
        TransitionScorer scorer = scorers.get();
        Configuration c = system.initialConfiguration(sentence);
        while (!(c.getStackSize() == 1 && c.getBufferSize() == 0)) {
            // As CoreNLP does: an interrupted thread stops between transitions.
            if (Thread.interrupted()) throw new RuntimeInterruptedException();
            String next = c.getStackSize() <= 2 ? onlyPossible(c) : null;
            if (next == null) next = best(c, scorer.scores(features(c)));
            system.apply(c, next);
        }
        for (TypedDependency td : structure(sentence, c).typedDependencies()) {
            deps.add(new Dependency(td.gov().index() - 1, td.reln().toString(), td.dep().index() - 1));
        }
        return deps;
    }

    /**
     * The one transition the system allows, or null when there are several. With ROOT and at most one word on
     * the stack, arc-standard allows a shift or, with the buffer empty, the root arc: the network's choice among
     * one is that one.
     */
    private String onlyPossible(Configuration c) {
        String only = null;
        for (String t : transitions) {
            if (system.canApply(c, t)) {
                if (only != null) return null;
                only = t;
            }
        }
        return only;
    }

    /** CoreNLP's greedy choice: the first highest-scoring transition the system allows. */
    private String best(Configuration c, double[] scores) {
        double bestScore = Double.NEGATIVE_INFINITY;
        String best = null;
        for (int t = 0; t < transitions.size(); t++) {
            if (scores[t] > bestScore && system.canApply(c, transitions.get(t))) {
                bestScore = scores[t];
                best = transitions.get(t);
            }
        }
        return best;
    }

    private int[] features(Configuration c) {
        try {
            return (int[]) featureArray.invokeExact(parser, c);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The finished configuration as CoreNLP's {@code predict} turns it into a grammatical structure, step for step:
     * the structure's constructor corrects relations ({@code nsubj} under a passive auxiliary becomes
     * {@code nsubj:pass}), so reading the configuration's labels alone would not give CoreNLP's tree.
     */
    private GrammaticalStructure structure(CoreMap sentence, Configuration c) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        IndexedWord root = new IndexedWord(new Word("ROOT"));
        root.set(CoreAnnotations.IndexAnnotation.class, 0);
        List<TypedDependency> deps = new ArrayList<>(tokens.size());
        for (int k = 1; k <= tokens.size(); k++) {
            int head = c.getHead(k);
            IndexedWord dependent = new IndexedWord(tokens.get(k - 1));
            IndexedWord governor = head == 0 ? root : new IndexedWord(tokens.get(head - 1));
            GrammaticalRelation relation = head == 0 ? GrammaticalRelation.ROOT : relation(c.getLabel(k));
            deps.add(new TypedDependency(relation, governor, dependent));
        }
        try {
            return (GrammaticalStructure) grammaticalStructure.invokeExact(parser, deps, new TreeGraphNode(root));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private GrammaticalRelation relation(String label) {
        try {
            return (GrammaticalRelation) grammaticalRelation.invokeExact(parser, label);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** CoreNLP's own private steps (4.5.x), so that features and relations cannot drift from its. */
    private static MethodHandle privateMethod(String name, Class<?>... parameters) {
        try {
            Method m = DependencyParser.class.getDeclaredMethod(name, parameters);
            m.setAccessible(true);
            return MethodHandles.lookup().unreflect(m);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("CoreNLP's DependencyParser." + name + " is not where 4.5 keeps it", e);
        }
    }
}
