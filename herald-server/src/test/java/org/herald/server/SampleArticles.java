package org.herald.server;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.herald.model.Article;
import org.herald.model.Evidence;
import org.herald.model.LeadImage;
import org.herald.model.Outcome;
import org.herald.model.RelatedLink;
import org.herald.model.Span;
import org.herald.model.analysis.Actor;
import org.herald.model.analysis.Analysis;
import org.herald.model.analysis.Cue;
import org.herald.model.analysis.Entity;
import org.herald.model.analysis.EntityType;
import org.herald.model.analysis.Event;
import org.herald.model.analysis.EventMode;
import org.herald.model.analysis.Mention;
import org.herald.model.analysis.Quote;
import org.herald.model.analysis.QuoteType;
import org.herald.model.analysis.Speaker;
import org.herald.model.json.AnalysisJson;
import org.herald.store.ContentHash;
import org.herald.store.Store;
import org.herald.store.StoredArticle;

/**
 * Sample articles for the server's tests, written by the Herald team (not real reporting): three analysed
 * stories with entities, quotes and RUS/UKR/USA events over May and June 2024, and one hostile article whose
 * every text field carries markup that runs script if a page ever inserts it as HTML. Spans are found by
 * searching the body, so the offsets are right by construction.
 */
final class SampleArticles {
    /** What the hostile payloads do when they run; the browser tests check it never happened. */
    static final String PAYLOAD = "window.__pwned=1;document.title='PWNED'";

    private final AnalysisJson json = new AnalysisJson();
    final StoredArticle talks = talks();
    final StoredArticle meeting = meeting();
    final StoredArticle exchange = exchange();
    final StoredArticle hostile = hostile();

    List<StoredArticle> all() {
        return List.of(talks, meeting, exchange, hostile);
    }

    /** Puts every sample into the store and commits. */
    void fill(Store store) {
        all().forEach(store::put);
        store.commit();
    }

    private StoredArticle talks() {
        Doc d = new Doc("https://example.org/2024/05/lavrov-rejects-plan", "example.org",
                "Lavrov rejects Kyiv peace plan", "2024-05-14",
                "Russian Foreign Minister Sergei Lavrov rejected the Ukrainian peace plan on Tuesday.",
                "\"The plan is a dead end,\" Lavrov told reporters in Moscow.",
                "Ukraine accused Russia of shelling Kharkiv overnight.");
        Entity lavrov = d.entity("e1", "Sergei Lavrov", EntityType.PERSON, "Foreign Minister", "RUS",
                d.span("Sergei Lavrov"), d.span("Lavrov", 1));
        Entity ukraine = d.entity("e2", "Ukraine", EntityType.COUNTRY, null, "UKR", d.span("Ukraine"));
        Entity russia = d.entity("e3", "Russia", EntityType.COUNTRY, null, "RUS", d.span("Russia", 1));
        Entity moscow = d.entity("e4", "Moscow", EntityType.CITY, null, "RUS", d.span("Moscow"));
        d.quote("The plan is a dead end,", QuoteType.DIRECT, "Lavrov", 1, "e1", "told reporters",
                d.between("\"The plan", "told reporters"));
        d.event("Sergei Lavrov", "RUSGOV", "e1", "the Ukrainian peace plan", "UKR", null, "125", "REJECT", -5.0, 3,
                EventMode.ASSERTED, "2024-05-14", 0, d.between("Sergei Lavrov", "peace plan"), "rejected",
                "verb:reject+proposal");
        d.event("Ukraine", "UKR", "e2", "Russia", "RUS", "e3", "112", "ACCUSE", -2.0, 3, EventMode.ASSERTED,
                "2024-05-14", 2, d.between("Ukraine accused", "Russia"), "accused", "verb:accuse");
        d.event("Russia", "RUS", "e3", "Kharkiv", "UKR", null, "194", "ASSAULT", -10.0, 4, EventMode.REPORTED,
                "2024-05-13", 2, d.between("Russia of", "Kharkiv"), "shelling", "noun:shelling", 0.4);
        return d.stored(List.of(lavrov, ukraine, russia, moscow), List.of(), Optional.empty());
    }

    /**
     * The talks story as a second site ran it (not in {@link #all()}): a new headline, the last sentence reworded,
     * the same two events coded from it.
     */
    StoredArticle talksCopy() {
        Doc d = new Doc("https://wire.example/lavrov-peace-plan", "wire.example",
                "Russia's Lavrov dismisses Ukrainian peace plan", "2024-05-14",
                "Russian Foreign Minister Sergei Lavrov rejected the Ukrainian peace plan on Tuesday.",
                "\"The plan is a dead end,\" Lavrov told reporters in Moscow.",
                "Ukraine accused Russia of shelling Kharkiv overnight, officials said.");
        Entity lavrov = d.entity("e1", "Sergei Lavrov", EntityType.PERSON, "Foreign Minister", "RUS",
                d.span("Sergei Lavrov"), d.span("Lavrov", 1));
        Entity ukraine = d.entity("e2", "Ukraine", EntityType.COUNTRY, null, "UKR", d.span("Ukraine"));
        Entity russia = d.entity("e3", "Russia", EntityType.COUNTRY, null, "RUS", d.span("Russia", 1));
        d.event("Sergei Lavrov", "RUSGOV", "e1", "the Ukrainian peace plan", "UKR", null, "125", "REJECT", -5.0, 3,
                EventMode.ASSERTED, "2024-05-14", 0, d.between("Sergei Lavrov", "peace plan"), "rejected",
                "verb:reject+proposal");
        d.event("Ukraine", "UKR", "e2", "Russia", "RUS", "e3", "112", "ACCUSE", -2.0, 3, EventMode.ASSERTED,
                "2024-05-14", 2, d.between("Ukraine accused", "Russia"), "accused", "verb:accuse");
        return d.stored(List.of(lavrov, ukraine, russia), List.of(), Optional.empty());
    }

    private StoredArticle meeting() {
        Doc d = new Doc("https://news.example.com/blinken-kuleba", "news.example.com",
                "Blinken and Kuleba meet in Washington", "2024-06-03",
                "US Secretary of State Antony Blinken met Ukrainian Foreign Minister Dmytro Kuleba in Washington on Monday.",
                "\"We will stand with Ukraine,\" Blinken said after the talks.");
        Entity blinken = d.entity("e1", "Antony Blinken", EntityType.PERSON, "Secretary of State", "USA",
                d.span("Antony Blinken"), d.span("Blinken", 1));
        Entity kuleba = d.entity("e2", "Dmytro Kuleba", EntityType.PERSON, "Foreign Minister", "UKR",
                d.span("Dmytro Kuleba"));
        Entity washington = d.entity("e3", "Washington", EntityType.CITY, null, "USA", d.span("Washington"));
        Entity ukraine = d.entity("e4", "Ukraine", EntityType.COUNTRY, null, "UKR", d.span("Ukraine"));
        d.quote("We will stand with Ukraine,", QuoteType.DIRECT, "Blinken", 1, "e1", "said",
                d.between("\"We will", "said"));
        d.event("Antony Blinken", "USAGOV", "e1", "Dmytro Kuleba", "UKRGOV", "e2", "040", "CONSULT", 1.0, 1,
                EventMode.ASSERTED, "2024-06-03", 0, d.between("Antony Blinken", "Dmytro Kuleba"), "met",
                "verb:meet");
        return d.stored(List.of(blinken, kuleba, washington, ukraine),
                List.of(new RelatedLink("More on Ukraine", Optional.of("https://news.example.com/ukraine"))),
                Optional.of(LeadImage.of("https://news.example.com/img/talks.jpg")));
    }

    private StoredArticle exchange() {
        Doc d = new Doc("https://example.org/2024/06/prisoner-exchange", "example.org",
                "Russia and Ukraine agree prisoner exchange", "2024-06-20",
                "Russia and Ukraine agreed to exchange 75 prisoners of war on Thursday.",
                "President Volodymyr Zelensky called the exchange \"a step forward\" in a video address.");
        Entity russia = d.entity("e1", "Russia", EntityType.COUNTRY, null, "RUS", d.span("Russia"));
        Entity ukraine = d.entity("e2", "Ukraine", EntityType.COUNTRY, null, "UKR", d.span("Ukraine"));
        Entity zelensky = d.entity("e3", "Volodymyr Zelensky", EntityType.PERSON, "President", "UKR",
                d.span("Volodymyr Zelensky"));
        d.quote("a step forward", QuoteType.PARTIAL, "Volodymyr Zelensky", 0, "e3", "called",
                d.between("President Volodymyr", "address."));
        d.event("Russia", "RUS", "e1", "Ukraine", "UKR", "e2", "057", "AGREE", 8.0, 1, EventMode.ASSERTED,
                "2024-06-20", 0, d.between("Russia and", "prisoners of war"), "agreed", "verb:agree+exchange");
        return d.stored(List.of(russia, ukraine, zelensky), List.of(), Optional.empty());
    }

    /** Markup in every field a page shows; the original adds scripts, handlers, frames and javascript: links. */
    private StoredArticle hostile() {
        String img = "<img src=x onerror=\"" + PAYLOAD + "\">";
        Doc d = new Doc("javascript:" + PAYLOAD, "evil.example",
                "Mallory " + img, "2024-06-21",
                "Mallory <script>" + PAYLOAD + "</script> said hello to Bob.",
                "<svg onload=\"" + PAYLOAD + "\"></svg> \"Trust me " + img + "\" Mallory said.");
        d.summary = "<script>" + PAYLOAD + "</script>";
        Entity mallory = d.entity("e1", "Mallory " + img, EntityType.PERSON, "<b onmouseover=\"" + PAYLOAD + "\">boss</b>",
                null, d.span("Mallory"), d.span("Mallory", 1));
        d.quote("Trust me " + img, QuoteType.DIRECT, "Mallory", 1, "e1", "said", d.between("\"Trust me", "said."));
        d.event("Mallory " + img, "USA", "e1", "Bob", "GBR", null, "010", "NONE", 0.0, 1, EventMode.ASSERTED,
                "2024-06-21", 0, d.between("Mallory", "Bob"), "said<script>" + PAYLOAD + "</script>",
                "rule<img src=x onerror=\"" + PAYLOAD + "\">");
        String original = """
                <!doctype html><html><head><title>Mallory %1$s</title>
                <base href="javascript:%2$s//"><meta http-equiv="refresh" content="0;url=javascript:%2$s">
                <script>%2$s</script><style>body{background:url("javascript:%2$s")}</style></head>
                <body onload="%2$s"><article><h1>Mallory says hello</h1>
                <p>Mallory <script>%2$s</script> said hello to Bob on Friday in a long statement to the press. %1$s</p>
                <p>The statement, released in London, said the company would not comment on the reports until the
                investigation by the regulator had finished, and that it had cooperated fully with the inquiry.</p>
                <p>"We have nothing to hide," Mallory told reporters outside the office, adding that the accounts had
                been checked twice by independent auditors and that the board supported the chief executive.</p>
                <p>Bob, who has led the regulator since 2021, said the investigation would take several more months
                and that the findings would be published in full once the company had been given a chance to reply.</p>
                <p><a href="javascript:%2$s">click me</a> <a href="https://example.org/ok">a fine link</a></p>
                <svg onload="%2$s"><circle r="5"/></svg>
                <iframe src="javascript:%2$s"></iframe><iframe srcdoc="<script>%2$s</script>"></iframe>
                <object data="javascript:%2$s"></object><embed src="javascript:%2$s">
                <form action="javascript:%2$s"><input autofocus onfocus="%2$s"><button>go</button></form>
                <div style="background:url(javascript:%2$s)" onmouseover="%2$s">hover</div>
                </article></body></html>
                """.formatted(img, PAYLOAD);
        return d.stored(List.of(mallory),
                List.of(new RelatedLink("click " + img, Optional.of("javascript:" + PAYLOAD))),
                Optional.of(LeadImage.of("javascript:" + PAYLOAD)), original);
    }

    /** One article under construction: its body, and spans found in it. */
    /** An article of these paragraphs, to which a test adds entities, quotes and events. */
    Doc doc(String url, String site, String title, String published, String... paragraphs) {
        return new Doc(url, site, title, published, paragraphs);
    }

    final class Doc {
        final String url;
        final String site;
        final String title;
        final String published;
        final List<String> paragraphs;
        final String body;
        String summary;
        final List<Quote> quotes = new ArrayList<>();
        final List<Event> events = new ArrayList<>();

        Doc(String url, String site, String title, String published, String... paragraphs) {
            this.url = url;
            this.site = site;
            this.title = title;
            this.published = published;
            this.paragraphs = List.of(paragraphs);
            this.body = String.join("\n\n", paragraphs);
            this.summary = paragraphs[0];
        }

        Span span(String needle) {
            return span(needle, 0);
        }

        /** The {@code nth} (from 0) occurrence of the words. */
        Span span(String needle, int nth) {
            int at = -1;
            for (int i = 0; i <= nth; i++) {
                at = body.indexOf(needle, at + 1);
                if (at < 0) throw new IllegalArgumentException("'" + needle + "' #" + nth + " not in the body");
            }
            return new Span(at, at + needle.length());
        }

        /** From the start of {@code first} to the end of {@code last}. */
        Span between(String first, String last) {
            Span a = span(first);
            int end = body.indexOf(last, a.start());
            if (end < 0) throw new IllegalArgumentException("'" + last + "' not after '" + first + "'");
            return new Span(a.start(), end + last.length());
        }

        Entity entity(String id, String name, EntityType type, String title, String country, Span... mentions) {
            List<Mention> ms = new ArrayList<>();
            for (Span s : mentions) ms.add(new Mention(s, s.of(body)));
            return new Entity(id, name, type, Optional.ofNullable(title), Optional.ofNullable(country), ms);
        }

        void quote(String content, QuoteType type, String speaker, int speakerNth, String entity, String cue,
                   Span whole) {
            Speaker s = new Speaker(speaker, Optional.of(entity), span(speaker, speakerNth));
            quotes.add(new Quote(span(content), type, Optional.of(s), Optional.of(new Cue(cue, span(cue))),
                    Optional.empty(), whole, new Evidence("sample", "sample-quote")));
        }

        void event(String source, String sourceCode, String sourceEntity, String target, String targetCode,
                   String targetEntity, String cameo, String plover, double goldstein, int quad, EventMode mode,
                   String date, int paragraph, Span span, String trigger, String rule) {
            event(source, sourceCode, sourceEntity, target, targetCode, targetEntity, cameo, plover, goldstein, quad,
                    mode, date, paragraph, span, trigger, rule, 0.9);
        }

        void event(String source, String sourceCode, String sourceEntity, String target, String targetCode,
                   String targetEntity, String cameo, String plover, double goldstein, int quad, EventMode mode,
                   String date, int paragraph, Span span, String trigger, String rule, double confidence) {
            Span sentence = span(paragraphs.get(paragraph));
            events.add(new Event(new Actor(source, sourceCode, Optional.ofNullable(sourceEntity)),
                    Optional.of(new Actor(target, targetCode, Optional.ofNullable(targetEntity))), cameo, plover,
                    Optional.empty(), goldstein, quad, mode, Optional.of(date), Optional.empty(), sentence, span,
                    trigger, new Evidence("sample", rule), confidence));
        }

        StoredArticle stored(List<Entity> entities, List<RelatedLink> related, Optional<LeadImage> image) {
            String html = "<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1><p>"
                    + String.join("</p><p>", paragraphs) + "</p></article></body></html>";
            return stored(entities, related, image, html);
        }

        StoredArticle stored(List<Entity> entities, List<RelatedLink> related, Optional<LeadImage> image,
                             String original) {
            byte[] bytes = original.getBytes(StandardCharsets.UTF_8);
            String id = ContentHash.of(bytes);
            Article article = new Article(url, Optional.of(url), Optional.of(site), Optional.of(title),
                    List.of("Herald Samples"), List.of(), Optional.of(published), false, Optional.empty(), Optional.of("en"),
                    Optional.of(summary), image, paragraphs, related);
            Analysis analysis = new Analysis(article, entities, List.of(), quotes, events);
            String text = json.toLine(Outcome.ok(url, analysis, List.of()), Optional.of(id));
            return new StoredArticle(id, analysis, text, Optional.of(bytes), Instant.parse(published + "T12:00:00Z"));
        }
    }
}
