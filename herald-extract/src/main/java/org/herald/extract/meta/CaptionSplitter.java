package org.herald.extract.meta;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.herald.model.lexicon.Lexicon;

/**
 * Splits a photo credit off a caption: "Protesters in Paris. Photo: Jane Doe/Reuters", "(AP Photo/John Smith)",
 * "© Agency", "Copyright X via AP", "… AFP via Getty Images". The phrases are in {@code image-credits.tsv}.
 * Thread-safe.
 */
final class CaptionSplitter {
    /** A caption and the credit taken from it; either may be empty. */
    record Split(Optional<String> caption, Optional<String> credit) {}

    /** A trailing fragment with more words than this is a sentence of the caption, not a credit. */
    static final int MAX_CREDIT_WORDS = 8;
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    // "(AP Photo/John Smith)", "(Reuters/Jane Doe)", "(Photo by Jane Doe/Getty Images)"
    private static final Pattern BRACKETED = Pattern.compile("\\(([^()]*(?:photo|/|getty|reuters|afp|©)[^()]*)\\)\\s*\\.?$",
            FLAGS);

    private final Pattern labelled;
    private final Pattern copyright;
    private final Pattern source;

    CaptionSplitter() {
        List<List<String>> rows = Lexicon.rows(CaptionSplitter.class, "image-credits.tsv", 2, 3);
        // "Photo: Jane Doe/Reuters", "Photograph by Jane Doe", "© Agency", "Copyright X via AP"
        this.labelled = Pattern.compile("(?:^|[\\s.;|(])(?:" + alternation(rows, "label")
                + ")(?:\\s*:|\\s+by\\b)\\s*(?=\\S)(.+?)\\)?\\s*$", FLAGS);
        this.copyright = Pattern.compile("(?:^|[\\s.;|(])(?:" + alternation(rows, "copyright")
                + ")\\s*:?\\s*(?=\\S)(.+?)\\)?\\s*$", FLAGS);
        this.source = Pattern.compile("(?<![\\p{L}])(?:" + alternation(rows, "source") + ")(?![\\p{L}])", FLAGS);
    }

    /** The caption with its credit split off. */
    Split split(String text) {
        String caption = TitleCleaner.normalise(text);
        if (caption.isEmpty()) {
            return new Split(Optional.empty(), Optional.empty());
        }
        Matcher bracketed = BRACKETED.matcher(caption);
        if (bracketed.find() && words(bracketed.group(1)) <= MAX_CREDIT_WORDS) {
            return of(caption.substring(0, bracketed.start()), bracketed.group(1));
        }
        for (Pattern p : List.of(labelled, copyright)) {
            Matcher label = p.matcher(caption);
            if (label.find() && words(label.group(1)) <= MAX_CREDIT_WORDS) {
                return of(caption.substring(0, label.start()), label.group(1));
            }
        }
        // "Protesters in Paris. AFP via Getty Images": the last fragment names a photo source
        int cut = Math.max(caption.lastIndexOf(". "), Math.max(caption.lastIndexOf(" | "), caption.lastIndexOf(" / ")));
        String tail = cut < 0 ? caption : caption.substring(cut + 2);
        if (words(tail) <= MAX_CREDIT_WORDS && source.matcher(tail).find()) {
            return of(cut < 0 ? "" : caption.substring(0, cut + 1), tail);
        }
        return of(caption, "");
    }

    private static Split of(String caption, String credit) {
        // "Lula recebe a taça - Heinrich Aikawa/Instituto Lula" leaves the dash once the credit element is gone
        String c = caption.strip().replaceAll("[\\s|/(\\-–—]+$", "").strip();
        String k = credit.strip().replaceAll("^[©:\\s]+|[\\s.)]+$", "").strip();
        return new Split(c.isEmpty() ? Optional.empty() : Optional.of(c), k.isEmpty() ? Optional.empty() : Optional.of(k));
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }

    private static String alternation(List<List<String>> rows, String kind) {
        List<String> phrases = new ArrayList<>();
        rows.stream().filter(r -> r.get(0).equals(kind)).forEach(r -> phrases.add(r.get(1)));
        phrases.sort(Comparator.comparingInt(String::length).reversed());
        return phrases.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }
}
