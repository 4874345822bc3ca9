package org.herald.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Turns the article's elements into paragraphs of plain text: every block element starts a new paragraph,
 * a single {@code <br>} is a line break inside one and two in a row end it, {@code <pre>} keeps its lines.
 * Figures and captions are left out (they become the lead image's caption), and so are whole paragraphs
 * that are page furniture ("ADVERTISEMENT", "Share this article").
 */
final class BlockWriter {
    private static final Set<String> SKIPPED = Set.of("figure", "figcaption", "picture", "img", "video", "audio");

    /** Blank lines inside {@code <pre>} would read as paragraph breaks in the body. */
    private static final Pattern BLANK_LINES = Pattern.compile("\n[ \t]*(?:\n[ \t]*)+");

    private final ContentHints hints;

    BlockWriter(ContentHints hints) {
        this.hints = hints;
    }

    List<String> write(List<Element> parts) {
        Collector collector = new Collector();
        for (Element part : parts) {
            NodeTraversor.filter(collector, part);
            collector.flush();
        }
        List<String> paragraphs = new ArrayList<>();
        for (String p : collector.paragraphs) {
            if (!hints.isFurnitureLine(p)) {
                paragraphs.add(p);
            }
        }
        return paragraphs;
    }

    private static final class Collector implements NodeFilter {
        final List<String> paragraphs = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private int preDepth;
        private boolean lastWasBreak;

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                append(t);
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            String tag = e.normalName();
            if (SKIPPED.contains(tag)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (tag.equals("br")) {
                if (lastWasBreak) {
                    flush();
                } else {
                    trimTrailingSpace();
                    current.append('\n');
                    lastWasBreak = true;
                }
                return FilterResult.CONTINUE;
            }
            if (Tags.isBlock(tag)) {
                flush();
            }
            if (tag.equals("pre")) {
                preDepth++;
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("pre")) {
                    preDepth--;
                }
                if (Tags.isBlock(tag)) {
                    flush();
                }
            }
            return FilterResult.CONTINUE;
        }

        private void append(TextNode t) {
            String text = t.getWholeText();
            if (preDepth > 0) {
                current.append(text);
                lastWasBreak = false;
                return;
            }
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                if (Character.isWhitespace(ch) || ch == '\u00A0') {
                    if (current.length() > 0 && !endsWithSpace()) {
                        current.append(' ');
                    }
                } else {
                    current.append(ch);
                    lastWasBreak = false;
                }
            }
        }

        private boolean endsWithSpace() {
            char last = current.charAt(current.length() - 1);
            return last == ' ' || last == '\n';
        }

        private void trimTrailingSpace() {
            while (current.length() > 0 && current.charAt(current.length() - 1) == ' ') {
                current.setLength(current.length() - 1);
            }
        }

        void flush() {
            String paragraph = preDepth > 0 ? BLANK_LINES.matcher(current).replaceAll("\n").strip() : tidy(current);
            if (!paragraph.isEmpty()) {
                paragraphs.add(paragraph);
            }
            current.setLength(0);
            lastWasBreak = false;
        }

        /** Strips each line and drops empty ones, so paragraphs never contain blank lines. */
        private static String tidy(CharSequence text) {
            StringBuilder out = new StringBuilder(text.length());
            for (String line : text.toString().split("\n")) {
                String l = line.strip();
                if (!l.isEmpty()) {
                    if (out.length() > 0) out.append('\n');
                    out.append(l);
                }
            }
            return out.toString();
        }
    }
}
