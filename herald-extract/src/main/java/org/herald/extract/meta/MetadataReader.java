package org.herald.extract.meta;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herald.extract.date.DateParser;
import org.herald.extract.date.DatelineParser;
import org.herald.extract.lang.LanguageGuesser;
import org.herald.model.LeadImage;
import org.herald.model.lexicon.Lexicon;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads what a page says about itself: JSON-LD, OpenGraph, Twitter cards, meta names, parsely JSON, microdata,
 * {@code <time pubdate>}, the date in the URL and the printed byline. Which source wins for each field is the
 * table {@code metadata-sources.tsv}; a value must also pass its field's checks (dates parse and are not in the
 * future, bylines hold a name that is not the site's). Thread-safe; build one and share it.
 */
public final class MetadataReader {
    /** The metadata fields, as named in the first column of {@code metadata-sources.tsv}. */
    enum Field { TITLE, AUTHORS, PUBLISHED, MODIFIED, SUMMARY, SITE, CANONICAL, IMAGE, SECTION, TYPE, LANGUAGE }

    // /2024/03/03/, /2024-03-03-, /20240303/ in a URL path
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\\d|3[01])(?:[/_.-]|$)"
                    + "|/((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])/");

    private static final Set<String> SOURCE_KINDS = Set.of("jsonld", "meta", "parsely", "itemprop", "link", "dom");
    private static final Set<String> DOM_SOURCES = Set.of("title", "h1", "html-lang", "time-pubdate", "time",
            "url-date", "byline", "dateline");
    /** JSON-LD keys whose objects stand for a URL ({"@type": "ImageObject", "url": …}) rather than a name. */
    private static final Set<String> URL_VALUED = Set.of("image", "url", "mainEntityOfPage", "logo");
    /** The sources a JSON-LD title candidate is checked against. */
    private static final List<String> TITLE_REFERENCES = List.of("dom:title", "dom:h1", "meta:og:title");

    /** A dateline opens one of the article's first paragraphs, after a lead-in or photo caption at most. */
    static final int DATELINE_PARAGRAPHS = 5;

    private final DateParser dates;
    private final DatelineParser datelines = new DatelineParser();
    private final BylineCleaner bylines;
    private final BylineFinder bylineFinder;
    private final TitleCleaner titles = new TitleCleaner();
    private final JsonLdReader jsonLd = new JsonLdReader();
    private final PublisherNames publishers = new PublisherNames();
    private final Clock clock;
    private final Map<Field, List<String>> sources = new EnumMap<>(Field.class);

    public MetadataReader(DateParser dates, BylineCleaner bylines, Clock clock) {
        this.dates = dates;
        this.bylines = bylines;
        this.bylineFinder = new BylineFinder(bylines);
        this.clock = clock;
        for (List<String> row : Lexicon.rows(MetadataReader.class, "metadata-sources.tsv", 2, 3)) {
            Field field = Field.valueOf(row.get(0).toUpperCase(Locale.ROOT));
            sources.computeIfAbsent(field, f -> new ArrayList<>()).add(checked(row.get(1)));
        }
    }

    /** A source named in the table, checked at start-up so a typo fails at once rather than read as nothing. */
    private static String checked(String source) {
        int colon = source.indexOf(':');
        String kind = colon < 0 ? source : source.substring(0, colon);
        if (!SOURCE_KINDS.contains(kind) || kind.equals("dom") && !DOM_SOURCES.contains(source.substring(colon + 1))) {
            throw new IllegalStateException("metadata-sources.tsv: unknown source " + source);
        }
        return source;
    }

    /** A reader with its own date parser and byline cleaner, judging dates against the system clock. */
    public MetadataReader() {
        this(new DateParser(), new BylineCleaner(), Clock.systemUTC());
    }

    /**
     * The metadata of a parsed page. {@code pageUrl} resolves relative links and gives the URL date; without it,
     * the document's base URI is used.
     */
    public PageMetadata read(Document doc, Optional<String> pageUrl) {
        Page page = new Page(doc, jsonLd.read(doc), new MetaTags(doc, jsonLd),
                pageUrl.filter(u -> !u.isBlank()).orElse(doc.location()));
        Optional<String> canonical = first(page, Field.CANONICAL, u -> Links.absolute(u, page.url()));
        Optional<String> site = publishers.publisher(all(page, Field.SITE, MetadataReader::text),
                Optional.of(page.url()).filter(u -> !u.isBlank()).or(() -> canonical));
        Optional<String> modified = date(page, Field.MODIFIED, canonical, Optional.empty());
        Optional<String> published = date(page, Field.PUBLISHED, canonical, modified);
        Byline byline = authors(page, site);
        return new PageMetadata(
                title(page, site),
                byline.authors(),
                byline.agencies(),
                published,
                modified,
                first(page, Field.LANGUAGE, LanguageGuesser::normalise),
                first(page, Field.SUMMARY, MetadataReader::text),
                site,
                canonical,
                first(page, Field.IMAGE, u -> Links.absolute(u, page.url())).map(LeadImage::of),
                first(page, Field.SECTION, MetadataReader::text),
                first(page, Field.TYPE, MetadataReader::text),
                bodyHint(page));
    }

    /** JSON-LD articleBody, else the microdata articleBody element's text: what the page says its body is. */
    private static Optional<String> bodyHint(Page page) {
        Optional<String> json = page.json().values("articleBody", false).stream().filter(t -> !t.isBlank()).findFirst();
        // Some sites put the body's HTML in articleBody: its text is what counts.
        if (json.isPresent()) return json.map(t -> t.indexOf('<') >= 0 ? org.jsoup.Jsoup.parse(t).text() : t);
        org.jsoup.nodes.Element micro = page.doc().selectFirst("[itemprop=articleBody]");
        return micro == null || micro.text().isBlank() ? Optional.empty() : Optional.of(micro.text());
    }

    /** One page being read: the parsed sources every field looks into. */
    private record Page(Document doc, LinkedData json, MetaTags meta, String url) {}

    /**
     * The first title candidate in table order. A JSON-LD candidate must agree with the page's own {@code <title>},
     * h1 or og:title, since some sites put a description in "headline"; meta titles are set for the purpose.
     */
    private Optional<String> title(Page page, Optional<String> site) {
        List<String> headings = candidates(page, "dom:h1");
        Optional<String> fallback = Optional.empty();
        for (String source : sources.get(Field.TITLE)) {
            for (String value : candidates(page, source)) {
                String title = source.equals("dom:title")
                        ? titles.cleanDocumentTitle(value, site, headings)
                        : titles.clean(value, site);
                if (title.isBlank()) {
                    continue;
                }
                if (fallback.isEmpty()) {
                    fallback = Optional.of(title);
                }
                if (!source.startsWith("jsonld:") || TITLE_REFERENCES.stream()
                        .flatMap(r -> candidates(page, r).stream()).anyMatch(r -> TitleCleaner.agrees(title, r))) {
                    return Optional.of(title);
                }
            }
        }
        return fallback;
    }

    /**
     * The names from the first source that gives any; a byline that is only an agency ("AFP") is kept in reserve
     * while a later source may name the reporter. The agencies are those of every source up to the one chosen and
     * of the printed byline, since JSON-LD may name the reporter while the printed byline adds "Reuters".
     */
    private Byline authors(Page page, Optional<String> site) {
        List<String> agencyOnly = List.of();
        Set<String> agencies = new LinkedHashSet<>();
        boolean printedRead = false;
        for (String source : sources.get(Field.AUTHORS)) {
            Set<String> names = new LinkedHashSet<>();
            if (source.equals("dom:byline")) {
                printedRead = true;
                Byline printed = bylineFinder.find(page.doc(), site);
                names.addAll(printed.authors());
                agencies.addAll(printed.agencies());
            } else {
                // A blog named after its author types them as a Person: then the site's name is the author's name.
                List<String> persons = source.startsWith("jsonld:") ? page.json().personNames(source.substring(7))
                        : List.of();
                for (String value : candidates(page, source)) {
                    Byline credits = bylines.credits(value, persons.contains(value) ? Optional.empty() : site);
                    names.addAll(credits.authors());
                    agencies.addAll(credits.agencies());
                }
            }
            if (!names.isEmpty() && names.stream().allMatch(bylines::isAgency)) {
                agencyOnly = agencyOnly.isEmpty() ? List.copyOf(names) : agencyOnly;
            } else if (!names.isEmpty()) {
                if (!printedRead && sources.get(Field.AUTHORS).contains("dom:byline")) {
                    agencies.addAll(bylineFinder.find(page.doc(), site).agencies());
                }
                return new Byline(List.copyOf(names), List.copyOf(agencies));
            }
        }
        return new Byline(agencyOnly, List.copyOf(agencies));
    }

    /** The first plausible date of a field; {@code reference} gives the year to a dateline that has none. */
    private Optional<String> date(Page page, Field field, Optional<String> canonical, Optional<String> reference) {
        for (String source : sources.get(field)) {
            List<String> values;
            if (source.equals("dom:url-date")) {
                values = urlDates(page.url(), canonical);
            } else if (source.equals("dom:dateline")) {
                values = datelineDates(page.doc(), reference);
            } else {
                values = candidates(page, source);
            }
            for (String value : values) {
                Optional<String> iso = dates.parse(value).filter(d -> dates.plausible(d, clock.instant()));
                if (iso.isPresent()) {
                    return iso;
                }
            }
        }
        return Optional.empty();
    }

    /** The first value of a field, in table order, that {@code read} accepts. */
    private Optional<String> first(Page page, Field field, Function<String, Optional<String>> read) {
        for (String source : sources.get(field)) {
            for (String value : candidates(page, source)) {
                Optional<String> accepted = read.apply(value);
                if (accepted.isPresent()) {
                    return accepted;
                }
            }
        }
        return Optional.empty();
    }

    /** Every value of a field that {@code read} accepts, in table order. */
    private List<String> all(Page page, Field field, Function<String, Optional<String>> read) {
        List<String> out = new ArrayList<>();
        for (String source : sources.get(field)) {
            for (String value : candidates(page, source)) {
                read.apply(value).ifPresent(out::add);
            }
        }
        return out;
    }

    /** Text from an attribute or JSON string: entities decoded ("Tom &amp; Jerry"), white space collapsed. */
    private static Optional<String> text(String value) {
        String text = TitleCleaner.normalise(Parser.unescapeEntities(value, false));
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** The raw values one source gives, in page order. */
    private List<String> candidates(Page page, String source) {
        int colon = source.indexOf(':');
        String kind = source.substring(0, colon);
        String key = source.substring(colon + 1);
        return switch (kind) {
            case "jsonld" -> page.json().values(key, URL_VALUED.contains(key));
            case "meta" -> page.meta().get(key);
            case "parsely" -> page.meta().parsely(key);
            case "itemprop" -> itemprops(page.doc(), key);
            case "link" -> page.doc().select("link[rel~=(?i)^" + Pattern.quote(key) + "$][href]").eachAttr("abs:href");
            case "dom" -> dom(page, key);
            default -> throw new IllegalStateException("metadata-sources.tsv: unknown source kind " + source);
        };
    }

    private List<String> dom(Page page, String key) {
        Document doc = page.doc();
        return switch (key) {
            case "title" -> documentTitle(doc);
            case "h1" -> doc.select("h1").eachText().stream().filter(t -> !t.isBlank()).toList();
            case "html-lang" -> {
                Element html = doc.selectFirst("html");
                yield html == null ? List.of() : List.of(html.attr("lang"), html.attr("xml:lang"));
            }
            case "time-pubdate" -> timeValues(doc.select("time[pubdate]"));
            case "time" -> timeValues(doc.select("time[datetime]")).stream().limit(1).toList();
            case "url-date" -> urlDates(page.url(), Optional.empty());
            // read with more context by authors() and date()
            case "byline", "dateline" -> List.of();
            default -> throw new IllegalStateException("metadata-sources.tsv: unknown dom source " + key);
        };
    }

    /**
     * The day of a wire dateline ("MOSCOW, March 3 (Reuters) -") opening one of the first paragraphs, in the year
     * of the reference date; nothing without a reference, since a dateline has no year.
     */
    private List<String> datelineDates(Document doc, Optional<String> reference) {
        if (reference.isEmpty()) {
            return List.of();
        }
        LocalDate near = LocalDate.parse(reference.get().substring(0, 10));
        return doc.select("p").stream().limit(DATELINE_PARAGRAPHS)
                .map(p -> datelines.parse(p.text()).flatMap(d -> d.dateNear(near)))
                .flatMap(Optional::stream)
                .map(LocalDate::toString)
                .limit(1)
                .toList();
    }

    /** The {@code <title>}, also when a broken page puts it in the body; never an SVG's title. */
    private static List<String> documentTitle(Document doc) {
        if (!doc.title().isBlank()) {
            return List.of(doc.title());
        }
        for (Element title : doc.select("title")) {
            if (title.closest("svg") == null && !title.text().isBlank()) {
                return List.of(title.text());
            }
        }
        return List.of();
    }

    private static List<String> timeValues(List<Element> times) {
        List<String> out = new ArrayList<>();
        for (Element time : times) {
            out.add(time.hasAttr("datetime") ? time.attr("datetime") : time.text());
        }
        return out;
    }

    private static List<String> itemprops(Document doc, String name) {
        List<String> out = new ArrayList<>();
        for (Element e : doc.select("[itemprop]")) {
            if (!List.of(e.attr("itemprop").toLowerCase(Locale.ROOT).split("\\s+"))
                    .contains(name.toLowerCase(Locale.ROOT))) {
                continue;
            }
            Element named = e.selectFirst("[itemprop~=(?i)^name$]");
            if (e.hasAttr("content")) {
                out.add(e.attr("content"));
            } else if (e.hasAttr("datetime")) {
                out.add(e.attr("datetime"));
            } else if (named != null) {
                out.add(named.hasAttr("content") ? named.attr("content") : named.text());
            } else if (e.tagName().equals("img") || e.tagName().equals("link") || e.tagName().equals("a")) {
                out.add(e.hasAttr("src") ? e.absUrl("src") : e.absUrl("href"));
            } else {
                out.add(e.text());
            }
        }
        return out;
    }

    /** The day written in the page or canonical URL path, as an ISO date. */
    private static List<String> urlDates(String url, Optional<String> canonical) {
        List<String> out = new ArrayList<>();
        for (String u : canonical.isPresent() ? List.of(url, canonical.get()) : List.of(url)) {
            Matcher m = URL_DATE.matcher(u);
            if (m.find()) {
                int g = m.group(1) != null ? 1 : 4;
                out.add(String.format(Locale.ROOT, "%s-%02d-%02d", m.group(g), Integer.parseInt(m.group(g + 1)),
                        Integer.parseInt(m.group(g + 2))));
            }
        }
        return out;
    }
}
