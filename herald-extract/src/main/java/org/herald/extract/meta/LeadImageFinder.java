package org.herald.extract.meta;

import java.util.Optional;
import java.util.regex.Pattern;
import org.herald.model.LeadImage;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.Elements;

/**
 * Finds the article's lead image with its caption and credit: the first substantial figure or image at the top of
 * the article, also when it sits just before the article container (above the headline); else the page's og:image.
 * Thread-safe.
 */
public final class LeadImageFinder {
    /** Images declared smaller than this many pixels on a side are icons, avatars and buttons. */
    static final int MIN_SIDE_PIXELS = 200;
    /** A lead image comes before this many paragraphs of the article; later ones illustrate the story's body. */
    static final int MAX_PARAGRAPHS_BEFORE = 3;
    /** How many ancestors of the article root are searched for a figure placed just before it. */
    static final int ANCESTORS_SEARCHED = 3;

    private static final Pattern NOT_A_PHOTO = Pattern.compile(
            "(?i)logo|icon|avatar|sprite|spacer|badge|emoji|gravatar|share|social|button|banner-ad|advert|tracking|\\.svg"
                    + "|[/_-]ads?[/_.-]");
    private static final Pattern CAPTION = Pattern.compile("(?i)caption");
    private static final Pattern CREDIT = Pattern.compile("(?i)credit|copyright|byline|photographer|attribution|rights");
    private static final Pattern CREDIT_ITEMPROP = Pattern.compile("(?i)creator|copyrightHolder|author");
    private static final Pattern CREDIT_LABEL = Pattern.compile(
            "^(?:(?:photo|credit|image|foto|bild|picture)(?:\\s*:\\s*|\\s+|(?=\\p{Lu})))+", Pattern.CASE_INSENSITIVE);

    private final CaptionSplitter captions = new CaptionSplitter();

    /**
     * The lead image of the article under {@code articleRoot} (or of the page's {@code <article>} or body when no
     * root is given), falling back to {@code meta.image()}.
     */
    public Optional<LeadImage> find(Document doc, Optional<Element> articleRoot, PageMetadata meta) {
        Element root = articleRoot.orElseGet(() -> {
            Element article = doc.selectFirst("article");
            return article != null ? article : doc.body();
        });
        if (root == null) {
            return meta.image();
        }
        Optional<Element> lead = firstIn(root, true).or(() -> justBefore(root)).or(() -> firstIn(root, false));
        return lead.flatMap(this::describe).or(meta::image);
    }

    /** The first substantial image in the root; with {@code atTop}, only one before the first few paragraphs. */
    private Optional<Element> firstIn(Element root, boolean atTop) {
        int paragraphs = 0;
        for (Element e : root.select("p, img")) {
            if (e.tagName().equals("p") && e.text().length() > 80) {
                paragraphs++;
                if (atTop && paragraphs >= MAX_PARAGRAPHS_BEFORE) {
                    return Optional.empty();
                }
            } else if (e.tagName().equals("img") && substantial(e)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The nearest substantial image before the root inside its ancestors: a figure above the headline. */
    private Optional<Element> justBefore(Element root) {
        Element ancestor = root;
        for (int i = 0; i < ANCESTORS_SEARCHED && ancestor.parent() != null; i++) {
            ancestor = ancestor.parent();
            Elements all = ancestor.select("*");
            int rootIndex = all.indexOf(root);
            for (int j = rootIndex - 1; j >= 0; j--) {
                Element e = all.get(j);
                if (e.tagName().equals("img") && substantial(e)) {
                    return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean substantial(Element img) {
        if (ImageSource.url(img).isEmpty() || tooSmall(img.attr("width")) || tooSmall(img.attr("height"))) {
            return false;
        }
        String marks = img.attr("src") + " " + img.attr("data-src") + " " + img.className() + " " + img.id()
                + " " + img.attr("alt");
        if (NOT_A_PHOTO.matcher(marks).find()) {
            return false;
        }
        for (Element a : img.parents()) {
            String tag = a.tagName();
            if (tag.equals("nav") || tag.equals("footer") || tag.equals("aside") || tag.equals("header") && a.selectFirst("h1") == null) {
                return false;
            }
        }
        return true;
    }

    private static boolean tooSmall(String size) {
        String digits = size.replaceAll("(?i)px$", "").strip();
        return digits.matches("\\d+") && Integer.parseInt(digits) < MIN_SIDE_PIXELS;
    }

    /** The image with the caption and credit of its figure. */
    private Optional<LeadImage> describe(Element img) {
        Optional<String> url = ImageSource.url(img);
        if (url.isEmpty()) {
            return Optional.empty();
        }
        Element figure = img.closest("figure");
        Element scope = figure != null ? figure : img.parent();
        Optional<Element> creditElement = creditElement(scope, img);
        Optional<String> captionText = captionElement(scope, img)
                .map(c -> textWithout(c, creditElement))
                .filter(t -> !t.isEmpty());
        CaptionSplitter.Split split = captionText.map(captions::split)
                .orElse(new CaptionSplitter.Split(Optional.empty(), Optional.empty()));
        Optional<String> credit = creditElement.map(Element::text).or(split::credit)
                .map(LeadImageFinder::cleanCredit).filter(c -> !c.isEmpty());
        return Optional.of(new LeadImage(url.get(), split.caption(), credit));
    }

    /** The innermost element of the figure marked as the photo credit ("c-lead-image__attribution"). */
    private static Optional<Element> creditElement(Element scope, Element img) {
        Element found = null;
        for (Element e : scope.select("*")) {
            boolean marked = CREDIT.matcher(e.className()).find() || CREDIT_ITEMPROP.matcher(e.attr("itemprop")).find();
            if (e != img && marked && !e.text().isBlank()
                    && e.text().split("\\s+").length <= CaptionSplitter.MAX_CREDIT_WORDS * 2) {
                found = e;
            }
            if (found != null && found != e && !e.parents().contains(found)) {
                break;
            }
        }
        return Optional.ofNullable(found);
    }

    private static Optional<Element> captionElement(Element scope, Element img) {
        Element caption = scope.selectFirst("figcaption");
        if (caption != null) {
            return Optional.of(caption);
        }
        for (Element e : scope.select("*")) {
            if (e != img && CAPTION.matcher(e.className()).find() && !e.text().isBlank()) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The caption's text without the credit printed inside it. */
    private static String textWithout(Element caption, Optional<Element> credit) {
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode && (credit.isEmpty() || !insideOf(node, credit.get()))) {
                text.append(((TextNode) node).text()).append(' ');
            }
        }, caption);
        return TitleCleaner.normalise(text.toString());
    }

    private static boolean insideOf(Node node, Element ancestor) {
        for (Node n = node; n != null; n = n.parentNode()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** "(Bild: Hersteller)" → "Hersteller"; "CreditCreditJeon Heon-Kyun/EPA" (hidden labels) → "Jeon Heon-Kyun/EPA". */
    private static String cleanCredit(String text) {
        return CREDIT_LABEL.matcher(TitleCleaner.normalise(text).replaceAll("^[(\\[]|[)\\]]$", "")).replaceFirst("")
                .replaceAll("^[©:\\s]+", "").strip();
    }
}
