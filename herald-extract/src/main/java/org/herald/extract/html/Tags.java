package org.herald.extract.html;

import java.util.Set;

/** Which HTML elements start a new block of text, and which hold the article's paragraphs. */
final class Tags {
    private Tags() {}

    private static final Set<String> BLOCK = Set.of(
            "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "div", "dl",
            "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
            "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table",
            "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "caption");

    /** Elements that hold running text of their own when they have no block children. */
    private static final Set<String> TEXT_HOLDERS = Set.of("p", "pre", "td", "blockquote", "li", "dd", "font",
            "div", "section", "article", "span", "center", "main", "h2", "h3", "h4", "h5", "h6");

    static boolean isBlock(String tag) {
        return BLOCK.contains(tag);
    }

    static boolean isTextHolder(String tag) {
        return TEXT_HOLDERS.contains(tag);
    }

    static boolean isHeading(String tag) {
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }
}
