package org.herald.events.petrarch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The content lines of a PETRARCH/TABARI dictionary file with comments and blank lines removed. Handles
 * {@code # comment} and TABARI's {@code ; comment} tails, {@code <!-- ... -->} blocks spanning lines, and skips
 * TABARI sections the coder does not use ({@code <NOUN> ... </NOUN>}, {@code <TIME> ... </TIME>}, ...).
 */
final class DictionaryLines {
    /** One content line: its 1-based number in the file and its text without the comment. */
    record Line(Path file, int number, String text) {
        DictionaryFormatException error(String problem) {
            return new DictionaryFormatException(file, number, problem, text);
        }
    }

    /** Sections whose content is read; every other {@code <TAG>} section is skipped. */
    private static final Set<String> READ_SECTIONS = Set.of("SYNSETS", "VERBS", "ACTORS", "AGENTS");

    private DictionaryLines() {}

    static List<Line> read(Path file) {
        List<String> raw;
        try {
            raw = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            raw = readLatin1(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dictionary " + file, e);
        }
        List<Line> lines = new ArrayList<>();
        boolean inComment = false;
        String skippedSection = "";
        for (int i = 0; i < raw.size(); i++) {
            String text = raw.get(i);
            if (inComment) {
                // <!-- a comment that
                //      ends here -->
                inComment = !text.contains("-->");
                continue;
            }
            String trimmed = text.strip();
            if (trimmed.startsWith("<!")) {
                inComment = !trimmed.contains("-->");
                continue;
            }
            if (!skippedSection.isEmpty()) {
                if (trimmed.toUpperCase(Locale.ROOT).startsWith("</" + skippedSection)) {
                    skippedSection = "";
                }
                continue;
            }
            if (trimmed.startsWith("<") && trimmed.endsWith(">")) {
                // <NOUN> opens a TABARI section; </SYNSETS> closes one we read
                String tag = trimmed.substring(1, trimmed.length() - 1).strip().toUpperCase(Locale.ROOT);
                if (!tag.startsWith("/") && !READ_SECTIONS.contains(tag)) {
                    skippedSection = tag;
                }
                continue;
            }
            String content = stripComment(text).strip();
            if (!content.isEmpty()) {
                lines.add(new Line(file, i + 1, content));
            }
        }
        return lines;
    }

    /**
     * "ARNOR_  [ARN] # pas 1991" → "ARNOR_  [ARN]"; "SCRAP {SCRAPS };shan 8/30/93" → "SCRAP {SCRAPS }";
     * TABARI's "ENT  [### &lt;890101] [ENT]" keeps its code: inside brackets # is a code, not a comment.
     */
    static String stripComment(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth = Math.max(0, depth - 1);
            } else if ((c == '#' || c == ';') && depth == 0) {
                return text.substring(0, i);
            }
        }
        return text;
    }

    private static List<String> readLatin1(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dictionary " + file, e);
        }
    }
}
