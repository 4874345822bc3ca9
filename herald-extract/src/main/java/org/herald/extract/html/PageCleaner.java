package org.herald.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Removes what can never be article text before scoring: scripts and styles, forms controls, hidden elements,
 * navigation, and blocks whose class or id marks them as furniture ({@link ContentHints#isUnlikely}).
 * A furniture-looking block with an {@code <article>} inside is kept: templates name whole-page wrappers
 * "page-header-wrap" too.
 */
final class PageCleaner {
    private static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template", "link", "meta",
            "iframe", "object", "embed", "svg", "canvas", "button", "input", "select", "textarea", "nav", "dialog",
            "head");
    /** Elements the unlikely-class rule must not remove: the page itself and the semantic article containers. */
    private static final Set<String> NEVER_UNLIKELY = Set.of("html", "body", "article", "main", "a", "td", "tr",
            "tbody", "table", "th");

    /**
     * Class names that hide an element by the site's own style sheet (Bootstrap's "hidden" and "d-none"): Postmedia
     * pages keep their subscription prompts in {@code <div class="intro-body__premium hidden">} (#10).
     */
    private static final Set<String> HIDING_CLASSES = Set.of("hidden", "d-none", "is-hidden", "hide");

    private final ContentHints hints;

    PageCleaner(ContentHints hints) {
        this.hints = hints;
    }

    void clean(Element body, Strictness strictness) {
        List<Node> doomed = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Comment) {
                    doomed.add(node);
                } else if (node instanceof Element e && e != body && shouldRemove(e, strictness)) {
                    doomed.add(e);
                }
            }
        }, body);
        for (Node node : doomed) {
            if (node.parent() != null) {
                node.remove();
            }
        }
    }

    private boolean shouldRemove(Element e, Strictness strictness) {
        String tag = e.normalName();
        if (NEVER_TEXT.contains(tag) || isHidden(e)) {
            return true;
        }
        if (!strictness.stripUnlikely || NEVER_UNLIKELY.contains(tag)) {
            return false;
        }
        // Only on the strict attempt, and never around the article: a site may hide its story until a script runs.
        if (hasHidingClass(e)) {
            return e.selectFirst("article, [itemprop=articleBody]") == null;
        }
        if (hints.hasFurnitureRole(e)) {
            return true;
        }
        if (!hints.isUnlikely(e) || insideTableOrCode(e)) {
            return false;
        }
        // An <article> inside means an article wrapper with an unlucky class name ("page-header-wrap").
        return e.selectFirst("article, [itemprop=articleBody]") == null;
    }

    private static boolean hasHidingClass(Element e) {
        for (String c : e.classNames()) {
            if (HIDING_CLASSES.contains(c.toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    private static boolean isHidden(Element e) {
        if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) {
            return true;
        }
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    private static boolean insideTableOrCode(Element e) {
        int depth = 0;
        for (Element p = e.parent(); p != null && depth < 12; p = p.parent(), depth++) {
            String tag = p.normalName();
            if (tag.equals("table") || tag.equals("code") || tag.equals("pre")) {
                return true;
            }
        }
        return false;
    }
}
