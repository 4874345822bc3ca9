package org.herald.extract.html;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Measures the general signals that tell an article body from the wrong block (#10): a site footer has short
 * lines with legal phrases and no sentences, a teaser list is links, a comment thread is many short paragraphs that
 * share no words with the headline, a carousel repeats its captions. Each signal is a number whose name is a row of
 * {@code body-confidence.tsv}; the model there turns them into a confidence.
 */
final class BodySignals {
    /** The signals in the order the weights file lists them, and the order they are reported in. */
    static final List<String> NAMES = List.of("words_log", "paragraphs_log", "mean_paragraph_words_log",
            "sentence_end_share", "short_line_share", "link_density", "legal_share", "duplicate_share",
            "title_overlap", "title_absent", "summary_overlap", "summary_absent", "hint_absent", "hint_recall", "hint_precision", "page_share",
            "relaxed_attempt");

    /**
     * The direction each signal may push the confidence, known before any fitting: more sentences, more of the
     * title's and description's words, longer paragraphs and more agreement with the page's own articleBody can only speak for the body;
     * links, legal lines, label-like lines and repeats only against it. 0: either way (length, a missing title).
     * Training keeps these signs (a weight of the wrong sign is fixed at 0), so a few dev pages cannot teach the
     * model that legal lines are good news.
     */
    static final Map<String, Integer> SIGNS = Map.ofEntries(Map.entry("words_log", 0), Map.entry("paragraphs_log", 0),
            Map.entry("mean_paragraph_words_log", 1), Map.entry("sentence_end_share", 1),
            Map.entry("short_line_share", -1), Map.entry("link_density", -1), Map.entry("legal_share", -1),
            Map.entry("duplicate_share", -1), Map.entry("title_overlap", 1), Map.entry("title_absent", 0),
            Map.entry("summary_overlap", 1), Map.entry("summary_absent", 0), Map.entry("hint_absent", 0),
            Map.entry("hint_recall", 1), Map.entry("hint_precision", 1), Map.entry("page_share", 0),
            Map.entry("relaxed_attempt", -1));

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?。！？…:\"”»)]\\s*$");
    /** A paragraph this short with no sentence end is a label or a link line ("Share", "Read more"). */
    private static final int SHORT_LINE_WORDS = 8;
    /** Repeated paragraphs shorter than this are list items or labels, not boilerplate blocks. */
    private static final int DUPLICATE_MIN_WORDS = 5;
    /** Title words shorter than this are function words in most of our languages. */
    private static final int TITLE_WORD_LENGTH = 4;
    /** A hint shorter than this many words is a description, not a body to compare with. */
    private static final int MIN_HINT_WORDS = 30;

    private final ContentHints hints;

    BodySignals(ContentHints hints) {
        this.hints = hints;
    }

    /**
     * The signals of a body.
     *
     * @param linkDensity share of the chosen blocks' text inside links
     * @param summary the page's description or dek: a real body retells it, a footer or a teaser list does not
     * @param hint the page's own statement of its body (JSON-LD or microdata {@code articleBody}), when given
     * @param pageTextLength length of the page's whole visible text, to see what share of it the body is
     * @param relaxed whether the body came from an attempt that ignored class names (the strict one found little)
     */
    Map<String, Double> measure(List<String> paragraphs, String title, Optional<String> summary, double linkDensity,
                                Optional<String> hint,
                                int pageTextLength, boolean relaxed) {
        Map<String, Double> s = new LinkedHashMap<>();
        int words = 0, sentenceEnds = 0, shortLines = 0, legal = 0, duplicates = 0, chars = 0;
        Set<String> seen = new HashSet<>();
        for (String p : paragraphs) {
            int w = wordCount(p);
            words += w;
            chars += p.length();
            boolean ends = SENTENCE_END.matcher(p).find();
            if (ends) sentenceEnds++;
            if (!ends && w < SHORT_LINE_WORDS) shortLines++;
            if (hints.hasLegalPhrase(p)) legal++;
            if (w >= DUPLICATE_MIN_WORDS && !seen.add(normal(p))) duplicates++;
        }
        int n = Math.max(1, paragraphs.size());
        s.put("words_log", Math.log1p(words));
        s.put("paragraphs_log", Math.log1p(paragraphs.size()));
        s.put("mean_paragraph_words_log", Math.log1p((double) words / n));
        s.put("sentence_end_share", (double) sentenceEnds / n);
        s.put("short_line_share", (double) shortLines / n);
        s.put("link_density", linkDensity);
        s.put("legal_share", (double) legal / n);
        s.put("duplicate_share", (double) duplicates / n);
        Set<String> bodyWords = words(String.join(" ", paragraphs));
        Set<String> titleWords = new HashSet<>();
        for (String t : words(title)) if (t.length() >= TITLE_WORD_LENGTH) titleWords.add(t);
        s.put("title_overlap", titleWords.isEmpty() ? 0.0 : share(titleWords, bodyWords));
        s.put("title_absent", titleWords.isEmpty() ? 1.0 : 0.0);
        Set<String> summaryWords = new HashSet<>();
        for (String t : words(summary.orElse(""))) if (t.length() >= TITLE_WORD_LENGTH) summaryWords.add(t);
        s.put("summary_overlap", summaryWords.isEmpty() ? 0.0 : share(summaryWords, bodyWords));
        s.put("summary_absent", summaryWords.isEmpty() ? 1.0 : 0.0);
        Optional<String> usableHint = hint.filter(h -> wordCount(h) >= MIN_HINT_WORDS);
        s.put("hint_absent", usableHint.isEmpty() ? 1.0 : 0.0);
        Set<String> bodyTrigrams = trigrams(String.join(" ", paragraphs));
        Set<String> hintTrigrams = usableHint.map(BodySignals::trigrams).orElse(Set.of());
        s.put("hint_recall", hintTrigrams.isEmpty() ? 0.0 : share(hintTrigrams, bodyTrigrams));
        s.put("hint_precision", hintTrigrams.isEmpty() || bodyTrigrams.isEmpty() ? 0.0
                : share(bodyTrigrams, hintTrigrams));
        s.put("page_share", pageTextLength == 0 ? 0.0 : Math.min(1.0, (double) chars / pageTextLength));
        s.put("relaxed_attempt", relaxed ? 1.0 : 0.0);
        return s;
    }

    private static double share(Set<String> part, Set<String> whole) {
        int in = 0;
        for (String x : part) if (whole.contains(x)) in++;
        return (double) in / part.size();
    }

    private static int wordCount(String text) {
        int n = 0;
        var m = WORD.matcher(text);
        while (m.find()) n++;
        return n;
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        var m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) out.add(m.group());
        return out;
    }

    private static Set<String> trigrams(String text) {
        List<String> w = WORD.matcher(text.toLowerCase(Locale.ROOT)).results().map(r -> r.group()).toList();
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 2 < w.size(); i++) out.add(w.get(i) + ' ' + w.get(i + 1) + ' ' + w.get(i + 2));
        return out;
    }

    private static String normal(String p) {
        return p.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
