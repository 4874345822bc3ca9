package org.herald.cli;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads lines of at most {@code maxChars} characters: a longer line is skipped to its end and reported as
 * too long, so one huge line cannot exhaust memory. Not thread-safe.
 */
final class BoundedLines {
    /** One input line: its 1-based number and its text, or empty text when it was too long. */
    record Line(int number, Optional<String> text) {}

    private final Reader in;
    private final int maxChars;
    private int number;
    private boolean ended;

    BoundedLines(Reader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** Up to {@code n} further lines; fewer (or none) at the end of the input. Blank lines are left out. */
    List<Line> next(int n) throws IOException {
        List<Line> lines = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        while (lines.size() < n && !ended) {
            sb.setLength(0);
            boolean tooLong = false;
            int c;
            while ((c = in.read()) != -1 && c != '\n') {
                if (sb.length() < maxChars) {
                    sb.append((char) c);
                } else {
                    tooLong = true;
                }
            }
            if (c == -1) {
                ended = true;
                if (sb.length() == 0 && !tooLong) break;
            }
            number++;
            if (tooLong) {
                lines.add(new Line(number, Optional.empty()));
            } else if (!sb.toString().isBlank()) {
                lines.add(new Line(number, Optional.of(sb.toString())));
            }
        }
        return lines;
    }
}
