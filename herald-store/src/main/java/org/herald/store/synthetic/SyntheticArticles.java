package org.herald.store.synthetic;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.herald.model.Article;
import org.herald.model.Evidence;
import org.herald.model.Span;
import org.herald.model.analysis.Actor;
import org.herald.model.analysis.Analysis;
import org.herald.model.analysis.Cue;
import org.herald.model.analysis.Entity;
import org.herald.model.analysis.EntityType;
import org.herald.model.analysis.Event;
import org.herald.model.analysis.EventMode;
import org.herald.model.analysis.Mention;
import org.herald.model.analysis.Place;
import org.herald.model.analysis.Quote;
import org.herald.model.analysis.QuoteType;
import org.herald.model.analysis.Speaker;
import org.herald.model.json.AnalysisJson;
import org.herald.store.StoredArticle;

/**
 * Analysed articles made up for benchmarks: each has a title, a body whose every span is right, people with
 * titles and countries, quotes and events between country actors, spread over a date range. Article
 * {@code n} is the same on every run and every thread (its randomness is seeded by {@code seed} and
 * {@code n}), so a store filled in parallel is the same store. Countries and people are drawn with a skew
 * (a few appear in most articles), as in real news, so facets and dyads have realistic shapes.
 */
public final class SyntheticArticles {
    private static final String STAGE = "synthetic";
    private final SyntheticWorld world = SyntheticWorld.load();
    private final long seed;
    private final int eventsPerArticle;
    private final LocalDate first;
    private final int days;
    private final int sites;

    /**
     * @param eventsPerArticle mean number of events per article (each article gets between half and 1.5 times it)
     * @param first            the earliest publication day
     * @param days             how many days the articles spread over
     */
    public SyntheticArticles(long seed, int eventsPerArticle, LocalDate first, int days) {
        if (eventsPerArticle < 0 || days < 1) throw new IllegalArgumentException("events ≥ 0 and days ≥ 1");
        this.seed = seed;
        this.eventsPerArticle = eventsPerArticle;
        this.first = first;
        this.days = days;
        this.sites = 30;
    }

    /** Article number {@code n} as the store keeps it, under the id {@code synthetic-NNNNNNNN}. */
    public StoredArticle stored(long n, AnalysisJson json) {
        Analysis a = article(n);
        String id = String.format(Locale.ROOT, "synthetic-%08d", n);
        return new StoredArticle(id, a, json.toNode(a, List.of(), Optional.of(id)).toString(), Optional.empty(),
                Instant.EPOCH);
    }

    /** Article number {@code n}. */
    public Analysis article(long n) {
        return new Writer(new SplittableRandom(seed * 1_000_003L + n), n).write();
    }

    /** Builds one article's body and records the span of every name and sentence as it goes. */
    private final class Writer {
        private final SplittableRandom random;
        private final long n;
        private final StringBuilder body = new StringBuilder();
        private final List<String> paragraphs = new ArrayList<>();
        private final Map<String, EntityDraft> entities = new LinkedHashMap<>();
        private final List<Quote> quotes = new ArrayList<>();
        private final List<Event> events = new ArrayList<>();
        private int paragraphStart;

        Writer(SplittableRandom random, long n) {
            this.random = random;
            this.n = n;
        }

        Analysis write() {
            LocalDate day = first.plusDays(random.nextInt(days));
            SyntheticWorld.Country home = country();
            SyntheticWorld.Country other = country();
            int count = eventsPerArticle == 0 ? 0 : eventsPerArticle / 2 + random.nextInt(eventsPerArticle + 1);
            for (int i = 0; i < count; i++) {
                if (i % 3 == 0) newParagraph();
                eventSentence(i % 2 == 0 ? home : other, i % 2 == 0 ? other : country(), day);
            }
            newParagraph();
            for (int q = 1 + random.nextInt(3); q > 0; q--) quoteSentence(home);
            newParagraph();
            Article article = Article.builder("synthetic-" + n)
                    .url("https://site" + (n % sites) + ".example/news/" + n)
                    .site("site" + (n % sites) + ".example")
                    .title("Synthetic report " + n + ": " + home.name() + " and " + other.name())
                    .authors(List.of("Synthetic Desk"))
                    .published(day.toString(), false)
                    .language("en")
                    .summary("A synthetic article generated for benchmarks about " + home.name() + " and "
                            + other.name() + ".")
                    .paragraphs(paragraphs)
                    .build();
            List<Entity> list = entities.values().stream().map(EntityDraft::entity).toList();
            return new Analysis(article, list, List.of(), quotes, events);
        }

        private SyntheticWorld.Country country() {
            return world.countries().get(skewed(world.countries().size()));
        }

        /** An index in [0, size) where low indexes are much likelier: the minimum of two uniform draws, squared. */
        private int skewed(int size) {
            double u = Math.min(random.nextDouble(), random.nextDouble());
            return (int) (u * u * size);
        }

        private void eventSentence(SyntheticWorld.Country source, SyntheticWorld.Country target, LocalDate day) {
            SyntheticWorld.Agent agent = world.agents().get(skewed(world.agents().size()));
            SyntheticWorld.Verb verb = world.verbs().get(random.nextInt(world.verbs().size()));
            int sentenceStart = body.length();
            Person doer = person(source, agent);
            append(doer.title() + " ");
            Span doerSpan = name(doer.entityKey(), doer.name(), EntityType.PERSON, Optional.of(doer.title()),
                    Optional.of(source.code()));
            append(" " + verb.phrase() + " ");
            Span targetSpan = name("country:" + target.code(), target.name(), EntityType.COUNTRY, Optional.empty(),
                    Optional.of(target.code()));
            append(" in ");
            name("city:" + source.capital(), source.capital(), EntityType.CITY, Optional.empty(),
                    Optional.of(source.code()));
            append(". ");
            Span sentence = new Span(sentenceStart, body.length() - 1);
            events.add(new Event(
                    new Actor(doer.name(), source.code() + agent.code(), Optional.of(entities.get(doer.entityKey()).id)),
                    Optional.of(new Actor(target.name(), target.code(),
                            Optional.of(entities.get("country:" + target.code()).id))),
                    verb.code().code(), verb.code().plover(), verb.code().ploverMode(), verb.code().goldstein(),
                    verb.code().quadClass(), EventMode.ASSERTED, Optional.of(day.toString()),
                    Optional.of(new Place(source.capital(), Optional.of(source.code()))), sentence,
                    new Span(doerSpan.start(), targetSpan.end()), verb.phrase(),
                    new Evidence(STAGE, "synthetic." + verb.code().code()), 0.9));
        }

        private void quoteSentence(SyntheticWorld.Country country) {
            SyntheticWorld.Agent agent = world.agents().get(skewed(world.agents().size()));
            Person speaker = person(country, agent);
            String words = "We will not accept terms set by " + world.countries().get(random.nextInt(
                    world.countries().size())).name() + " without a vote";
            int start = append("\u201c");
            append(words + ",\u201d ");
            Span content = new Span(start + 1, start + 1 + words.length());
            int cueStart = append("said ");
            Span cue = new Span(cueStart, cueStart + 4);
            Span nameSpan = name(speaker.entityKey(), speaker.name(), EntityType.PERSON, Optional.of(speaker.title()),
                    Optional.of(country.code()));
            append(". ");
            quotes.add(new Quote(content, QuoteType.DIRECT,
                    Optional.of(new Speaker(speaker.name(), Optional.of(entities.get(speaker.entityKey()).id), nameSpan)),
                    Optional.of(new Cue("said", cue)), Optional.empty(), new Span(start, body.length() - 1),
                    new Evidence(STAGE, "synthetic.quote")));
        }

        private Person person(SyntheticWorld.Country country, SyntheticWorld.Agent agent) {
            // 20 given × 26 initials × 20 family names: ~10,000 people, the skew making a few very frequent.
            String name = world.givenNames().get(skewed(world.givenNames().size())) + " "
                    + (char) ('A' + random.nextInt(26)) + ". "
                    + world.familyNames().get(random.nextInt(world.familyNames().size()));
            String title = country.demonym() + " " + agent.title();
            return new Person(name, title, "person:" + name);
        }

        /** Appends a name, records its mention under {@code key} and returns its span. */
        private Span name(String key, String name, EntityType type, Optional<String> title, Optional<String> country) {
            int start = append(name);
            Span span = new Span(start, start + name.length());
            entities.computeIfAbsent(key, k -> new EntityDraft("e" + (entities.size() + 1), name, type, title, country))
                    .mentions.add(new Mention(span, name));
            return span;
        }

        /** Appends text to the current paragraph; returns the body offset where it starts. */
        private int append(String text) {
            int start = body.length();
            body.append(text);
            return start;
        }

        private void newParagraph() {
            String text = body.substring(paragraphStart).stripTrailing();
            if (text.isEmpty()) return;
            paragraphs.add(text);
            body.setLength(paragraphStart + text.length());
            body.append("\n\n");
            paragraphStart = body.length();
        }
    }

    private record Person(String name, String title, String entityKey) {}

    private static final class EntityDraft {
        final String id;
        final String name;
        final EntityType type;
        final Optional<String> title;
        final Optional<String> country;
        final List<Mention> mentions = new ArrayList<>();

        EntityDraft(String id, String name, EntityType type, Optional<String> title, Optional<String> country) {
            this.id = id;
            this.name = name;
            this.type = type;
            this.title = title;
            this.country = country;
        }

        Entity entity() {
            return new Entity(id, name, type, title, country, mentions);
        }
    }
}
