package org.herald.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Places the lines the {@link LineClassifier} left open by where they stand. A scrape reads top to bottom as
 * site chrome and menus, headline, header (caption, credit, byline, share bar, standfirst), body, then related
 * headlines, comments and footer. The body is found first, as the run of lines where prose outweighs the rest
 * most ({@link #mainText}); the headline is then looked for above it, and everything outside is furniture:
 * <pre>
 * Home   World   Business                                      ← furniture: above the headline
 * Wildfire forces thousands from homes near Thessia            ← title: the longest headline-shaped line above
 * Firefighters battle the blaze on Monday.                     ← caption: repeated below with its credit
 * Firefighters battle the blaze on Monday. Copyright M. Lenz   ← credit
 * By AP &amp; Kestrel News                                        ← byline
 * Officials say the fire was started by lightning.             ← standfirst: prose before the body starts
 * ADVERTISEMENT
 * THESSIA, Greece (AP) — Thousands of residents fled …         ← body: opens with a dateline, or two prose lines
 * </pre>
 */
final class PageLayout {
    /** Headlines run to about this many words; among longer lines above the body, the upper one wins. */
    private static final int HEADLINE_WORDS = 12;

    /** A line of this many words or more in sentence case is a list item of the article, not a menu entry. */
    private static final int LIST_ITEM_WORDS = 5;
    /** Below this share of capitalised words a line is in sentence case; Title Case headlines are above it. */
    private static final double SENTENCE_CASE = 0.5;
    /**
     * Not a headline: "By Daniel Kahn, Senior Technologist", a list item ("+ Added Slime Block"), a lead-in
     * ("Let's see what we got:"), a date or time ("10:00 PM UTC", "04.05.2015 à 13h36", "2/26/2015").
     */
    private static final Pattern NOT_HEADLINE = Pattern.compile(
            "^(?i:by)\\s|^[-+*•·]\\s|:$|\\b\\d{1,2}[:h]\\d{2}\\b|\\b\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}\\b");
    private final ScrapedTextSettings settings;
    private final LineClassifier classifier;
    private final CaptionSplitter splitter = new CaptionSplitter();

    PageLayout(ScrapedTextSettings settings, LineClassifier classifier) {
        this.settings = settings;
        this.classifier = classifier;
    }

    /** One or two classified lines per input line (two when a caption carries its credit), in input order. */
    List<ClassifiedLine> classify(List<LineFeatures> lines) {
        int n = lines.size();
        List<Optional<ClassifiedLine>> evident = new ArrayList<>(n);
        for (LineFeatures f : lines) {
            evident.add(classifier.evident(f));
        }
        ClassifiedLine[] roles = new ClassifiedLine[n];
        List<ClassifiedLine> extraCredits = new ArrayList<>();
        Run main = mainText(lines, evident);
        int bodyStart = findBodyStart(lines, evident, main.start(), main.end());
        int title = findTitle(lines, evident, bodyStart);
        for (int i = 0; i < Math.min(n, Math.max(title, 0)); i++) {
            // Above the headline: navigation and site chrome, unless a date or byline.
            roles[i] = evident.get(i).filter(c -> c.role() == LineRole.DATE || c.role() == LineRole.BYLINE)
                    .orElse(new ClassifiedLine(i, LineRole.FURNITURE, lines.get(i).text()));
        }
        if (title >= 0) {
            roles[title] = new ClassifiedLine(title, LineRole.TITLE, lines.get(title).text());
        }
        header(lines, evident, roles, extraCredits, title + 1, bodyStart);
        body(lines, evident, roles, bodyStart, Math.max(main.end(), bodyStart));
        List<ClassifiedLine> out = new ArrayList<>(n + extraCredits.size());
        int extra = 0;
        for (int i = 0; i < n; i++) {
            out.add(roles[i]);
            while (extra < extraCredits.size() && extraCredits.get(extra).index() == i) {
                out.add(extraCredits.get(extra++));
            }
        }
        return out;
    }

    /**
     * The headline: the longest line shaped like one within the header window above the body, the upper one on
     * a tie, since a subheading or caption sits under the headline. Passed over: what a header holds besides
     * (standfirst and other sentences, evident lines, captions with a credit, "By …" lines, dates and times).
     * With no such line the page has no title.
     */
    private int findTitle(List<LineFeatures> lines, List<Optional<ClassifiedLine>> evident, int bodyStart) {
        int best = -1;
        int bestScore = 0;
        for (int i = bodyStart - 1; i >= Math.max(0, bodyStart - settings.headerWindow()); i--) {
            LineFeatures f = lines.get(i);
            if (evident.get(i).isPresent() || !headline(f) || f.creditAt().isPresent()
                    || NOT_HEADLINE.matcher(f.text()).find()) {
                continue; // "Passengers board a ferry on Friday. (AP Photo/Jonas Weir)" is a caption
            }
            int score = Math.min(f.words(), HEADLINE_WORDS);
            if (best < 0 || score >= bestScore) {
                best = i;
                bestScore = score;
            }
        }
        return best;
    }

    private boolean headline(LineFeatures f) {
        return f.words() <= settings.maxTitleWords() && !f.endsSentence();
    }

    /**
     * The run of lines holding the article text: the stretch where prose outweighs
     * everything else most. Each prose line adds its words; each short content line (a menu entry, a label, a
     * teaser headline), furniture line and related-links heading takes some off, so menus, link lists and
     * footers around the article, and a second story below it, fall outside. A short list inside the article
     * costs less than the paragraphs around it add, so it stays in.
     */
    private Run mainText(List<LineFeatures> lines, List<Optional<ClassifiedLine>> evident) {
        int bestStart = 0;
        int bestEnd = 0;
        int best = 0;
        int start = 0;
        int sum = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (sum <= 0) {
                start = i;
                sum = 0;
            }
            sum += weight(lines.get(i), evident.get(i));
            if (sum > best) {
                best = sum;
                bestStart = start;
                bestEnd = i + 1;
            }
        }
        return best > 0 ? new Run(bestStart, bestEnd) : new Run(lines.size(), lines.size());
    }

    private int weight(LineFeatures f, Optional<ClassifiedLine> evident) {
        if (evident.isPresent()) {
            switch (evident.get().role()) {
                // "12 Comments", "Leave a reply": what follows is readers' text, not the article's
                case FURNITURE: return f.cues().contains(Cue.COMMENTS) ? -settings.relatedPenalty() : -settings.furniturePenalty();
                case RELATED_HEADING: return -settings.relatedPenalty();
                case RELATED: return -settings.shortLinePenalty();
                default: return 0;
            }
        }
        if (paragraph(f)) {
            return f.words();
        }
        // "+ Added Slime Block and Iron Trapdoor blocks": a list item reads in sentence case, a teaser headline
        // in Title Case; the item counts for half its words
        return textLine(f) ? f.words() / 2 : -settings.shortLinePenalty();
    }

    /** A full sentence of some length, or a long line that ends without a stop (a paragraph closing on a link). */
    private boolean paragraph(LineFeatures f) {
        return f.prose(settings.minProseWords()) || f.words() >= settings.longSentenceWords() * 2;
    }

    /**
     * Where the body starts inside the main text: a wire dateline near the top; else the first prose line followed
     * at once by more prose (a standfirst is followed by the byline, an advert or the share bar); else the first
     * prose line.
     */
    private int findBodyStart(List<LineFeatures> lines, List<Optional<ClassifiedLine>> evident, int from, int to) {
        for (int i = Math.max(0, from - settings.headerWindow()); i < Math.min(to, from + settings.headerWindow()); i++) {
            if (evident.get(i).isEmpty() && lines.get(i).dateline()) {
                return i;
            }
        }
        int firstProse = -1;
        for (int i = from; i < to; i++) {
            if (evident.get(i).isPresent()) {
                continue;
            }
            if (paragraph(lines.get(i))) {
                firstProse = firstProse < 0 ? i : firstProse;
                if (i + 1 < to && evident.get(i + 1).isEmpty() && lines.get(i + 1).words() >= settings.minProseWords()) {
                    return i;
                }
            }
        }
        return firstProse >= 0 ? firstProse : from;
    }

    /** Between title and body: caption and credit, byline, dates, the standfirst; the rest is furniture. */
    private void header(List<LineFeatures> lines, List<Optional<ClassifiedLine>> evident, ClassifiedLine[] roles,
            List<ClassifiedLine> extraCredits, int from, int to) {
        for (int i = from; i < to; i++) {
            LineFeatures f = lines.get(i);
            Optional<ClassifiedLine> e = evident.get(i);
            if (e.isPresent()) {
                ClassifiedLine c = e.get();
                roles[i] = c.role() == LineRole.RELATED_HEADING ? furniture(f) : c;
                if (c.role() == LineRole.CREDIT && i > from && roles[i - 1] == null) {
                    // the line before a credit is its caption: "Smoke rises over Thessia." / "Photo: Maria Lenz"
                    roles[i - 1] = new ClassifiedLine(i - 1, LineRole.CAPTION, lines.get(i - 1).text());
                }
                continue;
            }
            Optional<CaptionSplitter.Split> split = splitter.split(f);
            if (split.isPresent()) {
                roles[i] = new ClassifiedLine(i, LineRole.CAPTION, split.get().caption());
                extraCredits.add(new ClassifiedLine(i, LineRole.CREDIT, split.get().credit()));
            }
        }
        int standfirst = -1;
        for (int i = from; i < to && standfirst < 0; i++) {
            if (roles[i] == null && (lines.get(i).words() >= 6 || lines.get(i).endsSentence())) {
                standfirst = i;
            }
        }
        for (int i = from; i < to; i++) {
            if (roles[i] == null) {
                // a second prose line before the body is kept as body; a short label ("Europe", "Wildfires") is not
                LineFeatures f = lines.get(i);
                roles[i] = i == standfirst ? new ClassifiedLine(i, LineRole.STANDFIRST, f.text())
                        : f.prose(settings.minProseWords()) ? new ClassifiedLine(i, LineRole.BODY, f.text())
                        : furniture(f);
            }
        }
    }

    /**
     * From the body start: paragraphs until a related-links heading; furniture dropped without ending the body.
     * From {@code end}, past the main text, what would be a paragraph is furniture (comments, footer, other stories).
     */
    private void body(List<LineFeatures> lines, List<Optional<ClassifiedLine>> evident, ClassifiedLine[] roles, int from,
            int end) {
        boolean inRelated = false;
        int relatedSinceHeading = 0;
        for (int i = from; i < lines.size(); i++) {
            LineFeatures f = lines.get(i);
            Optional<ClassifiedLine> e = evident.get(i);
            if (e.isPresent()) {
                ClassifiedLine c = e.get();
                roles[i] = c;
                if (c.role() == LineRole.RELATED_HEADING) {
                    inRelated = true;
                    relatedSinceHeading = 0;
                } else if (c.role() == LineRole.CREDIT && f.extendsPrevious().isPresent() && i > from
                        && roles[i - 1].role() == LineRole.BODY) {
                    // an image inside the body: its caption came first, then again with the credit
                    roles[i - 1] = new ClassifiedLine(i - 1, LineRole.CAPTION, lines.get(i - 1).text());
                }
                continue;
            }
            if (inRelated) {
                if (f.words() >= 2 && f.words() <= settings.maxRelatedWords() && !f.text().endsWith(".")) {
                    roles[i] = new ClassifiedLine(i, LineRole.RELATED, f.text());
                    relatedSinceHeading++;
                    continue;
                }
                if (!f.prose(settings.minProseWords()) || relatedSinceHeading >= 2 && !storyGoesOn(lines, evident, i)) {
                    roles[i] = furniture(f); // a teaser sentence under a headline
                    continue;
                }
                inRelated = false; // a related box inside the body, then the story goes on
            }
            if (i >= end) {
                roles[i] = furniture(f);
                continue;
            }
            roles[i] = splitter.split(f).filter(s -> !f.prose(settings.longSentenceWords()))
                    .map(s -> furniture(f)) // "Rescuers search the rubble. (AP Photo/Jonas Weir)" inside the body
                    .orElse(new ClassifiedLine(i, LineRole.BODY, f.text()));
        }
    }

    /** A paragraph or a list item: what the main text is made of. */
    private boolean textLine(LineFeatures f) {
        return paragraph(f) || f.words() >= LIST_ITEM_WORDS && f.capitalised() < SENTENCE_CASE;
    }

    /** After a related box, two prose lines in a row: the article resumes (a teaser is one sentence). */
    private boolean storyGoesOn(List<LineFeatures> lines, List<Optional<ClassifiedLine>> evident, int i) {
        return i + 1 < lines.size() && evident.get(i + 1).isEmpty() && lines.get(i + 1).prose(settings.minProseWords());
    }

    /** Lines {@code [start, end)}. */
    private record Run(int start, int end) {}

    private static ClassifiedLine furniture(LineFeatures f) {
        return new ClassifiedLine(f.index(), LineRole.FURNITURE, f.text());
    }
}
