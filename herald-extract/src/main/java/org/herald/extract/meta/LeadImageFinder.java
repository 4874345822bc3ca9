package org.herald.extract.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.herald.model.LeadImage;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
            "(?i)logo|icon|avatar|sprite|spacer|badge|emoji|gravatar|share|social|button|banner-ad|advert|tracking|\\.svg");
    private static final Pattern CAPTION = Pattern.compile("(?i)caption");
    private static final Pattern CREDIT = Pattern.compile("(?i)credit|copyright|byline|photographer|source|rights");

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
        Optional<String> credit = Optional.empty();
        List<Element> creditElements = new ArrayList<>();
        for (Element e : scope.select("*")) {
            if (e != img && CREDIT.matcher(e.className()).find() && !e.text().isBlank()) {
                creditElements.add(e);
            }
        }
        if (!creditElements.isEmpty()) {
            credit = Optional.of(creditElements.get(0).text().replaceAll("^(?i)(?:photo|credit|image)\\s*:\\s*", "")
                    .replaceAll("^©\\s*", "").strip());
        }
        Optional<String> captionText = captionText(scope, img);
        if (credit.isPresent()) {
            String creditText = creditElements.get(0).text();
            return Optional.of(new LeadImage(url.get(),
                    captionText.map(c -> c.replace(creditText, "").strip()).filter(c -> !c.isEmpty())
                            .map(c -> captions.split(c).caption().orElse(c)), credit));
        }
        if (captionText.isEmpty()) {
            return Optional.of(new LeadImage(url.get(), Optional.empty(), Optional.empty()));
        }
        CaptionSplitter.Split split = captions.split(captionText.get());
        return Optional.of(new LeadImage(url.get(), split.caption(), split.credit()));
    }

    private static Optional<String> captionText(Element scope, Element img) {
        Element caption = scope.selectFirst("figcaption");
        if (caption == null) {
            for (Element e : scope.select("*")) {
                if (e != img && CAPTION.matcher(e.className()).find() && !e.text().isBlank()) {
                    caption = e;
                    break;
                }
            }
        }
        if (caption == null) {
            return Optional.empty();
        }
        String text = TitleCleaner.normalise(caption.text());
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
}
