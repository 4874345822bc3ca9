package org.herald.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Removes furniture that sits inside the chosen article container: share bars, link lists, image galleries,
 * forms, headings that belong to widgets. Each rule names the page furniture it catches; a block with ten or
 * more commas is running prose and is never removed.
 */
final class ContentPruner {
    private static final Set<String> CONDITIONAL = Set.of("div", "section", "table", "ul", "ol", "form", "aside",
            "header", "footer", "fieldset", "figure", "dl");
    private static final int PROSE_COMMAS = 10;
    /** A teaser (linked headline and standfirst) rarely runs past 400 characters; a story section does. */
    private static final int TEASER_LENGTH = 400;
    /** A byline is a short line; an "author-note" paragraph of 200 characters is article text. */
    private static final int MAX_BYLINE = 120;
    /** An author's box holds a name, a photo and a few sentences; longer, the class name is more likely a wrapper. */
    private static final int MAX_AUTHOR_BIO = 1200;
    /** A credit or caption is a line or two; a block this long with such a name is a wrapper. */
    private static final int MAX_CAPTION = 400;

    private final ContentHints hints;
    private final boolean captionsInBody;

    ContentPruner(ContentHints hints, boolean captionsInBody) {
        this.hints = hints;
        this.captionsInBody = captionsInBody;
    }

    void prune(List<Element> parts) {
        for (Element part : parts) {
            NodeStats stats = NodeStats.of(part);
            List<Element> doomed = new ArrayList<>();
            for (Element e : part.getAllElements()) {
                if (e != part && isFurniture(e, stats)) {
                    doomed.add(e);
                }
            }
            for (Element e : doomed) {
                e.remove();
            }
        }
    }

    private boolean isFurniture(Element e, NodeStats stats) {
        String tag = e.normalName();
        NodeStats.Counts c = stats.get(e);
        if (hints.isShareBar(e) && c.textLength < 500) {
            return true;                                   // "Share on Facebook Twitter Email"
        }
        if (c.textLength < MAX_BYLINE && c.paragraphs <= 1 && hints.isByline(e)) {
            return true;                                   // "By Jane Doe | 22 Dec 2016": metadata, not body
        }
        if (c.textLength < MAX_AUTHOR_BIO && hints.isAuthorBio(e)) {
            return true;                                   // "ABOUT THE AUTHOR Jane Doe is a producer filing stories …"
        }
        if (c.textLength < MAX_CAPTION && c.paragraphs <= 1 && hints.isCaption(e)) {
            return true;                                   // "picture alliance/dpa | Jan Roe" under a photo
        }
        if (!captionsInBody && c.textLength < MAX_CAPTION && c.paragraphs <= 1 && hints.isCaptionText(e)) {
            return true;                                   // <div class="caption">Crowds in Kyiv on Tuesday.</div>
        }
        if (isTeaserWithMoreLink(e, c)) {
            return true;                                   // "Bereits als Landesministerin war sie umstritten. mehr"
        }
        if (Tags.isHeading(tag)) {
            return hints.weight(e) < 0 || c.linkDensity() > 0.33; // "More from Politics" widget titles
        }
        if (CONDITIONAL.contains(tag) && c.linkedHeadings >= 2 && c.textLength < c.linkedHeadings * TEASER_LENGTH) {
            return true;                                   // teasers: linked headline + one-line standfirst, repeated
        }
        if (!CONDITIONAL.contains(tag) || c.commas >= PROSE_COMMAS) {
            return false;
        }
        int weight = hints.weight(e);
        if (weight < 0) {
            return true;
        }
        if (tag.equals("table") && isDataTable(e, c)) {
            return false;
        }
        boolean list = tag.equals("ul") || tag.equals("ol") || tag.equals("dl");
        boolean inFigure = tag.equals("figure") || insideFigure(e);
        int paragraphs = c.paragraphs;
        double linkDensity = c.linkDensity();
        if (c.images > 1 && paragraphs * 2 < c.images && !inFigure) return true;      // photo galleries
        if (!list && c.listItems > paragraphs && linkDensity > 0.3) return true;      // "Top stories" link lists
        if (c.inputs > paragraphs / 3) return true;                                     // sign-up forms
        if (!list && c.textLength < 25 && (c.images == 0 || c.images > 2) && !inFigure) return true;
        if (!list && weight < 25 && linkDensity > 0.2) return true;                     // link boxes
        if (weight >= 25 && linkDensity > 0.5) return true;
        if (list && linkDensity > 0.9 && c.textLength < 600 && c.commas == 0) return true; // "Related: a, b, c"
        return (c.embeds == 1 && c.textLength < 75) || c.embeds > 1;                     // video players
    }

    /**
     * A short block whose last element is a link or label to the rest of another story (a link, or a span where the
     * whole teaser is clickable): the standfirst of a teaser set inside the article. The story's own paragraphs never
     * end by sending the reader elsewhere with "mehr" or "Read more".
     */
    private boolean isTeaserWithMoreLink(Element e, NodeStats.Counts c) {
        if (c.textLength >= TEASER_LENGTH || !(e.normalName().equals("p") || e.normalName().equals("div")
                || e.normalName().equals("li"))) {
            return false;
        }
        Element last = e.children().last();
        if (last == null || !hints.isMoreLink(last.text())) return false;
        if (last.nextSibling() != null && !last.nextSibling().outerHtml().isBlank()) return false;
        return e.text().length() > last.text().length() + 20;   // a bare "mehr" link alone is a carousel toggle
    }

    private static boolean insideFigure(Element e) {
        int level = 0;
        for (Element p = e.parent(); p != null && level < 8; p = p.parent(), level++) {
            if (p.normalName().equals("figure")) return true;
        }
        return false;
    }

    /**
     * Tables of data (captions, headers, a grid of cells) are article content, not layout. The counts come from
     * {@link NodeStats}' one pass: selecting rows and cells afresh under every table costs quadratic time in nested
     * layout tables (thousands of levels in a hostile page).
     */
    private static boolean isDataTable(Element table, NodeStats.Counts c) {
        if (table.attr("role").equals("presentation") || table.attr("datatable").equals("0")) return false;
        if (!table.attr("summary").isEmpty() || c.tableHeaders > 0) return true;
        for (Element child : table.children()) {
            if (child.normalName().equals("caption")) return true;
        }
        return c.tableRows >= 10 || (c.tableRows > 0 && c.tableCells / c.tableRows >= 4);
    }
}
