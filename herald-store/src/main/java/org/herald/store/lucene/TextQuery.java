package org.herald.store.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Builds queries from what users type: plain words and "quoted phrases", nothing else. The text goes through the
 * field's analyzer and never through a query parser, so {@code AND}, {@code *:*}, a backslash or an unbalanced
 * quote are just characters, and no input can raise a parse error.
 */
final class TextQuery {
    /**
     * Words and phrases beyond this are ignored: Lucene refuses queries of more than 1024 clauses, and a search
     * box that is sent a whole article should still answer.
     */
    static final int MAX_PARTS = 32;

    private final Analyzer analyzer;
    private final QueryBuilder builder;

    TextQuery(Analyzer analyzer) {
        this.analyzer = analyzer;
        this.builder = new QueryBuilder(analyzer);
    }

    /**
     * Every word and phrase must match in at least one of the fields (weighted by the boosts). Empty when the
     * text has nothing searchable (only stop words or punctuation).
     */
    Optional<Query> allParts(String text, Map<String, Float> fieldBoosts) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int clauses = 0;
        for (String part : parts(text)) {
            BooleanQuery.Builder anyField = new BooleanQuery.Builder();
            int fields = 0;
            for (Map.Entry<String, Float> field : fieldBoosts.entrySet()) {
                Query q = builder.createPhraseQuery(field.getKey(), part);
                if (q == null) continue; // the part was only stop words or punctuation
                anyField.add(field.getValue() == 1f ? q : new BoostQuery(q, field.getValue()), Occur.SHOULD);
                fields++;
            }
            if (fields == 0) continue;
            all.add(anyField.build(), Occur.MUST);
            if (++clauses == MAX_PARTS) break;
        }
        return clauses == 0 ? Optional.empty() : Optional.of(all.build());
    }

    /**
     * Every analysed word of the text as a term of the field; with {@code prefixLast}, the last word also matches
     * longer words ("lavr" → "lavrov"), for search-as-you-type. Empty when the text has no word.
     */
    Optional<Query> allWords(String field, String text, boolean prefixLast) {
        List<String> words = tokens(field, text);
        if (words.isEmpty()) return Optional.empty();
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (int i = 0; i < words.size(); i++) {
            Term term = new Term(field, words.get(i));
            boolean last = i == words.size() - 1;
            all.add(prefixLast && last ? new PrefixQuery(term) : new TermQuery(term), Occur.MUST);
        }
        return Optional.of(all.build());
    }

    private List<String> tokens(String field, String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken() && words.size() < MAX_PARTS) {
                words.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
        return words;
    }

    /**
     * Splits user text into words and quoted phrases. A quote left open is ignored rather than swallowing the
     * rest of the text: {@code "unbalanced words} searches for the two words.
     */
    static List<String> parts(String text) {
        List<String> parts = new ArrayList<>();
        int open = -1;
        int wordStart = -1;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            boolean quote = c == '"' || c == '\u201C' || c == '\u201D';
            if (open >= 0) {
                if (quote || i == text.length()) {
                    if (quote) parts.add(text.substring(open, i));
                    else words(text.substring(open), parts); // unbalanced: the words after the quote
                    open = -1;
                }
                continue;
            }
            if (quote || Character.isWhitespace(c)) {
                if (wordStart >= 0) parts.add(text.substring(wordStart, i));
                wordStart = -1;
                if (quote && i < text.length()) open = i + 1;
            } else if (wordStart < 0) {
                wordStart = i;
            }
        }
        parts.removeIf(String::isBlank);
        return parts;
    }

    private static void words(String text, List<String> into) {
        for (String w : text.strip().split("\\s+")) into.add(w);
    }
}
