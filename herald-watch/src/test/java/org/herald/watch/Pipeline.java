package org.herald.watch;

import java.util.ArrayList;
import java.util.List;
import org.herald.extract.ArticleExtractor;
import org.herald.extract.ExtractSettings;
import org.herald.model.Span;
import org.herald.nlp.AnalyzeSettings;
import org.herald.nlp.Analyzer;
import org.herald.nlp.text.ParsedText;
import org.herald.nlp.text.Sentence;
import org.herald.nlp.text.TextParser;
import org.herald.nlp.text.Token;
import org.herald.pipeline.DocumentIntake;
import org.herald.pipeline.Ingestor;
import org.herald.pipeline.StoreIntake;
import org.herald.store.Store;

/**
 * The store's real ingestion path (extraction, analysis, store) with a word-splitting parser in place of CoreNLP:
 * these tests are about fetching and remembering, and the language models would cost seconds and a gigabyte.
 * The CLI test of {@code watch} runs the real models.
 */
final class Pipeline {
    private Pipeline() {}

    static Ingestor ingestor(Store store) {
        Analyzer analyzer = new Analyzer(new WordsParser(), Analyzer.Stages.none(), AnalyzeSettings.defaults());
        return new Ingestor(new ArticleExtractor(ExtractSettings.defaults()), analyzer, store);
    }

    /** The intake of a watcher that owns the store's writer; closing it is left to whoever opened the store. */
    static DocumentIntake intake(Store store) {
        return new StoreIntake(ingestor(store), store, "test store");
    }

    /**
     * The whole text as one sentence, one token per run of non-space. A text that says "take your time" takes
     * ten seconds, or until interrupted: a page that analyses too slowly.
     */
    private static final class WordsParser implements TextParser {
        @Override
        public ParsedText parse(String text) {
            if (text.contains("take your time")) {
                try {
                    Thread.sleep(10_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
            }
            List<Token> tokens = new ArrayList<>();
            int i = 0;
            while (i < text.length()) {
                if (Character.isWhitespace(text.charAt(i))) {
                    i++;
                    continue;
                }
                int start = i;
                while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                String word = text.substring(start, i);
                tokens.add(new Token(tokens.size(), new Span(start, i), word, word, "NN", "O"));
            }
            if (tokens.isEmpty()) {
                return new ParsedText(text, List.of());
            }
            Span all = new Span(tokens.get(0).span().start(), tokens.get(tokens.size() - 1).span().end());
            return new ParsedText(text, List.of(new Sentence(0, all, tokens, List.of())));
        }
    }
}
