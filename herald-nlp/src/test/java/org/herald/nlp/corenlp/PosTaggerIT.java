package org.herald.nlp.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DefaultPaths;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 10: our scoring over CoreNLP's tagger model gives CoreNLP's own tags, token for token. */
class PosTaggerIT {
    // Written for this test: unknown and capitalised words, numbers, hyphens, quotes, British spellings (the
    // model's word function Americanizes them), a sentence-initial unknown word, runs of unknown words.
    private static final String WRITTEN = String.join("\n\n",
            "Yes.",
            "Stop!",
            "\"No,\" she said.",
            "Zorbulak denied everything.",
            "Kwame Nkrumah-Addo and Ludmila Szczepańska-Ojeda met Dr. Xiong in Ouagadougou on 3 Feb. 2024.",
            "The organisation's colour-coded programme was criticised by the Labour MP for Hartlepool.",
            "Shares of Flibbertronics Inc. fell 12.5% to $3.07 after the NASDAQ-listed firm's Q3 filing.",
            "Did the committee approve the budget, or did it send the bill back to the floor?",
            "They'd've gone if he hadn't been so -- well -- intransigent, y'know?",
            "Rebels attacked a convoy near the border, killing three soldiers and wounding at least 12 others.",
            "BREAKING: PM RESIGNS AFTER NO-CONFIDENCE VOTE",
            "e-mail @heraldnews or visit https://example.org/2024/05/talks for the 24/7 live blog.",
            "The U.S.-brokered deal, signed by both sides on Jan. 5, expires on Friday unless it is extended.",
            "Asked whether she would run again, the senator smiled and said: \"Maybe.\"",
            "To be or not to be.",
            "Glorptastic wibblefrond snarkuplex quizzleborf trundlewhip.",
            "1,200 people (including 41 children) were evacuated from Kharkiv, Sumy and Chernihiv oblasts.",
            "Her reply — short, sharp and unprintable — ended the interview.",
            "In 2019, after a decade in opposition, the party won 52 of the 100 seats.",
            "Why would anyone trust a government that has broken every promise it made?");

    private static StanfordCoreNLP coreNlp;
    private static PosTagger ours;

    @BeforeAll
    static void load() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        coreNlp = new StanfordCoreNLP(p);
        ours = new PosTagger(new MaxentTagger(DefaultPaths.DEFAULT_POS_MODEL));
    }

    /** Sentences tagged by CoreNLP's own pos annotator. */
    private static List<CoreMap> sentences(String text) {
        Annotation doc = new Annotation(text);
        coreNlp.annotate(doc);
        return doc.get(CoreAnnotations.SentencesAnnotation.class);
    }

    private static List<String> coreNlpTags(CoreMap sentence) {
        List<String> tags = new ArrayList<>();
        for (CoreLabel token : sentence.get(CoreAnnotations.TokensAnnotation.class)) tags.add(token.tag());
        return tags;
    }

    private static List<String> ourTags(CoreMap sentence) {
        List<String> tags = new ArrayList<>();
        for (TaggedWord w : ours.tag(sentence.get(CoreAnnotations.TokensAnnotation.class))) tags.add(w.tag());
        return tags;
    }

    /** Every sentence's tags equal CoreNLP's; returns the number of tokens compared. */
    private static int assertSameTags(List<CoreMap> sentences) {
        int tokens = 0;
        for (CoreMap s : sentences) {
            List<String> expected = coreNlpTags(s);
            assertEquals(expected, ourTags(s), s.toString());
            tokens += expected.size();
        }
        return tokens;
    }

    static String sampleArticles() throws IOException {
        StringBuilder text = new StringBuilder();
        // Herald's own quote samples (see that folder's README), 12 wire-style articles.
        for (String name : List.of("border-mediation", "canal-talks", "coalition-extended", "confidence-vote",
                "emergency-lifted", "fishing-quotas", "heldout-budget", "heldout-drought-aid",
                "heldout-election-result", "heldout-protest", "heldout-summit", "railway-sale")) {
            try (InputStream in = PosTaggerIT.class.getResourceAsStream("/org/herald/nlp/quote/" + name + ".txt")) {
                text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append("\n\n");
            }
        }
        return text.toString();
    }

    @Test
    void writtenSentencesGetCoreNlpsTags() {
        List<CoreMap> sentences = sentences(WRITTEN);
        assertTrue(sentences.size() >= 20, "sentences: " + sentences.size());
        int tokens = assertSameTags(sentences);
        assertTrue(tokens > 250, "tokens compared: " + tokens);
    }

    @Test
    void sampleArticlesGetCoreNlpsTags() throws IOException {
        List<CoreMap> sentences = sentences(sampleArticles());
        assertTrue(sentences.size() >= 100, "sentences: " + sentences.size());
        assertTrue(assertSameTags(sentences) > 2000);
    }

    /**
     * PolNeAR's dev articles (84 political news articles, ~70,000 tokens), read from the shared evaluation folder
     * when it is beside the checkout (as herald-eval's suites find it); skipped where it is not.
     */
    @Test
    void polnearDevArticlesGetCoreNlpsTags() throws IOException {
        Optional<Path> texts = sharedFolder("quotes/polnear/dev/text");
        assumeTrue(texts.isPresent(), "shared/eval/quotes/polnear/dev/text not found; set HERALD_EVAL_DIR");
        List<Path> files;
        try (Stream<Path> list = Files.list(texts.get())) {
            files = list.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        assertEquals(84, files.size(), "the dev split should hold 84 articles");
        int tokens = 0;
        for (Path f : files) tokens += assertSameTags(sentences(Files.readString(f)));
        assertTrue(tokens > 50_000, "tokens compared: " + tokens);
    }

    @Test
    void threadsSharingTheTaggerGetTheSameTags() throws Exception {
        List<CoreMap> sentences = sentences(sampleArticles());
        List<List<String>> expected = new ArrayList<>();
        for (CoreMap s : sentences) expected.add(coreNlpTags(s));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<List<String>>>> runs = new ArrayList<>();
            for (int run = 0; run < 2; run++) {
                runs.add(pool.submit(() -> {
                    List<List<String>> tags = new ArrayList<>();
                    // Twice over: the second pass reads the word cache the first filled.
                    for (int pass = 0; pass < 2; pass++) {
                        tags.clear();
                        for (CoreMap s : sentences) tags.add(ourTags(s));
                    }
                    return tags;
                }));
            }
            for (Future<List<List<String>>> run : runs) assertEquals(expected, run.get());
        } finally {
            pool.shutdown();
        }
    }

    /** {@code $HERALD_EVAL_DIR/relative}, else {@code shared/eval/relative} beside the working directory or a parent. */
    private static Optional<Path> sharedFolder(String relative) {
        String env = System.getenv("HERALD_EVAL_DIR");
        if (env != null && !env.isBlank()) {
            Path p = Path.of(env).resolve(relative);
            return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path p = dir.resolve("shared").resolve("eval").resolve(relative);
            if (Files.isDirectory(p)) return Optional.of(p);
        }
        return Optional.empty();
    }
}
