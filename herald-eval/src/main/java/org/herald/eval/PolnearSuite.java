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
import java.util.stream.Stream;
import org.herald.model.Span;

/**
 * Reads PolNeAR (../shared/eval/quotes/polnear, read in place): per split ({@code train}, {@code dev}),
 * {@code text/<article>.txt} and brat standoff {@code attributions/<article>_<annotator>.ann}. Articles with several
 * annotators were agreement checks; the first annotation file by name is taken, as the suite's README suggests.
 * Offsets in the files count code points; they are turned into UTF-16 offsets of the Java string here.
 */
final class PolnearSuite {
    private PolnearSuite() {}

    /** One attribution: what was said (one or more fragments), by whom (absent for "no source"), and its cue. */
    record Attribution(List<Span> content, Optional<Span> source, Optional<Span> cue) {
        Attribution {
            content = List.copyOf(content);
        }

        /**
         * Direct speech: the content opens at a quotation mark ("…," he said). A content that only ends at one is
         * reported speech with a quoted tail (he said that it would "keep the details under wraps."). The New York
         * Times writes two apostrophes for a quotation mark (''The voters are furious,'' Mr. Gidley said).
         */
        boolean direct(String text) {
            Span first = content.get(0);
            return isQuote(text, first.start() - 1) || isQuote(text, first.start())
                    || text.startsWith("''", first.start()) || first.start() >= 2 && text.startsWith("''", first.start() - 2);
        }

        private static boolean isQuote(String text, int i) {
            return i >= 0 && i < text.length() && "\"“”«»".indexOf(text.charAt(i)) >= 0;
        }
    }

    record Article(String name, String text, List<Attribution> attributions) {
        Article {
            attributions = List.copyOf(attributions);
        }
    }

    /** Every article of one split folder, in name order. */
    static List<Article> read(Path split) {
        List<Article> out = new ArrayList<>();
        try (Stream<Path> texts = Files.list(split.resolve("text"))) {
            Map<String, Path> annotations = firstAnnotations(split.resolve("attributions"));
            for (Path txt : texts.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String name = txt.getFileName().toString().replaceFirst("\\.txt$", "");
                String text = Files.readString(txt, StandardCharsets.UTF_8);
                Path ann = annotations.get(name);
                out.add(new Article(name, text, ann == null ? List.of()
                        : parse(text, Files.readAllLines(ann, StandardCharsets.UTF_8), ann.toString())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + split, e);
        }
        return out;
    }

    private static Map<String, Path> firstAnnotations(Path dir) throws IOException {
        Map<String, Path> first = new HashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".ann")).sorted().toList()) {
                first.putIfAbsent(f.getFileName().toString().replaceFirst("_[0-9a-f]+\\.ann$", ""), f);
            }
        }
        return first;
    }

    /**
     * The complete attributions of one {@code .ann} file: {@code T} lines give spans, {@code E} lines tie a content,
     * a cue and (when there is one) a source together. An {@code E} line without content or cue is annotation noise
     * and skipped; a line that does not start with an id continues the covered text of the line before.
     */
    static List<Attribution> parse(String text, List<String> lines, String where) {
        Map<String, List<Span>> spans = new HashMap<>();
        List<String[]> events = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split("\t");
            if (f.length < 2 || !f[0].matches("[TE]\\d+")) continue;
            if (f[0].startsWith("E")) {
                events.add(f[1].split(" "));
                continue;
            }
            String[] typeAndRange = f[1].split(" ", 2);
            if (typeAndRange.length < 2) throw new IllegalStateException(where + ": bad span line: " + line);
            List<Span> fragments = new ArrayList<>();
            for (String range : typeAndRange[1].split(";")) {
                String[] se = range.trim().split(" ");
                fragments.add(new Span(utf16(text, Integer.parseInt(se[0])), utf16(text, Integer.parseInt(se[1]))));
            }
            spans.put(f[0], fragments);
        }
        List<Attribution> out = new ArrayList<>();
        for (String[] roles : events) {
            Map<String, String> byRole = new HashMap<>();
            for (String role : roles) {
                String[] rv = role.split(":");
                if (rv.length == 2) byRole.put(rv[0], rv[1]);
            }
            List<Span> content = spans.get(byRole.get("Content"));
            List<Span> cue = spans.get(byRole.get("Cue"));
            if (content == null || cue == null) continue;
            Optional<Span> source = Optional.ofNullable(spans.get(byRole.get("Source"))).map(s -> cover(s));
            out.add(new Attribution(content, source, Optional.of(cover(cue))));
        }
        return out;
    }

    private static Span cover(List<Span> fragments) {
        return new Span(fragments.get(0).start(), fragments.get(fragments.size() - 1).end());
    }

    private static int utf16(String text, int codePoints) {
        return text.offsetByCodePoints(0, Math.min(codePoints, text.codePointCount(0, text.length())));
    }
}
