package org.herald.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.herald.model.Span;
import org.herald.nlp.text.Dependency;
import org.herald.nlp.text.ParsedText;
import org.herald.nlp.text.Sentence;
import org.herald.nlp.text.TextParser;
import org.herald.nlp.text.Token;

/**
 * {@link TextParser} on Stanford CoreNLP: tokenize, ssplit, pos, lemma, ner, depparse, plus Herald's
 * {@link FineGrainedTagger} for COUNTRY, CITY, NATIONALITY, TITLE … Thread-safe: one instance serves all threads.
 */
public final class CoreNlpParser implements TextParser {
    /** System property: run CoreNLP's own tagger instead of {@link PosTagger} (for measurements). */
    static final String CORENLP_TAGGER = "herald.corenlpTagger";
    private final AnnotationPipeline pipeline;
    private final Optional<FineGrainedTagger> fineGrained;
    private final Optional<TransitionParser> dependencies;

    /**
     * A parser with exactly these CoreNLP properties and nothing of our own: dependencies come from the
     * {@code depparse} annotator when the properties name it.
     */
    public CoreNlpParser(Properties properties) {
        this.pipeline = new StanfordCoreNLP(properties);
        this.fineGrained = Optional.empty();
        this.dependencies = Optional.empty();
    }

    private CoreNlpParser(AnnotationPipeline pipeline, FineGrainedTagger fineGrained,
            TransitionParser dependencies) {
        this.pipeline = pipeline;
        this.fineGrained = Optional.of(fineGrained);
        this.dependencies = Optional.of(dependencies);
    }

    /**
     * The parser Herald runs with: {@link #defaultProperties()}, with {@link PosTagger} for CoreNLP's {@code pos}
     * and {@link TransitionParser} for its dependency parser (same models, same output, less CPU), and the
     * fine-grained tagger, all loaded in parallel (the gazetteer takes ~1 s beside the models' several).
     */
    public static CoreNlpParser defaults() {
        CompletableFuture<FineGrainedTagger> tagger = loadInBackground("gazetteer", FineGrainedTagger::load);
        CompletableFuture<TransitionParser> parser = loadInBackground("dependency-model",
                () -> new TransitionParser(DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL)));
        if (Boolean.getBoolean(CORENLP_TAGGER)) return withCoreNlpTagger(tagger, parser);
        CompletableFuture<PosTagger> pos = loadInBackground("pos-model", PosTagger::loadDefault);
        // CoreNLP's annotators around the tagger: the same annotators and properties as defaultProperties(), with
        // PosTagger (CoreNLP's model and search, our scoring: the same tags) in the place of "pos".
        StanfordCoreNLP splitter = new StanfordCoreNLP(withAnnotators("tokenize,ssplit"));
        StanfordCoreNLP lemmasAndNames = new StanfordCoreNLP(withAnnotators("lemma,ner"), false);
        try {
            AnnotationPipeline pipeline = new AnnotationPipeline();
            pipeline.addAnnotator(splitter);
            pipeline.addAnnotator(pos.join());
            pipeline.addAnnotator(lemmasAndNames);
            return new CoreNlpParser(pipeline, tagger.join(), parser.join());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /**
     * {@link #defaults()} with CoreNLP's own {@code pos} annotator, for measuring {@link PosTagger} against it in
     * one build ({@code HERALD_JAVA_OPTS=-Dherald.corenlpTagger=true ./herald bench analyze}); the tags are the
     * same either way.
     */
    private static CoreNlpParser withCoreNlpTagger(CompletableFuture<FineGrainedTagger> tagger,
            CompletableFuture<TransitionParser> parser) {
        StanfordCoreNLP pipeline = new StanfordCoreNLP(defaultProperties());
        try {
            return new CoreNlpParser(pipeline, tagger.join(), parser.join());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private static Properties withAnnotators(String annotators) {
        Properties p = defaultProperties();
        p.setProperty("annotators", annotators);
        return p;
    }

    /** Loads on a thread of its own: the loads overlap, and model loading is mostly single-threaded. */
    private static <T> CompletableFuture<T> loadInBackground(String what, Supplier<T> load) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread loader = new Thread(() -> {
            try {
                result.complete(load.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }, "herald-load-" + what);
        loader.setDaemon(true);
        loader.start();
        return result;
    }

    /**
     * The CoreNLP configuration Herald runs with (used by {@link #defaults()}, which adds the fine-grained
     * tagger and the dependency parser). Measured on this project's 2-core build machine on three ~560-token
     * wire articles (herald-cli's bench samples) after warm-up, per article, quiet machine (load average &lt; 3);
     * in brackets the same while the machine was shared (load average 6-12), which only scales the numbers:
     * <pre>
     * step                                     ms/article        load    notes
     * tokenize,ssplit                           2.5  (6-20)      0.1 s   not worth tuning at this cost
     * pos (english-left3words-distsim)           24  (53-350)    0.7 s   the fast tagger
     *   the same through PosTagger (#10)          6    -       0.7 s   ← chosen: same model, same tags; CPU per
     *                                                                      564 tokens, CoreNLP's 12 warm in the same
     *                                                                      run (load ~1), 9x less allocation; its
     *                                                                      table at load not timed apart
     * lemma                                       2  (3-16)      0.0 s
     * ner as CoreNLP ships it: 3 CRF models +   ~290  (~720)     7.4 s   heap 844 MB; SUTime and numeric off
     *   fine-grained TokensRegexNER over 580,000 gazetteer entries
     *   ner.combinationMode=HIGH_RECALL          -    (~1070)    37 s    (shared)
     *   only english.all.3class.distsim        ~275  (~1150)     4.8 s   the fine-grained step is the cost
     *   3class, ner.buildEntityMentions=false    -    (~1090)    20 s    (shared) mentions cost nothing
     *   3class, gazetteer cut to the 43,000      -    (~215)     13 s    (shared) still ~90 ms over no list
     *     non-city entries
     *   3class, ner.applyFineGrained=false     3-20  (37-160)   0.9 s   ← chosen
     * FineGrainedTagger: same gazetteer,        0.8  (1-9)      1.1 s   ← chosen: COUNTRY, CITY, NATIONALITY,
     *   hash look-up                                                       TITLE, STATE_OR_PROVINCE kept
     * depparse annotator                       ~115  (~690)     1.7 s   also builds enhanced/enhanced++ graphs
     * nndep english_UD, basic tree only         105  (146-540)  1.7 s   68% of parsing, its output layer is the
     *                                                                      hot spot (profiled)
     * the same through TransitionParser (#10)     -   (27-42)  +0.8 s   ← chosen: same model, same trees; CPU
     *                                                                      time per 564 tokens, CoreNLP's predict
     *                                                                      82-96 in the same runs; load +0.8-1.4 s
     *                                                                      at load 12 (the model itself: 32 s)
     * chosen total before #10, `bench analyze`  129  (204-418)  4.0 s   live heap 661 MB; 7.3 articles/s on one
     *                                                          (6.9-16)  thread, 15.3 on two
     * </pre>
     * The three loads run in parallel. SUTime is off because Herald resolves dates itself (org.herald.nlp.time);
     * the numeric classifiers are off because nothing reads MONEY/PERCENT/NUMBER. {@code threads} and
     * {@code *.nthreads} stay at 1: Herald runs one document per core, which uses the cores without splitting a
     * document. Sentence length is bounded by {@code Analyzer}'s chunking (20,000 characters), so no
     * {@code maxlen} has to drop tags.
     */
    public static Properties defaultProperties() {
        Properties p = new Properties();
        // Dependencies are not the depparse annotator: defaults() runs the same neural parser (english_UD) through
        // TransitionParser and keeps only its basic tree, skipping the enhanced and enhanced++ graphs the
        // annotator always builds.
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        // A blank line ends a sentence: paragraphs are separated by one, and no sentence runs across two.
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        return p;
    }

    @Override
    public ParsedText parse(String text) {
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        List<Sentence> sentences = new ArrayList<>();
        List<CoreMap> coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        for (CoreMap s : coreSentences) {
            sentences.add(sentence(sentences.size(), s));
        }
        return new ParsedText(text, sentences);
    }

    private Sentence sentence(int index, CoreMap s) {
        List<Token> tokens = new ArrayList<>();
        for (CoreLabel label : s.get(CoreAnnotations.TokensAnnotation.class)) {
            String ner = label.ner();
            tokens.add(new Token(tokens.size(),
                    new Span(label.beginPosition(), label.endPosition()),
                    label.originalText(),
                    label.lemma() == null ? label.word() : label.lemma(),
                    label.tag() == null ? "" : label.tag(),
                    ner == null ? "O" : ner));
        }
        if (fineGrained.isPresent()) {
            tokens = fineGrained.get().tag(tokens);
        }
        List<Dependency> deps = dependencies.isPresent() ? parsed(s, tokens) : annotatedTree(s);
        int start = tokens.isEmpty() ? 0 : tokens.get(0).span().start();
        int end = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).span().end();
        return new Sentence(index, new Span(start, end), tokens, deps);
    }

    /** The tree of one sentence; after a dateline, the tree of the clause that follows it (see DatelinePrefix). */
    private List<Dependency> parsed(CoreMap s, List<Token> tokens) {
        int dateline = DatelinePrefix.length(tokens);
        if (dateline == 0) return dependencies.get().parse(s);
        List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
        List<CoreLabel> clause = new ArrayList<>(labels.size() - dateline);
        for (CoreLabel label : labels.subList(dateline, labels.size())) {
            CoreLabel copy = new CoreLabel(label);
            copy.setIndex(clause.size() + 1);
            clause.add(copy);
        }
        CoreMap alone = new ArrayCoreMap();
        alone.set(CoreAnnotations.TokensAnnotation.class, clause);
        return DatelinePrefix.attach(dateline, dependencies.get().parse(alone));
    }

    /** The depparse annotator's basic dependencies, when the properties ran it. */
    private static List<Dependency> annotatedTree(CoreMap s) {
        List<Dependency> deps = new ArrayList<>();
        // Basic dependencies form a tree, which is what clause rules walk.
        SemanticGraph graph = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        if (graph != null) {
            for (IndexedWord root : graph.getRoots()) {
                deps.add(new Dependency(-1, "root", root.index() - 1));
            }
            for (SemanticGraphEdge edge : graph.edgeIterable()) {
                deps.add(new Dependency(edge.getGovernor().index() - 1, edge.getRelation().toString(),
                        edge.getDependent().index() - 1));
            }
        }
        return deps;
    }
}
