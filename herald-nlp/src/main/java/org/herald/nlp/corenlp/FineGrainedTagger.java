package org.herald.nlp.corenlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.herald.nlp.text.Token;

/**
 * Refines the 3-class NER (PERSON, ORGANIZATION, LOCATION) into COUNTRY, CITY, STATE_OR_PROVINCE, NATIONALITY
 * and TITLE with CoreNLP's own caseless gazetteer (models jar, {@value #GAZETTEER}), the way its fine-grained
 * step does, but by hash look-up instead of TokensRegexNER.
 *
 * <p>Why: measured on ~560-token news articles on a quiet 2-core machine, CoreNLP's fine-grained step
 * ({@code ner.applyFineGrained}, 580,000 TokensRegexNER entries) cost ~270 ms per article and ~4 s of load;
 * with the list cut to the 43,000 non-city entries it still cost ~90 ms (on a shared machine). This look-up
 * costs under a millisecond per article and ~1 s to load, in parallel with the models (see
 * {@link CoreNlpParser#defaultProperties()}).
 *
 * <p>What it does like CoreNLP: longest match first; case ignored; a match needs one noun or adjective
 * (POS {@code NN*}, {@code JJ*}); it relabels only tokens tagged O or one of the entry's overwritable types, and
 * never part of a longer entity. What it leaves out: the few regular-expression entries, and the
 * types Herald does not read (IDEOLOGY, RELIGION, CRIMINAL_CHARGE, CAUSE_OF_DEATH, URL, EMAIL, HANDLE).
 * Immutable after construction, so thread-safe.
 */
final class FineGrainedTagger {
    static final String GAZETTEER = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab";
    private static final Set<String> TYPES = Set.of("COUNTRY", "CITY", "STATE_OR_PROVINCE", "NATIONALITY", "TITLE");

    private record Entry(String type, Set<String> overwritable, int priority) {}

    private final Map<String, Entry> entries;
    /** For each first word, the most tokens an entry starting with it has: most words start no entry at all. */
    private final Map<String, Integer> maxTokensByFirstWord;

    private FineGrainedTagger(Map<String, Entry> entries, Map<String, Integer> maxTokensByFirstWord) {
        this.entries = entries;
        this.maxTokensByFirstWord = maxTokensByFirstWord;
    }

    /** Reads the gazetteer from the class path (the CoreNLP models jar); about 50 MB of heap. */
    static FineGrainedTagger load() {
        ClassLoader loader = FineGrainedTagger.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(GAZETTEER)) {
            if (in == null) {
                throw new IllegalStateException("CoreNLP models jar not on the class path: " + GAZETTEER + " missing");
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + GAZETTEER, e);
        }
    }

    /** Lines of {@code phrase TAB type TAB overwritable,types TAB priority}. */
    static FineGrainedTagger read(BufferedReader in) throws IOException {
        Map<String, Entry> entries = new HashMap<>(1 << 20);
        Map<String, Integer> maxTokens = new HashMap<>(1 << 19);
        String line;
        while ((line = in.readLine()) != null) {
            String[] f = line.split("\t");
            if (f.length < 2 || !TYPES.contains(f[1]) || isPattern(f[0])) {
                continue;
            }
            String phrase = f[0].toLowerCase(Locale.ROOT).strip();
            Set<String> overwritable = f.length > 2 && !f[2].isBlank() ? Set.of(f[2].split(",")) : Set.of();
            int priority = f.length > 3 ? parsePriority(f[3]) : 0;
            Entry old = entries.get(phrase);
            if (old == null || priority > old.priority()) {
                entries.put(phrase, new Entry(f[1], overwritable, priority));
            }
            String[] words = phrase.split(" ");
            maxTokens.merge(words[0], words.length, Math::max);
        }
        return new FineGrainedTagger(entries, maxTokens);
    }

    /** The sentence's tokens with refined NER tags; the input list is not changed. */
    List<Token> tag(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens);
        int i = 0;
        while (i < out.size()) {
            int matched = 0;
            int longest = maxTokensByFirstWord.getOrDefault(out.get(i).text().toLowerCase(Locale.ROOT), 0);
            for (int len = Math.min(longest, out.size() - i); len >= 1 && matched == 0; len--) {
                Entry e = entries.get(key(out, i, len));
                if (e != null && applies(out, i, len, e)) {
                    for (int k = i; k < i + len; k++) {
                        Token t = out.get(k);
                        out.set(k, new Token(t.index(), t.span(), t.text(), t.lemma(), t.pos(), e.type()));
                    }
                    matched = len;
                }
            }
            i += Math.max(1, matched);
        }
        return out;
    }

    private static String key(List<Token> tokens, int from, int len) {
        if (len == 1) {
            return tokens.get(from).text().toLowerCase(Locale.ROOT);
        }
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < from + len; k++) {
            if (k > from) sb.append(' ');
            sb.append(tokens.get(k).text().toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }

    private static boolean applies(List<Token> tokens, int from, int len, Entry e) {
        boolean noun = false;
        for (int k = from; k < from + len; k++) {
            Token t = tokens.get(k);
            if (!t.ner().equals("O") && !t.ner().equals(e.type()) && !e.overwritable().contains(t.ner())) {
                return false;
            }
            String pos = t.pos();
            noun |= pos.startsWith("NN") || pos.startsWith("JJ") || pos.startsWith("ADD");
        }
        // A place is written with a capital: "the alliance" is no CITY, though Alliance, Ohio is. Titles and
        // nationalities are matched in any case ("the president", "russian" in a lower-cased headline).
        if (isPlace(e.type()) && !Character.isUpperCase(tokens.get(from).text().codePointAt(0))) {
            return false;
        }
        // "New York Stock Exchange" is one ORGANIZATION: relabelling "New York" would cut it in half.
        String first = tokens.get(from).ner();
        String last = tokens.get(from + len - 1).ner();
        boolean cutsBefore = from > 0 && !first.equals("O") && tokens.get(from - 1).ner().equals(first);
        boolean cutsAfter = from + len < tokens.size() && !last.equals("O") && tokens.get(from + len).ner().equals(last);
        return noun && !cutsBefore && !cutsAfter;
    }

    private static boolean isPlace(String type) {
        return type.equals("CITY") || type.equals("COUNTRY") || type.equals("STATE_OR_PROVINCE");
    }

    /** Entries with regular-expression syntax need TokensRegexNER; plain phrases are nearly all of the list. */
    private static boolean isPattern(String phrase) {
        for (int i = 0; i < phrase.length(); i++) {
            if ("\\[]()?*+|{}^$".indexOf(phrase.charAt(i)) >= 0) return true;
        }
        return false;
    }

    private static int parsePriority(String s) {
        try {
            return (int) Double.parseDouble(s.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
