package org.herald.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.herald.extract.ExtractSettings;
import org.herald.extract.date.DateParser;
import org.herald.extract.lang.LanguageGuesser;
import org.herald.extract.meta.LeadImageFinder;
import org.herald.extract.meta.MetadataReader;
import org.herald.extract.meta.PageMetadata;
import org.herald.model.Article;
import org.herald.model.BodyConfidence;
import org.herald.model.Warning;
import org.herald.model.RelatedLink;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * HTML page to article: read the page's metadata, collect related links, then clean away furniture, find the
 * article's container and its continuing siblings, prune furniture inside it and write its paragraphs.
 * Thread-safe: every table is loaded once in the constructor.
 */
public final class HtmlArticleExtractor {
    /** How many leading paragraphs may carry the dateline or date a page without metadata is dated by. */
    private static final int DATE_PARAGRAPHS = 3;
    /** A byline repeated in the body sits in the first paragraphs and is short: "By Jane Doe, Reuters". */
    private static final int BYLINE_PARAGRAPHS = 3;
    private static final int MAX_BYLINE_LENGTH = 100;
    /** A body this short may be a teaser of a script-built story; its scripts are looked into. */
    private static final int SHORT_BODY = 1500;
    /** A script's story replaces the markup's only when it is this many times longer. */
    private static final int SCRIPT_FACTOR = 3;
    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("[.!?。]$");

    private final ContentHints hints = ContentHints.load();
    private final PageCleaner cleaner = new PageCleaner(hints);
    private final ContentFinder finder = new ContentFinder(new CandidateScorer(hints), hints);
    private final ContentPruner pruner;
    private final BlockWriter writer = new BlockWriter(hints);
    private final TrailingNoteRemover trailingNotes = TrailingNoteRemover.load();
    private final RelatedLinksFinder relatedLinks = new RelatedLinksFinder(hints);
    private final MetadataReader metadata;
    private final LeadImageFinder leadImages = new LeadImageFinder();
    private final LanguageGuesser languages = new LanguageGuesser();
    private final BodySignals signals = new BodySignals(hints);
    private final BodyConfidenceModel confidence = BodyConfidenceModel.load();
    private final DateParser dates;

    public HtmlArticleExtractor(ExtractSettings settings, DateParser dates, MetadataReader metadata) {
        this.dates = dates;
        this.metadata = metadata;
        this.pruner = new ContentPruner(hints, settings.captionsInBody());
    }

    public Article extract(String source, String html, Optional<String> url, List<Warning> warnings) {
        Document doc = Jsoup.parse(html, url.orElse(""));
        PageMetadata meta = metadata.read(doc, url);
        List<RelatedLink> related = relatedLinks.find(doc.body());
        int pageTextLength = doc.body().text().length();
        List<String> scripts = ScriptBodyFinder.scripts(doc);
        Attempt best = Attempt.NONE;
        for (Strictness strictness : Strictness.values()) {
            // Cleaning is destructive: each further attempt starts from a fresh parse.
            Document page = strictness == Strictness.STRICT ? doc : Jsoup.parse(html, url.orElse(""));
            Attempt attempt = attempt(page.body(), strictness);
            if (attempt.length() > best.length()) {
                best = attempt;
            }
            if (best.length() >= Strictness.ENOUGH_TEXT) {
                break;
            }
        }
        if (best.length() < SHORT_BODY) {
            best = fromScripts(scripts, best);
        }
        String title = meta.title().or(() -> firstHeading(doc)).orElse("");
        List<String> paragraphs = trailingNotes.remove(RepeatedParagraphRemover.remove(PullQuoteRemover.remove(
                withoutBylines(withoutTitle(best.paragraphs(), title), meta.authors()))));
        String body = String.join("\n\n", paragraphs);
        BodyConfidence judged = confidence.judge(signals.measure(paragraphs, title, meta.summary(), best.linkDensity(), meta.bodyHint(),
                pageTextLength, best.strictness().ordinal() > Strictness.KEEP_UNLIKELY.ordinal()));
        if (judged.doubtful()) {
            warnings.add(new Warning("body_doubtful", "the body may not be the article: " + judged.doubt().get()));
        }
        Article.Builder article = Article.builder(source)
                .url(url.or(meta::canonicalUrl).orElse(null))
                .site(meta.siteName().orElse(null))
                .title(title)
                .authors(meta.authors())
                .agencies(meta.agencies())
                .modified(meta.modified().orElse(null))
                .language(languages.guess(body, meta.language()).orElse(null))
                .summary(meta.summary().orElse(null))
                .image(leadImages.find(doc, best.root(), meta).orElse(null))
                .paragraphs(paragraphs)
                .related(related)
                .bodyConfidence(judged);
        if (meta.published().isPresent()) {
            article.published(meta.published().get(), false);
        } else {
            article.published(inferredDate(paragraphs).orElse(null), true);
        }
        return article.build();
    }

    /** With no date in the metadata: a dateline or an explicit full date in the first paragraphs. */
    private Optional<String> inferredDate(List<String> paragraphs) {
        for (int i = 0; i < Math.min(DATE_PARAGRAPHS, paragraphs.size()); i++) {
            Optional<String> date = dates.findInText(paragraphs.get(i));
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    private Attempt attempt(Element body, Strictness strictness) {
        cleaner.clean(body, strictness);
        return finder.find(body, strictness).map(content -> {
            if (strictness.prune) {
                pruner.prune(content.parts());
            }
            return new Attempt(writer.write(content.parts()), Optional.of(content.root()), linkDensity(content.parts()),
                    strictness);
        }).orElse(Attempt.NONE);
    }

    /**
     * A page whose markup yields almost nothing may be built by script: its story then sits in a script string
     * ({@link ScriptBodyFinder}), cleaned and scored like the page itself. Taken only when it gives twice the text.
     */
    private Attempt fromScripts(List<String> scripts, Attempt best) {
        Optional<Element> fragment = ScriptBodyFinder.find(scripts);
        if (fragment.isEmpty()) return best;
        Attempt scripted = attempt(fragment.get(), Strictness.STRICT);
        if (scripted.length() < Strictness.ENOUGH_TEXT) {
            scripted = attempt(ScriptBodyFinder.find(scripts).get(), Strictness.KEEP_UNLIKELY);
        }
        if (scripted.length() <= SCRIPT_FACTOR * best.length()) return best;
        // Marked relaxed: the body is not what the page shows, and its confidence should say so.
        return new Attempt(scripted.paragraphs(), Optional.empty(), scripted.linkDensity(), Strictness.LENIENT);
    }

    /** Share of the blocks' text inside links, after pruning: a teaser list is mostly links, a story is not. */
    private static double linkDensity(List<Element> parts) {
        long text = 0, linked = 0;
        for (Element part : parts) {
            text += part.text().length();
            for (Element a : part.select("a")) linked += a.text().length();
        }
        return text == 0 ? 0 : Math.min(1.0, (double) linked / text);
    }

    /** One extraction attempt: its paragraphs, the container they came from, its link density and strictness. */
    private record Attempt(List<String> paragraphs, Optional<Element> root, double linkDensity, Strictness strictness) {
        static final Attempt NONE = new Attempt(List.of(), Optional.empty(), 0, Strictness.STRICT);

        int length() {
            int n = 0;
            for (String p : paragraphs) n += p.length();
            return n;
        }
    }

    /** A page without any title metadata is titled by its first top-level heading. */
    private static Optional<String> firstHeading(Document doc) {
        Element heading = doc.selectFirst("h1");
        if (heading == null) heading = doc.selectFirst("h2");
        return heading == null || heading.text().isBlank() ? Optional.empty() : Optional.of(heading.text());
    }

    /**
     * Drops byline paragraphs from the top of the body ("By Jane Doe", "Von Jonas Weißenberg"): short lines near
     * the start that name an author the metadata already holds.
     */
    static List<String> withoutBylines(List<String> paragraphs, List<String> authors) {
        if (authors.isEmpty()) return paragraphs;
        List<String> kept = new ArrayList<>(paragraphs.size());
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            boolean byline = i < BYLINE_PARAGRAPHS && p.length() <= MAX_BYLINE_LENGTH
                    && authors.stream().anyMatch(p::contains);
            if (!byline) kept.add(p);
        }
        return kept;
    }

    /** How far down the headline printed again is looked for: after a kicker and a section label at most. */
    private static final int TITLE_PARAGRAPHS = 3;
    /** A kicker or section label above the headline ("World", "Märkte am Abend") is a short line. */
    private static final int MAX_KICKER = 40;

    /**
     * Drops the headline printed again at the top of the body, with the short kicker or section label lines above it
     * ("World", then the headline): the body starts after the title. A paragraph repeats the headline when it is the
     * title, part of it, or ends with it ("Märkte am Abend" and "Index gibt leicht nach" run together). A short line
     * above it with a digit in it is a date stamp and stays.
     */
    static List<String> withoutTitle(List<String> paragraphs, String title) {
        if (paragraphs.isEmpty() || title.isBlank()) return paragraphs;
        String t = norm(title);
        for (int i = 0; i < Math.min(TITLE_PARAGRAPHS, paragraphs.size()); i++) {
            String p = norm(paragraphs.get(i));
            boolean repeats = !p.isEmpty() && ((p.length() <= t.length() && t.contains(p) && p.length() * 2 > t.length())
                    || (p.endsWith(t) && p.length() - t.length() <= MAX_KICKER));
            if (repeats) {
                // A short line with a digit above the headline is a date stamp, which may date a page without metadata.
                List<String> kept = new ArrayList<>();
                for (String above : paragraphs.subList(0, i)) {
                    if (above.chars().anyMatch(Character::isDigit)) kept.add(above);
                }
                kept.addAll(paragraphs.subList(i + 1, paragraphs.size()));
                return kept;
            }
            if (p.length() > MAX_KICKER || SENTENCE_END.matcher(p).find()) {
                break;   // running text before any headline: the story has begun
            }
        }
        return paragraphs;
    }

    private static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
