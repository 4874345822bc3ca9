package org.herald.extract.html;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Scores containers by the running text they hold. Every paragraph-like block of 25+ characters gives
 * {@code 1 + commas + min(length / 100, 3)} points to its parent, half to its grandparent and a sixth,
 * ninth and twelfth further up; a container's own tag and class/id then shift its score, and its link
 * density scales it down (a list of headlines is mostly link text). A container whose text is mostly its own bare runs
 * ({@code <div itemprop="articleBody">text<br><br>text</div>}) scores each run as a paragraph of its own.
 */
final class CandidateScorer {
    static final int MIN_BLOCK_LENGTH = 25;
    private static final int LEVELS = 5;
    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "td", "blockquote", "li", "dd");
    private static final Set<String> INLINE_PARENTS = Set.of("p", "pre", "td", "li", "blockquote", "span", "font",
            "a", "b", "i", "em", "strong", "dd");

    private final ContentHints hints;

    CandidateScorer(ContentHints hints) {
        this.hints = hints;
    }

    /** Final scores of every candidate container under {@code body}, link density applied. */
    Map<Element, Double> score(Element body, NodeStats stats, boolean weightClasses) {
        // Insertion (document) order, not identity-hash order: candidates with equal scores are ranked by a
        // stable sort, so the same page must list them in the same order on every run. (jsoup elements compare
        // by identity, so this map still keys on the element itself.)
        Map<Element, Double> scores = new LinkedHashMap<>();
        Elements all = body.getAllElements();
        for (Element block : all) {
            if (isParagraphBlock(block, stats)) {
                NodeStats.Counts c = stats.get(block);
                if (c.textLength >= MIN_BLOCK_LENGTH) {
                    award(scores, block.parent(), points(c.textLength, c.commas), weightClasses);
                }
            } else if (stats.get(block).hasBlockChild && Tags.isTextHolder(block.normalName())) {
                // <div itemprop="articleBody">Whole story as bare text<br><br>…<div class="ad">…</div>…</div>:
                // each run of the container's own text is a paragraph of it, scoring the container itself. Only
                // when bare text is most of what it holds: a stray run beside real paragraphs ("12:00 PM PT --
                // Update …") would pull the choice down from the wrapper that also holds the headline.
                List<String> runs = BareText.runs(block);
                int bare = runs.stream().mapToInt(String::length).sum();
                if (2 * bare < stats.get(block).textLength) continue;
                for (String run : runs) {
                    if (run.length() >= MIN_BLOCK_LENGTH) {
                        award(scores, block, points(run.length(), NodeStats.commas(run)), weightClasses);
                    }
                }
            }
        }
        scores.replaceAll((e, s) -> s * (1 - stats.get(e).linkDensity()));
        return scores;
    }

    private static double points(int length, int commas) {
        return 1 + commas + Math.min(length / 100.0, 3);
    }

    /** Gives a paragraph's points to {@code first} and a falling share to four levels above it. */
    private void award(Map<Element, Double> scores, Element first, double points, boolean weightClasses) {
        Element ancestor = first;
        for (int level = 0; level < LEVELS && ancestor != null; level++, ancestor = ancestor.parent()) {
            if (ancestor.normalName().equals("html") || ancestor.parent() == null) {
                break;
            }
            double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            Double current = scores.get(ancestor);
            scores.put(ancestor, (current == null ? initial(ancestor, weightClasses) : current) + points / divider);
        }
    }

    /** A block of running text: a paragraph tag, or a div-like element with only inline content. */
    static boolean isParagraphBlock(Element e, NodeStats stats) {
        String tag = e.normalName();
        if (PARAGRAPH_TAGS.contains(tag)) {
            return !stats.get(e).hasBlockChild || tag.equals("p");
        }
        if (!Tags.isTextHolder(tag) || stats.get(e).hasBlockChild) {
            return false;
        }
        Element parent = e.parent();
        return parent == null || !INLINE_PARENTS.contains(parent.normalName());
    }

    /** A container's starting score from its tag and its class/id. */
    double initial(Element e, boolean weightClasses) {
        double base;
        switch (e.normalName()) {
            case "div", "article", "section", "main" -> base = 5;
            case "pre", "td", "blockquote" -> base = 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> base = -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> base = -5;
            default -> base = 0;
        }
        return weightClasses ? base + hints.weight(e) : base;
    }
}
