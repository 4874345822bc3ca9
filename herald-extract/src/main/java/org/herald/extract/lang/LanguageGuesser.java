package org.herald.extract.lang;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herald.model.lexicon.Lexicon;

/**
 * Guesses a page's language as an ISO 639-1 code. A declared language ({@code <html lang>}) is trusted unless the
 * text's script plainly contradicts it; otherwise the dominant script decides, and for Latin and Cyrillic text the
 * stopword profiles in {@code stopwords.tsv}. Thread-safe; build one and share it.
 */
public final class LanguageGuesser {
    /** Only the start of the text is read: enough letters to be sure, cheap on long pages. */
    static final int SAMPLE_CHARS = 5_000;
    /** Fewer letters than this cannot contradict a declaration or support a guess. */
    static final int MIN_LETTERS = 40;
    /** A script contradicts the declaration only when it holds at least this share of the letters. */
    static final double CONTRADICTING_SHARE = 0.6;
    /** Han text with at least this share of kana is Japanese; Chinese has none. */
    static final double JAPANESE_KANA_SHARE = 0.1;
    /** A stopword profile needs at least this many hits to be believed. */
    static final int MIN_STOPWORD_HITS = 3;

    private static final String BY_STOPWORDS = "stopwords";
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}'’-]+");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("([a-zA-Z]{2,3})(?:[-_].*)?");
    /** Deprecated codes still found in the wild, and the code that replaced them. */
    private static final Map<String, String> RENAMED = Map.of("iw", "he", "in", "id", "ji", "yi", "nb", "no", "nn", "no");

    private final Map<UnicodeScript, String> scriptLanguages = new EnumMap<>(UnicodeScript.class);
    private final Map<String, Set<UnicodeScript>> languageScripts = new HashMap<>();
    private final Map<String, Set<String>> stopwords = new LinkedHashMap<>();
    private final Map<String, UnicodeScript> stopwordScripts = new HashMap<>();

    public LanguageGuesser() {
        for (List<String> row : Lexicon.rows(LanguageGuesser.class, "scripts.tsv", 2, 3)) {
            scriptLanguages.put(UnicodeScript.valueOf(row.get(0)), row.get(1));
        }
        for (List<String> row : Lexicon.rows(LanguageGuesser.class, "languages.tsv", 2, 3)) {
            languageScripts.put(row.get(0), Set.copyOf(List.of(row.get(1).split(" ")).stream()
                    .map(UnicodeScript::valueOf).toList()));
        }
        for (List<String> row : Lexicon.rows(LanguageGuesser.class, "stopwords.tsv", 2, 2)) {
            Set<String> words = Set.of(row.get(1).split(" +"));
            stopwords.put(row.get(0), Set.copyOf(words));
            stopwordScripts.put(row.get(0), UnicodeScript.of(row.get(1).codePointAt(0)));
        }
    }

    /**
     * The language of {@code bodyText}, given what the page declared (any BCP 47 tag, e.g. {@code en-US});
     * empty when the page declares nothing and the text is too short or too unusual to tell.
     */
    public Optional<String> guess(String bodyText, Optional<String> declared) {
        Optional<String> normalised = declared.flatMap(LanguageGuesser::normalise);
        String sample = bodyText == null ? "" : bodyText.substring(0, Math.min(bodyText.length(), SAMPLE_CHARS));
        Map<UnicodeScript, Integer> counts = scriptCounts(sample);
        int letters = counts.values().stream().mapToInt(Integer::intValue).sum();
        if (letters < MIN_LETTERS) {
            return normalised;
        }
        UnicodeScript dominant = dominant(counts);
        if (normalised.isPresent()) {
            Set<UnicodeScript> expected = languageScripts.get(normalised.get());
            boolean contradicted = expected != null && !expected.contains(dominant)
                    && weight(counts, dominant) >= CONTRADICTING_SHARE * letters;
            if (!contradicted) {
                return normalised;
            }
        }
        return byScript(sample, dominant, counts);
    }

    /** {@code en-US} → {@code en}, {@code zh_TW} → {@code zh}, {@code iw} → {@code he}; empty for junk. */
    public static Optional<String> normalise(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        Matcher m = LANGUAGE_TAG.matcher(tag.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String primary = m.group(1).toLowerCase(Locale.ROOT);
        return Optional.of(RENAMED.getOrDefault(primary, primary));
    }

    private Optional<String> byScript(String sample, UnicodeScript dominant, Map<UnicodeScript, Integer> counts) {
        if (dominant == UnicodeScript.HAN || dominant == UnicodeScript.HIRAGANA || dominant == UnicodeScript.KATAKANA) {
            int kana = counts.getOrDefault(UnicodeScript.HIRAGANA, 0) + counts.getOrDefault(UnicodeScript.KATAKANA, 0);
            int han = counts.getOrDefault(UnicodeScript.HAN, 0);
            return Optional.of(kana >= JAPANESE_KANA_SHARE * (han + kana) ? "ja" : "zh");
        }
        String language = scriptLanguages.get(dominant);
        if (BY_STOPWORDS.equals(language)) {
            return byStopwords(sample, dominant);
        }
        return Optional.ofNullable(language);
    }

    private Optional<String> byStopwords(String sample, UnicodeScript script) {
        Map<String, Integer> hits = new HashMap<>();
        Matcher words = WORD.matcher(sample.toLowerCase(Locale.ROOT));
        while (words.find()) {
            String word = words.group();
            for (Map.Entry<String, Set<String>> profile : stopwords.entrySet()) {
                if (stopwordScripts.get(profile.getKey()) == script && profile.getValue().contains(word)) {
                    hits.merge(profile.getKey(), 1, Integer::sum);
                }
            }
        }
        String best = null;
        int bestHits = MIN_STOPWORD_HITS - 1;
        // Table order breaks ties, so the result does not depend on hash order.
        for (String language : stopwords.keySet()) {
            int h = hits.getOrDefault(language, 0);
            if (h > bestHits) {
                best = language;
                bestHits = h;
            }
        }
        return Optional.ofNullable(best);
    }

    private static Map<UnicodeScript, Integer> scriptCounts(String sample) {
        Map<UnicodeScript, Integer> counts = new EnumMap<>(UnicodeScript.class);
        sample.codePoints().filter(Character::isLetter)
                .forEach(cp -> counts.merge(UnicodeScript.of(cp), 1, Integer::sum));
        return counts;
    }

    /** Letters in a script; kana count towards Han, since Japanese text is one writing system of the three. */
    private static int weight(Map<UnicodeScript, Integer> counts, UnicodeScript script) {
        int japanese = counts.getOrDefault(UnicodeScript.HIRAGANA, 0) + counts.getOrDefault(UnicodeScript.KATAKANA, 0);
        return counts.getOrDefault(script, 0) + (script == UnicodeScript.HAN ? japanese : 0);
    }

    private static UnicodeScript dominant(Map<UnicodeScript, Integer> counts) {
        UnicodeScript best = UnicodeScript.COMMON;
        int bestCount = -1;
        for (UnicodeScript script : counts.keySet()) {
            int count = weight(counts, script);
            if (count > bestCount) {
                best = script;
                bestCount = count;
            }
        }
        return best;
    }
}
