package org.herald.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.herald.model.Span;
import org.herald.nlp.text.Dependency;
import org.herald.nlp.text.ParsedText;
import org.herald.nlp.text.Sentence;
import org.herald.nlp.text.TextParser;
import org.herald.nlp.text.Token;

/** {@link TextParser} on Stanford CoreNLP: tokenize, ssplit, pos, lemma, ner, depparse. Thread-safe. */
public final class CoreNlpParser implements TextParser {
    private final StanfordCoreNLP pipeline;

    public CoreNlpParser(Properties properties) {
        this.pipeline = new StanfordCoreNLP(properties);
    }

    /** The configuration Herald runs with. */
    public static Properties defaultProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
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

    private static Sentence sentence(int index, CoreMap s) {
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
        int start = tokens.isEmpty() ? 0 : tokens.get(0).span().start();
        int end = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).span().end();
        return new Sentence(index, new Span(start, end), tokens, deps);
    }
}
