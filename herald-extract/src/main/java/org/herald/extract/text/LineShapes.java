package org.herald.extract.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.herald.model.lexicon.Lexicon;

/** Recognises lines by their shape: the expressions of {@code patterns.tsv} and the date lines of {@code date-words.tsv}. */
final class LineShapes {

    private record Shape(String name, Pattern pattern) {}

    private final List<Shape> furniture = new ArrayList<>();
    private final List<Shape> datelines = new ArrayList<>();
    private final Set<String> dateWords;

    private LineShapes(List<List<String>> patternRows, List<String> dateWords) {
        for (List<String> row : patternRows) {
            Shape shape;
            try {
                shape = new Shape(row.get(0), Pattern.compile(row.get(2)));
            } catch (PatternSyntaxException e) {
                throw new IllegalStateException("patterns.tsv: bad expression for " + row.get(0) + ": " + e.getMessage(), e);
            }
            switch (row.get(1)) {
                case "furniture" -> furniture.add(shape);
                case "dateline" -> datelines.add(shape);
                default -> throw new IllegalStateException("patterns.tsv: unknown kind " + row.get(1) + " for " + row.get(0));
            }
        }
        this.dateWords = new HashSet<>(dateWords);
    }

    static LineShapes load() {
        return new LineShapes(Lexicon.rows(LineShapes.class, "patterns.tsv", 3, 4),
                Lexicon.words(LineShapes.class, "date-words.tsv"));
    }

    /** The name of the furniture shape the whole line has: "3 min read" → read-time, "1/12" → image-counter. */
    Optional<String> furniture(String line) {
        for (Shape s : furniture) {
            if (s.pattern().matcher(line).matches()) {
                return Optional.of(s.name());
            }
        }
        return Optional.empty();
    }

    /** The line opens with a wire dateline: "THESSIA, Greece (AP) — Firefighters …". */
    boolean dateline(String line) {
        for (Shape s : datelines) {
            if (s.pattern().matcher(line).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The line holds a date or time and little else: "Updated: 14 March 2022, 09:12 GMT", "3 hours ago".
     * At least one number (or "ago", "today"…) and no more than one word outside the date vocabulary.
     */
    boolean dateOnly(List<Token> tokens) {
        int numbers = 0;
        int dateWordsSeen = 0;
        int other = 0;
        for (Token t : tokens) {
            if (Character.isDigit(t.word().charAt(0))) {
                numbers++;
            } else if (dateWords.contains(t.word())) {
                dateWordsSeen++;
            } else if (t.isWord()) {
                other++;
            }
        }
        boolean anchored = numbers > 0 || tokens.stream().anyMatch(t -> t.word().equals("ago")
                || t.word().equals("today") || t.word().equals("yesterday"));
        return anchored && numbers + dateWordsSeen >= 2 && other <= 1 && numbers + dateWordsSeen + other <= 14;
    }
}
