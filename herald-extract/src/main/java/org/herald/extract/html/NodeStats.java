package org.herald.extract.html;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text statistics of every element, computed bottom-up in one pass so that scoring never calls
 * {@code Element.text()} on nested subtrees (which would be quadratic on deep pages).
 */
final class NodeStats {
    /** Counts for one element's subtree. Lengths are of the text with white-space runs collapsed. */
    static final class Counts {
        int textLength;
        int linkTextLength;
        int commas;
        int paragraphs;
        int images;
        int listItems;
        int inputs;
        int embeds;
        int headings;
        /** Headings that are all link: the headline of a teaser for another story. */
        int linkedHeadings;
        /** Table rows, data cells and header cells ({@code th}, {@code thead}) in the subtree. */
        int tableRows;
        int tableCells;
        int tableHeaders;
        boolean hasBlockChild;

        double linkDensity() {
            return textLength == 0 ? 0 : (double) linkTextLength / textLength;
        }
    }

    private static final Counts EMPTY = new Counts();
    private final Map<Element, Counts> counts = new IdentityHashMap<>();

    static NodeStats of(Element root) {
        NodeStats stats = new NodeStats();
        NodeTraversor.traverse(stats.new Collector(), root);
        return stats;
    }

    Counts get(Element e) {
        return counts.getOrDefault(e, EMPTY);
    }

    private final class Collector implements NodeVisitor {
        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element e) {
                counts.put(e, new Counts());
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof TextNode t) {
                Element parent = t.parentNode() instanceof Element p ? p : null;
                if (parent != null) {
                    Counts c = counts.get(parent);
                    if (c != null) {
                        String text = t.getWholeText();
                        c.textLength += collapsedLength(text);
                        c.commas += commas(text);
                    }
                }
            } else if (node instanceof Element e) {
                Counts c = counts.get(e);
                String tag = e.normalName();
                if (tag.equals("a")) c.linkTextLength = c.textLength;
                switch (tag) {
                    case "p" -> c.paragraphs++;
                    case "img", "picture" -> c.images++;
                    case "li" -> c.listItems++;
                    case "input", "select", "textarea", "button" -> c.inputs++;
                    case "embed", "object", "iframe", "video", "audio" -> c.embeds++;
                    case "tr" -> c.tableRows++;
                    case "td" -> c.tableCells++;
                    case "th", "thead" -> c.tableHeaders++;
                    case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                        c.headings++;
                        if (c.textLength > 0 && c.linkTextLength * 10 >= c.textLength * 9) c.linkedHeadings++;
                    }
                    default -> { }
                }
                if (e.parent() != null) {
                    Counts p = counts.get(e.parent());
                    if (p != null) {
                        p.textLength += c.textLength;
                        p.linkTextLength += c.linkTextLength;
                        p.commas += c.commas;
                        p.paragraphs += c.paragraphs;
                        p.images += c.images;
                        p.listItems += c.listItems;
                        p.inputs += c.inputs;
                        p.embeds += c.embeds;
                        p.headings += c.headings;
                        p.linkedHeadings += c.linkedHeadings;
                        p.tableRows += c.tableRows;
                        p.tableCells += c.tableCells;
                        p.tableHeaders += c.tableHeaders;
                        if (Tags.isBlock(tag)) p.hasBlockChild = true;
                    }
                }
            }
        }
    }

    static int collapsedLength(String text) {
        int n = 0;
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (Character.isWhitespace(ch) || ch == '\u00A0') {
                space = true;
            } else {
                if (space && n > 0) n++;
                space = false;
                n++;
            }
        }
        return space && n > 0 ? n + 1 : n;
    }

    static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == ',' || ch == '，' || ch == '、' || ch == '،') n++;
        }
        return n;
    }
}
