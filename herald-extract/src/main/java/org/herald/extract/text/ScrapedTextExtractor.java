package org.herald.extract.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.herald.extract.meta.Byline;
import org.herald.extract.meta.PublisherNames;
import org.herald.model.Article;
import org.herald.model.LeadImage;
import org.herald.model.RelatedLink;
import org.herald.model.Warning;

/**
 * Builds an article from text scraped off a page with its furniture: recognises title, caption, credit, byline,
 * standfirst, body and related headlines line by line from their features, and drops share bars, adverts,
 * newsletter boxes, cookie notices and footers. Immutable and thread-safe; build one and share it.
 */
public final class ScrapedTextExtractor {
    /** "By AP &amp; Kestrel News" → "AP", "Kestrel News". */
    private static final Pattern NAME_SEPARATORS = Pattern.compile("\\s+and\\s+|\\s*&\\s*|\\s*,\\s*");
    /** How many paragraphs from the top may give the publication date. */
    private static final int DATE_PARAGRAPHS = 3;

    private final Function<String, Byline> bylines;
    private final Function<String, Optional<String>> dateInText;
    private final LineReader reader = new LineReader();
    private final PublisherNames publishers = new PublisherNames();
    private final LineFeaturizer featurizer;
    private final PageLayout layout;

    /** Splits bylines on "and", "&amp;" and commas, knows no agencies, finds no dates; for tests and light use. */
    public ScrapedTextExtractor() {
        this(ScrapedTextExtractor::simpleNames, text -> Optional.empty());
    }

    /**
     * @param bylines the authors and agencies of a byline line ("By AP &amp; Kestrel News")
     * @param dateInText the ISO-8601 date in a line of text, if it holds a full one
     */
    public ScrapedTextExtractor(Function<String, Byline> bylines, Function<String, Optional<String>> dateInText) {
        this(ScrapedTextSettings.defaults(), bylines, dateInText);
    }

    public ScrapedTextExtractor(ScrapedTextSettings settings, Function<String, Byline> bylines,
            Function<String, Optional<String>> dateInText) {
        Objects.requireNonNull(settings, "settings");
        this.bylines = Objects.requireNonNull(bylines, "bylines");
        this.dateInText = Objects.requireNonNull(dateInText, "dateInText");
        this.featurizer = new LineFeaturizer(CueLexicon.load(), LineShapes.load());
        this.layout = new PageLayout(settings, new LineClassifier(settings));
    }

    /** The article in the text; see {@link #read} for the caption and credit as well. */
    public Article extract(String source, String text, Optional<String> url, List<Warning> warnings) {
        return read(source, text, url, warnings).article();
    }

    /**
     * Classifies every line and assembles the article. Never fails on odd text: at worst the article has no title
     * or no paragraphs, and {@code warnings} says so.
     */
    public ScrapedPage read(String source, String text, Optional<String> url, List<Warning> warnings) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(url, "url");
        List<ClassifiedLine> lines = layout.classify(featurizer.features(reader.lines(text)));
        ScrapedPage page = assemble(source, url, lines);
        if (page.article().title().isEmpty() && !lines.isEmpty()) {
            warnings.add(new Warning("text.no-title", "no line of the scraped text reads as a headline"));
        }
        if (page.caption().isPresent() || page.credit().isPresent()) {
            warnings.add(new Warning("text.image-without-url",
                    "the lead image's caption or credit is kept, but scraped text gives no image URL"));
        }
        return page;
    }

    private ScrapedPage assemble(String source, Optional<String> url, List<ClassifiedLine> lines) {
        List<String> body = ScrapedPage.texts(lines, LineRole.BODY);
        List<String> captions = ScrapedPage.texts(lines, LineRole.CAPTION);
        Set<String> authors = new LinkedHashSet<>();
        Set<String> agencies = new LinkedHashSet<>();
        for (String line : ScrapedPage.texts(lines, LineRole.BYLINE)) {
            Byline byline = bylines.apply(line);
            authors.addAll(byline.authors());
            agencies.addAll(byline.agencies());
        }
        // "Copyright\u00a0Alexei …": a scrape keeps the page's no-break spaces, which a reader shows as spaces
        Optional<String> caption = Optional.ofNullable(first(captions)).map(ScrapedTextExtractor::spaces);
        Optional<String> credit = Optional.ofNullable(first(ScrapedPage.texts(lines, LineRole.CREDIT)))
                .map(ScrapedTextExtractor::spaces);
        Set<String> related = new LinkedHashSet<>(ScrapedPage.texts(lines, LineRole.RELATED));
        Article.Builder article = Article.builder(source)
                .url(url.orElse(null))
                .site(publishers.publisher(List.of(), url).orElse(null))
                .title(first(ScrapedPage.texts(lines, LineRole.TITLE)))
                .authors(List.copyOf(authors))
                .agencies(List.copyOf(agencies))
                .image(caption.isPresent() || credit.isPresent() ? LeadImage.withoutUrl(caption, credit) : null)
                .summary(first(ScrapedPage.texts(lines, LineRole.STANDFIRST)))
                .paragraphs(body)
                .related(related.stream().map(t -> new RelatedLink(t, Optional.empty())).toList());
        published(lines, body, captions).ifPresent(date -> article.published(date, true));
        return new ScrapedPage(article.build(), caption, credit, lines);
    }

    /**
     * With no metadata, the date comes from the text: a date line, the byline, the first paragraph (the
     * dateline), the caption ("… on Monday, Aug. 1, 2022."), then the next paragraphs.
     */
    private Optional<String> published(List<ClassifiedLine> lines, List<String> body, List<String> captions) {
        List<String> candidates = new ArrayList<>(ScrapedPage.texts(lines, LineRole.DATE));
        candidates.addAll(ScrapedPage.texts(lines, LineRole.BYLINE));
        candidates.addAll(body.subList(0, Math.min(1, body.size())));
        candidates.addAll(captions.subList(0, Math.min(1, captions.size())));
        candidates.addAll(body.subList(Math.min(1, body.size()), Math.min(DATE_PARAGRAPHS, body.size())));
        for (String candidate : candidates) {
            Optional<String> date = dateInText.apply(candidate);
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    private static String spaces(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    private static String first(List<String> texts) {
        return texts.isEmpty() ? null : texts.get(0);
    }

    /** "By AP &amp; Kestrel News" → [AP, Kestrel News]: drop a leading "By", split on "and", "&amp;" and commas. */
    static Byline simpleNames(String byline) {
        String names = byline.strip().replaceFirst("(?i)^by\\s+", "");
        List<String> out = new ArrayList<>();
        for (String name : NAME_SEPARATORS.split(names)) {
            if (!name.isBlank()) {
                out.add(name.strip());
            }
        }
        return new Byline(out, List.of());
    }
}
