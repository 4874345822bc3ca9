package org.herald.eval;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Renders a page as the text a scraper copying a browser's {@code innerText} would get: every visible word,
 * page furniture included (menus, share bars, related lists, footers), one line per block element, a blank line
 * around paragraphs, {@code <br>} as a line break. Scripts, styles, templates, the head and hidden elements
 * ({@code hidden}, {@code display:none}, {@code visibility:hidden}, hidden inputs) give no text. Not a layout
 * engine: CSS classes and positioning are ignored, so text a stylesheet hides still shows.
 */
final class PageTextRenderer {
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "head", "title",
            "iframe", "object", "embed", "svg", "canvas", "select", "input", "textarea", "audio", "video");
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "center",
            "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
            "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu",
            "nav", "ol", "p", "pre", "section", "summary", "table", "caption", "tbody", "thead", "tfoot", "tr", "td",
            "th", "ul");

    /** The visible text of {@code root} (a document or any element), lines separated by {@code \n}. */
    String render(Node root) {
        Writer writer = new Writer();
        NodeTraversor.filter(writer, root);
        writer.breakLine();
        return writer.out.toString().strip() + "\n";
    }

    static boolean hidden(Element e) {
        if (e.hasAttr("hidden") || e.normalName().equals("input") && e.attr("type").equalsIgnoreCase("hidden")) {
            return true;
        }
        String style = e.attr("style").toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        return style.contains("display:none") || style.contains("visibility:hidden");
    }

    private static final class Writer implements NodeFilter {
        private final StringBuilder out = new StringBuilder();
        private final StringBuilder line = new StringBuilder();
        private int preDepth;
        /** Blank lines owed before the next text: 1 after a paragraph, so paragraphs stand apart. */
        private boolean blankOwed;

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                append(preDepth > 0 ? text.getWholeText() : text.getWholeText().replaceAll("[\\s\\u00a0]+", " "));
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            String name = e.normalName();
            if (SKIPPED.contains(name) || hidden(e)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (name.equals("br")) {
                hardBreak();
            } else if (BLOCKS.contains(name)) {
                breakLine();
                blankOwed |= name.equals("p");
                preDepth += name.equals("pre") ? 1 : 0;
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                breakLine();
                blankOwed |= e.normalName().equals("p");
                preDepth -= e.normalName().equals("pre") ? 1 : 0;
            }
            return FilterResult.CONTINUE;
        }

        private void append(String text) {
            if (preDepth > 0) {
                String[] parts = text.split("\n", -1);
                for (int i = 0; i < parts.length; i++) {
                    if (i > 0) {
                        hardBreak();
                    }
                    line.append(parts[i]);
                }
                return;
            }
            boolean atStart = line.length() == 0 || line.charAt(line.length() - 1) == ' ';
            line.append(atStart ? text.stripLeading() : text);
        }

        /** Ends the current line if it holds text: blocks never leave empty lines of their own. */
        void breakLine() {
            if (line.toString().isBlank()) {
                line.setLength(0);
                return;
            }
            flush();
        }

        /** {@code <br>}: ends the line even when empty, so "a<br><br>b" keeps its blank line. */
        private void hardBreak() {
            if (line.toString().isBlank()) {
                line.setLength(0);
                blankOwed = out.length() > 0;
                return;
            }
            flush();
        }

        private void flush() {
            if (blankOwed && out.length() > 0) {
                out.append('\n');
            }
            blankOwed = false;
            out.append(line.toString().strip()).append('\n');
            line.setLength(0);
        }
    }
}
