package org.herald.extract.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Picks the article's container on a cleaned page and the sibling blocks that continue it. News templates
 * split a story across sibling blocks around ads, embeds and "read more" boxes; the sibling pass keeps every
 * part that still reads like the article, so the body is not cut at the first interruption.
 */
final class ContentFinder {
    /** A sibling scoring a fifth of the best container is another part of the same article. */
    private static final double SIBLING_SHARE = 0.2;
    private static final double MIN_SIBLING_SCORE = 10;
    /** Alternatives within three quarters of the best score that share an ancestor point to the real container. */
    private static final double ALTERNATIVE_SHARE = 0.75;
    private static final int ALTERNATIVES_NEEDED = 3;
    /** How far up shared ancestors are looked for; bounded so 10,000-deep pages stay linear. */
    private static final int MAX_CLIMB = 10;
    private static final int CONTINUATION_LEVELS = 2;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?。！？…\"”»]\\s*$|[.!?]\\s");

    private final CandidateScorer scorer;
    private final ContentHints hints;

    ContentFinder(CandidateScorer scorer, ContentHints hints) {
        this.scorer = scorer;
        this.hints = hints;
    }

    /** The parts of the article in document order, or empty when the page has no scoring text at all. */
    Optional<Content> find(Element body, Strictness strictness) {
        NodeStats stats = NodeStats.of(body);
        Map<Element, Double> scores = scorer.score(body, stats, strictness.weightClasses);
        if (scores.isEmpty()) {
            // Too little text to score (a one-line page): whatever text is left is the article.
            return stats.get(body).textLength > 0 ? Optional.of(new Content(body, List.of(body))) : Optional.empty();
        }
        List<Map.Entry<Element, Double>> ranked = new ArrayList<>(scores.entrySet());
        ranked.sort(Map.Entry.<Element, Double>comparingByValue(Comparator.reverseOrder()));
        Element top = ranked.get(0).getKey();
        top = sharedAncestor(top, ranked, body).orElse(top);
        top = climb(top, scores, body);
        double topScore = scores.getOrDefault(top, 0.0);
        if (top == body || top.parent() == null) {
            return Optional.of(new Content(body, List.of(body)));
        }
        List<Element> parts = siblings(top, topScore, scores, stats);
        return Optional.of(new Content(top, continuations(top, parts, topScore, scores, body)));
    }

    /** When several near-best candidates sit under one ancestor, the article is that ancestor. */
    private static Optional<Element> sharedAncestor(Element top, List<Map.Entry<Element, Double>> ranked,
                                                    Element body) {
        double best = ranked.get(0).getValue();
        List<Element> alternatives = new ArrayList<>();
        for (int i = 1; i < Math.min(ranked.size(), 6); i++) {
            if (ranked.get(i).getValue() >= best * ALTERNATIVE_SHARE) {
                alternatives.add(ranked.get(i).getKey());
            }
        }
        if (alternatives.size() < ALTERNATIVES_NEEDED) {
            return Optional.empty();
        }
        int level = 0;
        for (Element a = top.parent(); a != null && a != body && level < MAX_CLIMB; a = a.parent(), level++) {
            int inside = 0;
            for (Element alt : alternatives) {
                if (isAncestor(a, alt)) inside++;
            }
            if (inside >= ALTERNATIVES_NEEDED) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** Moves up while the parent scores higher, and past wrappers that hold nothing but the candidate. */
    private static Element climb(Element top, Map<Element, Double> scores, Element body) {
        double last = scores.getOrDefault(top, 0.0);
        double floor = last / 3;
        for (Element p = top.parent(); p != null && p != body; p = p.parent()) {
            Double s = scores.get(p);
            if (s == null) continue;
            if (s < floor) break;
            if (s > last) {
                top = p;
            }
            last = s;
        }
        while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        return top;
    }

    private List<Element> siblings(Element top, double topScore, Map<Element, Double> scores, NodeStats stats) {
        Element parent = top.parent();
        double threshold = Math.max(MIN_SIBLING_SCORE, topScore * SIBLING_SHARE);
        Map<Element, Double> bestInside = bestCandidateInside(parent, scores);
        List<Element> parts = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling != top && hints.isLegalBlock(sibling.text())) continue; // the footer beside the story
            if (sibling == top || belongs(sibling, top, topScore, threshold, scores, stats)
                    || bestInside.getOrDefault(sibling, 0.0) >= threshold) {
                parts.add(sibling);
            }
        }
        return parts;
    }

    /**
     * Looks one and two levels above the container for wrappers that continue the story: templates often
     * put each run of paragraphs in its own wrapper ("story-body-1" in one box, "story-body-2" in the next).
     * A wrapper counts when it holds a strong candidate and carries the same class as the container's own
     * wrapper, or holds a candidate as strong as half the container.
     */
    private static List<Element> continuations(Element top, List<Element> parts, double topScore,
                                               Map<Element, Double> scores, Element body) {
        List<Element> result = parts;
        Element wrapper = top.parent();
        for (int level = 0; level < CONTINUATION_LEVELS && wrapper != null && wrapper != body
                && wrapper.parent() != null && wrapper.parent() != body; level++, wrapper = wrapper.parent()) {
            Map<Element, Double> inside = bestCandidateInside(wrapper.parent(), scores);
            List<Element> widened = new ArrayList<>();
            boolean added = false;
            for (Element sibling : wrapper.parent().children()) {
                if (sibling == wrapper) {
                    widened.addAll(result);
                    continue;
                }
                double best = inside.getOrDefault(sibling, 0.0);
                boolean sameClass = !wrapper.className().isEmpty() && sibling.className().equals(wrapper.className());
                if (((sameClass && best >= topScore * SIBLING_SHARE) || best >= topScore * 0.75)
                        && !startsAnotherStory(sibling)) {
                    widened.add(sibling);
                    added = true;
                }
            }
            if (added) {
                result = widened;
            }
        }
        return result;
    }

    /** The next post on a blog front page or an endless-scroll news page has its own headline. */
    private static boolean startsAnotherStory(Element e) {
        return e.normalName().equals("article") || e.selectFirst("article, h1, h2") != null;
    }

    /**
     * For each child of {@code parent}, the best candidate score anywhere inside it. A story split into
     * sibling wrappers around figures scores its paragraphs deep inside each wrapper, too far down for the
     * points to reach the wrapper itself.
     */
    private static Map<Element, Double> bestCandidateInside(Element parent, Map<Element, Double> scores) {
        Map<Element, Double> best = new java.util.IdentityHashMap<>();
        for (Map.Entry<Element, Double> candidate : scores.entrySet()) {
            Element e = candidate.getKey();
            for (int level = 0; e != null && level < 4 * MAX_CLIMB; e = e.parent(), level++) {
                if (e.parent() == parent) {
                    best.merge(e, candidate.getValue(), Math::max);
                    break;
                }
            }
        }
        return best;
    }

    private boolean belongs(Element sibling, Element top, double topScore, double threshold,
                            Map<Element, Double> scores, NodeStats stats) {
        double bonus = !top.className().isEmpty() && sibling.className().equals(top.className())
                ? topScore * SIBLING_SHARE : 0;
        Double score = scores.get(sibling);
        if (score != null && score + bonus >= threshold) {
            return true;
        }
        if (!CandidateScorer.isParagraphBlock(sibling, stats)) {
            return false;
        }
        NodeStats.Counts c = stats.get(sibling);
        double linkDensity = c.linkDensity();
        if (c.textLength > 80) {
            return linkDensity < 0.25;
        }
        return c.textLength > 0 && linkDensity == 0 && SENTENCE_END.matcher(sibling.text()).find();
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        int level = 0;
        for (Element p = e.parent(); p != null && level < 4 * MAX_CLIMB; p = p.parent(), level++) {
            if (p == ancestor) return true;
        }
        return false;
    }

    /** The chosen container and the sibling elements that make up the article, in document order. */
    record Content(Element root, List<Element> parts) {
        Content {
            parts = List.copyOf(parts);
        }
    }
}
