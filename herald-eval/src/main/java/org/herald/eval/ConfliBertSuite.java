package org.herald.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.herald.model.Span;

/**
 * Reads the ConfliBERT CAMEO train files in {@code shared/eval/events/conflibert-train} in place:
 * {@code cameo_class/train.tsv} (sentence, coarse class 0-4) and {@code cameo_ner/train.txt} (one token and its
 * BIO tag a line: S source, T target, R a party of an undirected interaction). See that folder's README.
 * <p>
 * A span sentence that is also in the class file (935 of 1,153, matched on their letters and digits) is read as
 * the class file writes it, its tokens aligned to that text, and takes its class; so it is parsed once, and it falls
 * in the same {@link SuiteSplit} half in both tasks (tuning on one task's dev half never sees the other's held-out
 * half). Other span sentences are detokenised.
 */
final class ConfliBertSuite {
    private ConfliBertSuite() {}

    /** A sentence of {@code cameo_class}. */
    record ClassCase(String text, PentaClass gold) {}

    /** A sentence of {@code cameo_ner} with its gold spans and, when the class file has it, its class. */
    record SpanCase(String text, List<GoldSpan> spans, Optional<PentaClass> gold) {
        SpanCase {
            spans = List.copyOf(spans);
        }

        List<Span> of(char role) {
            return spans.stream().filter(s -> s.role() == role).map(GoldSpan::span).toList();
        }
    }

    /** One tagged span: role S, T or R and its characters in the case's text. */
    record GoldSpan(char role, Span span) {}

    static List<ClassCase> classCases(Path tsv) {
        List<ClassCase> cases = new ArrayList<>();
        for (String line : lines(tsv)) {
            if (line.isBlank()) continue;
            int tab = line.lastIndexOf('\t');
            cases.add(new ClassCase(unquote(line.substring(0, tab)).strip(),
                    PentaClass.ofLabel(Integer.parseInt(line.substring(tab + 1).strip()))));
        }
        return cases;
    }

    /**
     * The span sentences; {@code classCases} are the class file's sentences to join with. Three {@code I-} tags
     * with no {@code B-} of their type before them start a span, as the README says to read them.
     */
    static List<SpanCase> spanCases(Path conll, List<ClassCase> classCases) {
        Map<String, ClassCase> byLetters = new HashMap<>();
        for (ClassCase c : classCases) byLetters.putIfAbsent(letters(c.text()), c);
        List<SpanCase> cases = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (String line : lines(conll)) {
            if (line.isBlank()) {
                if (!tokens.isEmpty()) cases.add(spanCase(tokens, tags, byLetters));
                tokens.clear();
                tags.clear();
                continue;
            }
            int space = line.lastIndexOf(' ');
            tokens.add(line.substring(0, space));
            tags.add(line.substring(space + 1).strip());
        }
        if (!tokens.isEmpty()) cases.add(spanCase(tokens, tags, byLetters));
        return cases;
    }

    private static SpanCase spanCase(List<String> tokens, List<String> tags, Map<String, ClassCase> byLetters) {
        ClassCase joined = byLetters.get(letters(String.join("", tokens)));
        Optional<List<Span>> aligned = joined == null ? Optional.empty() : align(tokens, joined.text());
        String text;
        List<Span> at;
        if (aligned.isPresent()) {
            text = joined.text();
            at = aligned.get();
        } else {
            at = new ArrayList<>();
            text = detokenise(tokens, at);
        }
        List<GoldSpan> spans = new ArrayList<>();
        char open = 0;
        int start = -1, end = -1;
        for (int i = 0; i <= tokens.size(); i++) {
            String tag = i < tokens.size() ? tags.get(i) : "O";
            char role = tag.length() > 2 ? tag.charAt(2) : 0;
            boolean continues = tag.startsWith("I-") && role == open;
            if (open != 0 && !continues) {
                if (end > start) spans.add(new GoldSpan(open, new Span(start, end)));
                open = 0;
            }
            if (i == tokens.size() || tag.equals("O")) continue;
            Span token = at.get(i);
            if (!continues) {
                open = role;
                start = token.start();
                end = token.end();
            } else if (token.end() > token.start()) {
                if (start == end) start = token.start();
                end = token.end();
            }
        }
        return new SpanCase(text, spans, Optional.ofNullable(joined).map(ClassCase::gold));
    }

    /**
     * Each token's characters in {@code text}, matched on letters and digits only (the tokeniser rewrote quotes and
     * apostrophes: "governmentʼs" is "government 's"); a token of punctuation alone gets an empty span where it
     * would be. Empty when the tokens do not spell the text.
     */
    static Optional<List<Span>> align(List<String> tokens, String text) {
        List<Span> spans = new ArrayList<>();
        int at = 0;
        for (String token : tokens) {
            int start = -1, end = at;
            for (int k = 0; k < token.length(); k++) {
                char c = token.charAt(k);
                if (!isWordChar(c)) continue;
                while (at < text.length() && !isWordChar(text.charAt(at))) at++;
                if (at >= text.length() || Character.toLowerCase(text.charAt(at)) != Character.toLowerCase(c)) {
                    return Optional.empty();
                }
                if (start < 0) start = at;
                end = ++at;
            }
            spans.add(start < 0 ? new Span(end, end) : new Span(start, end));
        }
        return Optional.of(spans);
    }

    /** Joins tokens with spaces, none before closing punctuation and clitics or after opening brackets. */
    static String detokenise(List<String> tokens, List<Span> at) {
        StringBuilder text = new StringBuilder();
        String previous = "";
        for (String token : tokens) {
            boolean glue = text.length() == 0 || NO_SPACE_BEFORE.contains(token) || token.startsWith("'")
                    && token.length() <= 3 || NO_SPACE_AFTER.contains(previous);
            if (!glue) text.append(' ');
            at.add(new Span(text.length(), text.length() + token.length()));
            text.append(token);
            previous = token;
        }
        return text.toString();
    }

    private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ".", ";", ":", "!", "?", ")", "]", "%", "n't");
    private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "$");

    /** The lower-cased letters and digits of a text: the key the two files are joined on. */
    static String letters(String text) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isWordChar(c)) b.append(Character.toLowerCase(c));
        }
        return b.toString();
    }

    /** Letters and digits, not modifier letters: "governmentʼs" writes its apostrophe as U+02BC, a letter to Java. */
    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) && Character.getType(c) != Character.MODIFIER_LETTER;
    }

    /** A cell read with {@code "} as the quote character: doubled quotes inside, text after the closing one kept. */
    static String unquote(String cell) {
        if (!cell.startsWith("\"")) return cell;
        StringBuilder b = new StringBuilder();
        int i = 1;
        for (; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '"' && i + 1 < cell.length() && cell.charAt(i + 1) == '"') {
                b.append('"');
                i++;
            } else if (c == '"') {
                break;
            } else {
                b.append(c);
            }
        }
        return b.append(cell.substring(Math.min(i + 1, cell.length()))).toString();
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
