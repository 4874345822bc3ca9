package org.herald.nlp.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.herald.nlp.text.Dependency;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: our forward pass over nndep's model gives CoreNLP's own trees, sentence for sentence. This module's tests
 * run with the Vector API, so on a CPU with 512-bit vectors this tests {@link VectorOutputLayer}, else the scalar
 * output layer ({@code TransitionScorerTest} tests both on a small network).
 */
class TransitionParserIT {
    // Written for this test: short and long, questions, lists, quotes, parentheses, numbers, fragments.
    private static final String WRITTEN = String.join("\n\n",
            "Yes.",
            "Stop!",
            "\"No,\" she said.",
            "The minister resigned on Tuesday.",
            "Rebels attacked a convoy near the border, killing three soldiers and wounding at least 12 others.",
            "Did the committee approve the budget, or did it send the bill back to the floor?",
            "The talks, which began in Geneva last month, collapsed after Moscow rejected a ceasefire proposal "
                    + "that Kyiv and its Western allies had drafted.",
            "\"We will not accept ultimatums from anyone,\" Foreign Minister Anna Berg told reporters in Oslo, "
                    + "adding that the government would \"review every option\" before the summit.",
            "Police arrested 41 people (including two journalists) during Sunday's protest in the capital.",
            "Prices rose 3.2% in March, up from 2.9% in February, the statistics office said.",
            "According to officials, the ship was carrying wheat, maize, sunflower oil and fertiliser.",
            "He denied that he had ever met the businessman, whom prosecutors accuse of bribing three judges.",
            "Neither the army nor the militia has claimed responsibility for the blast.",
            "To be or not to be.",
            "In 2019, after a decade in opposition, the party won 52 of the 100 seats; its leader became prime "
                    + "minister a week later.",
            "The U.S.-brokered deal, signed by both sides on Jan. 5, expires on Friday unless it is extended.",
            "Why would anyone trust a government that has broken every promise it made?",
            "Firefighters battled the blaze for six hours.",
            "Troops, tanks and artillery were moved to the frontier overnight -- a move Beijing called provocative.",
            "Asked whether she would run again, the senator smiled and said: \"Maybe.\"");
    private static StanfordCoreNLP tagger;
    private static DependencyParser coreNlp;
    private static TransitionParser ours;

    @BeforeAll
    static void load() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        tagger = new StanfordCoreNLP(p);
        coreNlp = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL);
        ours = new TransitionParser(coreNlp);
    }

    private static List<CoreMap> sentences(String text) {
        Annotation doc = new Annotation(text);
        tagger.annotate(doc);
        return doc.get(CoreAnnotations.SentencesAnnotation.class);
    }

    /** CoreNLP's basic tree as CoreNlpParser read it before issue 10. */
    private static List<Dependency> coreNlpTree(CoreMap sentence) {
        List<Dependency> deps = new ArrayList<>();
        for (TypedDependency td : coreNlp.predict(sentence).typedDependencies()) {
            deps.add(new Dependency(td.gov().index() - 1, td.reln().toString(), td.dep().index() - 1));
        }
        return deps;
    }

    private static String sampleArticles() throws IOException {
        StringBuilder text = new StringBuilder();
        // Herald's own quote samples (see that folder's README), 12 wire-style articles.
        for (String name : List.of("border-mediation", "canal-talks", "coalition-extended", "confidence-vote",
                "emergency-lifted", "fishing-quotas", "heldout-budget", "heldout-drought-aid",
                "heldout-election-result", "heldout-protest", "heldout-summit", "railway-sale")) {
            try (InputStream in = TransitionParserIT.class.getResourceAsStream(
                    "/org/herald/nlp/quote/" + name + ".txt")) {
                text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append("\n\n");
            }
        }
        return text.toString();
    }

    @Test
    void writtenSentencesGetCoreNlpsTrees() {
        List<CoreMap> sentences = sentences(WRITTEN);
        assertTrue(sentences.size() >= 20, "sentences: " + sentences.size());
        for (CoreMap s : sentences) {
            assertEquals(coreNlpTree(s), ours.parse(s), s.toString());
        }
    }

    @Test
    void sampleArticlesGetCoreNlpsTrees() throws IOException {
        List<CoreMap> sentences = sentences(sampleArticles());
        assertTrue(sentences.size() >= 100, "sentences: " + sentences.size());
        int relations = 0;
        for (CoreMap s : sentences) {
            List<Dependency> expected = coreNlpTree(s);
            assertEquals(expected, ours.parse(s), s.toString());
            relations += expected.size();
        }
        assertTrue(relations > 2000, "relations compared: " + relations);
    }

    @Test
    void threadsSharingTheParserGetTheSameTrees() throws Exception {
        List<CoreMap> sentences = sentences(sampleArticles());
        List<List<Dependency>> expected = new ArrayList<>();
        for (CoreMap s : sentences) expected.add(coreNlpTree(s));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<List<Dependency>>>> runs = new ArrayList<>();
            for (int run = 0; run < 2; run++) {
                runs.add(pool.submit(() -> {
                    List<List<Dependency>> trees = new ArrayList<>();
                    for (CoreMap s : sentences) trees.add(ours.parse(s));
                    return trees;
                }));
            }
            for (Future<List<List<Dependency>>> run : runs) assertEquals(expected, run.get());
        } finally {
            pool.shutdown();
        }
    }
}
