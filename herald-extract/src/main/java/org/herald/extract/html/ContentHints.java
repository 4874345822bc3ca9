package org.herald.extract.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.herald.model.lexicon.Lexicon;
import org.jsoup.nodes.Element;

/**
 * The class/id vocabulary that separates article content from page furniture, read from
 * {@code content-hints.tsv} and {@code furniture-lines.tsv}. Loaded once and shared: immutable and thread-safe.
 */
public final class ContentHints {
    /** Longer than this, a block is more than a footer: a story about a privacy policy, say. */
    private static final int MAX_LEGAL_BLOCK = 1500;
    private final Pattern unlikely;
    private final Pattern keep;
    private final Pattern unrescued;
    private final Pattern grid;
    private final Pattern positive;
    private final Pattern negative;
    private final Pattern roles;
    private final Pattern share;
    private final Pattern furnitureLine;
    private final Pattern related;
    private final Pattern byline;
    private final Pattern authorBio;
    private final Pattern caption;
    private final Pattern captionText;
    private final Pattern relatedHeading;
    private final Pattern legal;
    private final Pattern moreLink;

    private ContentHints(Map<String, String> patterns, List<String> furnitureLines) {
        this.unlikely = compile(patterns, "unlikely");
        this.keep = compile(patterns, "keep");
        this.unrescued = compile(patterns, "unrescued");
        this.grid = Pattern.compile("^(?:" + patterns.get("grid") + ")$", Pattern.CASE_INSENSITIVE);
        this.positive = compile(patterns, "positive");
        this.negative = compile(patterns, "negative");
        this.roles = Pattern.compile("^(?:" + patterns.get("role") + ")$", Pattern.CASE_INSENSITIVE);
        this.share = compile(patterns, "share");
        this.related = compile(patterns, "related");
        this.byline = compile(patterns, "byline");
        this.authorBio = compile(patterns, "author-bio");
        this.caption = compile(patterns, "caption");
        this.captionText = compile(patterns, "caption-text");
        this.relatedHeading = Pattern.compile("^(?:" + patterns.get("related-heading") + ")\\s*:?$",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.moreLink = Pattern.compile("^(?:" + patterns.get("more-link") + ")\\s*(?:»|›|>|→|…|\\.\\.\\.)?$",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.legal = Pattern.compile(patterns.get("legal"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.furnitureLine = Pattern.compile("(?:" + String.join(")|(?:", furnitureLines) + ")",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    public static ContentHints load() {
        Map<String, String> patterns = new LinkedHashMap<>();
        for (List<String> row : Lexicon.rows(ContentHints.class, "content-hints.tsv", 2, 3)) {
            patterns.merge(row.get(0), row.get(1), (a, b) -> a + "|" + b);
        }
        for (String kind : List.of("unlikely", "keep", "unrescued", "grid", "positive", "negative", "role", "share", "related",
                "related-heading", "byline", "author-bio", "caption", "caption-text", "legal", "more-link")) {
            if (!patterns.containsKey(kind)) {
                throw new IllegalStateException("content-hints.tsv: no rows of kind " + kind);
            }
        }
        List<String> lines = new ArrayList<>(Lexicon.words(ContentHints.class, "furniture-lines.tsv"));
        return new ContentHints(patterns, lines);
    }

    private static Pattern compile(Map<String, String> patterns, String kind) {
        return Pattern.compile(patterns.get(kind), Pattern.CASE_INSENSITIVE);
    }

    /** Class and id joined, the string the patterns are matched against. */
    static String classAndId(Element e) {
        return e.className() + " " + e.id();
    }

    /** An ARIA role of page furniture: navigation, complementary, dialog … */
    boolean hasFurnitureRole(Element e) {
        String role = e.attr("role");
        return !role.isEmpty() && roles.matcher(role).matches();
    }

    /**
     * Furniture by its class or id, and not rescued by an article-like word. A keep word inside a name that holds
     * a word no keep word rescues does not count: "article-comments", "comment-body", "related-articles-box" name the
     * comments and the links beside the story. Another name of the element may still rescue it ("article-body
     * has-comments"). A grid framework's layout name ("column", "columns") rescues nothing either: it says where a block
     * sits, not what it is ({@code <li class="column comment">} is a comment).
     */
    boolean isUnlikely(Element e) {
        String s = classAndId(e);
        if (s.length() <= 1 || !unlikely.matcher(s).find()) return false;
        for (String name : s.split("\\s+")) {
            if (!name.isEmpty() && keep.matcher(name).find() && !grid.matcher(name).matches()
                    && !(unrescued.matcher(name).find() && unlikely.matcher(name).find())) {
                return false;
            }
        }
        return true;
    }

    /** +25 for each of class and id that looks like content, -25 for each that looks like furniture. */
    int weight(Element e) {
        int w = 0;
        for (String s : new String[] {e.className(), e.id()}) {
            if (s.isEmpty()) continue;
            if (negative.matcher(s).find()) w -= 25;
            if (positive.matcher(s).find()) w += 25;
        }
        return w;
    }

    boolean isShareBar(Element e) {
        String s = classAndId(e);
        return s.length() > 1 && share.matcher(s).find();
    }

    /** A byline or timestamp element, by its class, id, {@code rel} or {@code itemprop}. */
    boolean isByline(Element e) {
        if (e.attr("rel").equals("author") || e.attr("itemprop").contains("author")) {
            return true;
        }
        String s = classAndId(e);
        return s.length() > 1 && byline.matcher(s).find();
    }

    /** The box about the author under a story, by its class or id: "authorprofile", "entry-author__description". */
    boolean isAuthorBio(Element e) {
        String s = classAndId(e);
        return s.length() > 1 && authorBio.matcher(s).find();
    }

    /** A photo credit (or caption) by its class or id, wherever it sits: "image-copyright", "bildunterschrift". */
    boolean isCaption(Element e) {
        String s = classAndId(e);
        return s.length() > 1 && caption.matcher(s).find();
    }

    /**
     * A photo caption by its class or id ("caption", "wp-caption-text", "thumbcaption"): left out of the body unless
     * {@link org.herald.extract.ExtractSettings#captionsInBody()}.
     */
    boolean isCaptionText(Element e) {
        String s = classAndId(e);
        return s.length() > 1 && captionText.matcher(s).find();
    }

    /**
     * A site's legal and contact block: two or more different legal phrases ("Legal notice", "Terms of use",
     * "Privacy policy", "© 2024") in a text of footer size.
     */
    boolean isLegalBlock(String text) {
        if (text.length() > MAX_LEGAL_BLOCK) return false;
        java.util.Set<String> found = new java.util.HashSet<>();
        java.util.regex.Matcher m = legal.matcher(text);
        while (m.find() && found.size() < 2) found.add(m.group().toLowerCase(java.util.Locale.ROOT));
        return found.size() >= 2;
    }

    /** Whether a paragraph holds one of the legal and contact phrases ("Privacy policy", "© 2024"). */
    boolean hasLegalPhrase(String text) {
        return legal.matcher(text).find();
    }

    /** The text of a link to the rest of another story: "mehr", "Read more »", "Lire la suite". */
    boolean isMoreLink(String text) {
        return text.length() < 30 && moreLink.matcher(text.strip()).matches();
    }

    /** A block of links to other stories, by its class or id. */
    boolean isRelated(Element e) {
        String s = classAndId(e);
        return s.length() > 1 && related.matcher(s).find();
    }

    /** "Related", "You might also like", "More from Europe": a heading that introduces related links. */
    boolean isRelatedHeading(String text) {
        return text.length() < 60 && relatedHeading.matcher(text.strip()).matches();
    }

    /** A whole paragraph that is page furniture: "ADVERTISEMENT", "Share this article", "Photo: X/Reuters". */
    boolean isFurnitureLine(String paragraph) {
        return paragraph.length() < 200 && furnitureLine.matcher(paragraph.strip()).matches();
    }
}
