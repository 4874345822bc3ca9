package org.herald.extract.meta;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Finds the byline printed on the page: a {@code rel=author} link, an element whose class or id says byline or
 * author, or a "By Jane Doe" line near the headline. Thread-safe.
 */
final class BylineFinder {
    /** Text longer than this is an author box or a paragraph, not a byline. */
    static final int MAX_BYLINE_CHARS = 100;
    /** How many elements after the h1 are searched for a "By …" line. */
    static final int LINES_AFTER_HEADING = 40;

    // "author" but not "authority-control" or "authorization"
    private static final String MARKS = "(?i)byline|author(?!i[tz])|writtenby";
    private static final String MARKED = "[rel=author], [class~=" + MARKS + "], [id~=" + MARKS + "]";
    /** Bylines are not in navigation, forms or comment threads; author lists there are menus and commenters. */
    // Whole words of a class or id: "site-nav", "comments", not Yahoo's atomic "Bdbc(navliteLinkUnderline)".
    private static final Pattern NOT_ARTICLE = Pattern.compile(
            "(?i)(?:^|[\\s_-])(?:comments?|comment-list|login|signin|account|menu|nav|navbar|navigation|footer)(?:$|[\\s_-])");
    private static final Pattern BY_LINE = Pattern.compile("^(?iu:by|von|par|por|door|di)\\s+\\p{Lu}.*");

    // https://example.org/author/jane-doe, /staff/jane-doe, /people/jane-doe
    private static final Pattern AUTHOR_PAGE = Pattern.compile(
            "(?i)/(?:authors?|writers?|staff|people|profiles?|contributors?|journalists?|columnists?|by|autor|auteur)/");

    private final BylineCleaner cleaner;

    BylineFinder(BylineCleaner cleaner) {
        this.cleaner = cleaner;
    }

    /** The first printed byline that names a person, else the first naming only agencies. */
    Byline find(Document doc, Optional<String> siteName) {
        Byline agencyOnly = Byline.NONE;
        for (Element e : doc.body().select(MARKED)) {
            if (e.tagName().equals("link") || e.tagName().equals("meta") || outsideArticle(e)) {
                continue;
            }
            String text = e.text();
            if (text.isBlank() || text.length() > MAX_BYLINE_CHARS) {
                continue;
            }
            Byline credits = cleaner.credits(text, siteName);
            List<String> linked = authorLinks(e, siteName);
            if (!linked.isEmpty()) {
                credits = new Byline(linked, credits.agencies());
            }
            if (!credits.isEmpty() && credits.authors().stream().allMatch(cleaner::isAgency)) {
                agencyOnly = agencyOnly.isEmpty() ? credits : agencyOnly;
            } else if (!credits.isEmpty()) {
                return credits;
            }
        }
        Byline nearHeading = byLineNearHeading(doc, siteName);
        return nearHeading.isEmpty() ? agencyOnly : nearHeading;
    }

    /**
     * The names of links to author pages inside a byline: the byline's own text may run on into a job title
     * ("Ben Silverman Games Editor") that only the markup separates.
     */
    private List<String> authorLinks(Element byline, Optional<String> siteName) {
        List<String> names = new ArrayList<>();
        for (Element link : byline.select("a[href]")) {
            if (AUTHOR_PAGE.matcher(link.attr("href")).find()) {
                names.addAll(cleaner.names(link.text(), siteName));
            }
        }
        return List.copyOf(new LinkedHashSet<>(names));
    }

    /** "By Jane Doe" printed under the headline without any marking class. */
    private Byline byLineNearHeading(Document doc, Optional<String> siteName) {
        Element h1 = doc.body().selectFirst("h1");
        if (h1 == null) {
            return Byline.NONE;
        }
        Elements all = doc.body().select("*");
        int start = all.indexOf(h1);
        for (int i = start + 1; i < all.size() && i <= start + LINES_AFTER_HEADING; i++) {
            String text = all.get(i).ownText().strip();
            if (text.length() <= MAX_BYLINE_CHARS && BY_LINE.matcher(text).matches()) {
                Byline credits = cleaner.credits(all.get(i).text(), siteName);
                if (!credits.isEmpty()) {
                    return credits;
                }
            }
        }
        return Byline.NONE;
    }

    private static boolean outsideArticle(Element e) {
        for (Element a : e.parents()) {
            String tag = a.tagName();
            if (tag.equals("nav") || tag.equals("form") || tag.equals("footer")
                    || NOT_ARTICLE.matcher(a.id() + " " + a.className()).find()) {
                return true;
            }
        }
        return false;
    }
}
