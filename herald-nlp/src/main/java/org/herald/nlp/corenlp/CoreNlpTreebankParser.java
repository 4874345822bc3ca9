package org.herald.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.trees.TreeCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Penn Treebank constituency parses from CoreNLP's English PCFG ({@code englishPCFG.ser.gz}, the only constituency
 * model in the 4.5.10 models jar), one bracketed string per sentence: {@code (ROOT (S (NP (NNP Arnor)) (VP ...)))}.
 * Herald's own pipeline does not use it (dependencies are cheaper and enough there); it exists for coders written
 * against Penn trees, such as the PETRARCH-style coder on the TABARI validation records. Loading takes a few
 * seconds; thread-safe once built.
 */
public final class CoreNlpTreebankParser {
    /**
     * Longer sentences are not parsed: the PCFG's time grows with the cube of the length, and the TABARI suite's
     * long FBIS paragraphs would take minutes. A skipped sentence gives CoreNLP's flat {@code (X ...)} tree, in
     * which a coder finds no verb.
     */
    static final int MAX_WORDS = 80;

    private final StanfordCoreNLP pipeline;

    private CoreNlpTreebankParser(StanfordCoreNLP pipeline) {
        this.pipeline = pipeline;
    }

    /** Loads the tagger and the PCFG. */
    public static CoreNlpTreebankParser load() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,parse");
        p.setProperty("parse.model", "edu/stanford/nlp/models/lexparser/englishPCFG.ser.gz");
        p.setProperty("parse.maxlen", Integer.toString(MAX_WORDS));
        // The Penn tree is all we read; the annotator would otherwise also derive dependency graphs from it.
        p.setProperty("parse.buildgraphs", "false");
        return new CoreNlpTreebankParser(new StanfordCoreNLP(p));
    }

    /** One single-line bracketed parse per sentence of {@code text}, in order; empty text gives none. */
    public List<String> parse(String text) {
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        List<String> parses = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            Tree tree = s.get(TreeCoreAnnotations.TreeAnnotation.class);
            if (tree != null) {
                parses.add(tree.toString());
            }
        }
        return parses;
    }
}
