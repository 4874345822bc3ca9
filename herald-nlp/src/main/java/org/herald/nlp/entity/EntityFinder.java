package org.herald.nlp.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.herald.model.Span;
import org.herald.model.analysis.Entity;
import org.herald.model.analysis.EntityType;
import org.herald.nlp.EntityStage;
import org.herald.nlp.text.ParsedText;
import org.herald.nlp.text.Sentence;
import org.herald.nlp.text.Token;

/**
 * The entities of one article body: people, organisations and places, each with every mention in the text, the
 * fullest name, and the role and country the text gives. Tables are loaded once by the constructor; {@link #find} keeps
 * no state between calls, so one instance serves many threads.
 *
 * <pre>{@code
 * List<Entity> entities = new EntityFinder().find(parser.parse(body));
 * }</pre>
 */
public final class EntityFinder implements EntityStage {
    /**
     * The table of words that make a title a past one ("former", "ex-"), beside this class: read by the role reader
     * here and by the event coder, which codes former office holders as elites.
     */
    public static final String FORMER_WORDS = "former-words.tsv";

    private static final Set<String> PRONOUNS = Set.of("he", "him", "his", "she", "her", "hers");

    private final Places places;
    private final Titles titles;
    private final Genders genders;
    private final NameFinder names;
    private final RoleReader roles;
    private final Leaders leaders;
    private final UsPolitics us;
    private final NonEntities nonEntities;

    /**
     * Loads the country, demonym, capital, title, first-name, leader, US-politics, product and region tables; fails at
     * once on a bad table row.
     */
    public EntityFinder() {
        this.places = Places.load();
        this.titles = Titles.load();
        this.genders = Genders.load();
        this.names = new NameFinder(places);
        this.us = UsPolitics.load();
        this.roles = new RoleReader(places, titles, us);
        this.leaders = Leaders.load(places);
        this.nonEntities = NonEntities.load();
    }

    /**
     * The entities of {@code parsed}, with ids "e1", "e2" … in order of first mention; mentions are spans into
     * {@code parsed.text()} in text order. Names inside photo credits ("Photo: Jane Doe/Reuters") are ignored.
     */
    @Override
    public List<Entity> find(ParsedText parsed) {
        return find(parsed, Optional.empty());
    }

    /**
     * As {@link #find(ParsedText)}, with well-known office holders given the office they held in {@code reference}'s
     * year: "Bush" is George W. Bush in 2005 and George H. W. Bush in 1991.
     */
    @Override
    public List<Entity> find(ParsedText parsed, LocalDate reference) {
        return find(parsed, Optional.of(Objects.requireNonNull(reference, "reference")));
    }

    private List<Entity> find(ParsedText parsed, Optional<LocalDate> reference) {
        Objects.requireNonNull(parsed, "parsed");
        List<Span> credits = Credits.find(parsed.text());
        List<Reference> references = new ArrayList<>();
        for (NameMention n : names.find(parsed, credits)) {
            if (noEntity(parsed, n)) continue;
            references.add(Reference.of(n, roles.read(parsed.sentences().get(n.sentence()), n)));
        }
        // A demonym or country inside another name's role phrase gives that name its country and is no entity of its
        // own: "[Russian] Foreign Minister Sergei Lavrov", "[Russia]'s foreign minister, Sergei Lavrov".
        TokenMask roleWords = TokenMask.roles(parsed, references);
        references.removeIf(r -> isGeographic(r) && roleWords.marked(r.sentence(), r.first()));
        List<Reference> others = nominalsAndPronouns(parsed, references, credits);
        // "The [Russian] diplomat": the demonym belongs to the nominal, as it does to a role.
        TokenMask nominalWords = new TokenMask(parsed);
        for (Reference o : others) nominalWords.mark(o.sentence(), o.first(), o.end());
        references.removeIf(r -> isGeographic(r) && nominalWords.marked(r.sentence(), r.first()));
        references.addAll(others);
        references.sort(Comparator.comparingInt((Reference r) -> r.span().start()));
        List<Cluster> clusters = new ArrayList<>(
                new MentionLinker(parsed, places, titles, genders, nonEntities).link(references));
        clusters.sort(Comparator.comparingInt(Cluster::firstStart));
        for (Cluster c : clusters) {
            // NER often tags a leader's name before a noun as an organisation: "the [Trump] administration".
            if (c.type == EntityType.PERSON || c.type == EntityType.ORGANIZATION) addKnownOffice(c, reference);
        }
        boolean aboutUs = aboutTheUnitedStates(clusters);
        List<Entity> out = new ArrayList<>();
        for (Cluster c : clusters) {
            if (c.hidden) continue;
            // "Sen. Jane Doe said": a senator in an article about the United States is American.
            if (c.type == EntityType.PERSON && c.country.isEmpty() && aboutUs && c.title.filter(us::office).isPresent()) {
                c.country = Optional.of(UsPolitics.USA);
            }
            c.mentions.sort(Comparator.comparingInt(m -> m.span().start()));
            out.add(new Entity("e" + (out.size() + 1), c.name, c.type, c.title, c.country, c.mentions));
        }
        return out;
    }

    // "Putin accused the West …": a well-known office holder the article names without a role gets the role from
    // leaders.tsv. The text wins: a role or country it gives is kept, and a country it gives that the table does not
    // ("Ivanov, a Bulgarian minister") means another person of that name.
    private void addKnownOffice(Cluster c, Optional<LocalDate> reference) {
        if (c.title.isPresent() && c.country.isPresent()) return;
        Optional<Leaders.Leader> found = leaders.find(c.name, reference);
        for (int i = 0; i < c.names.size() && found.isEmpty(); i++) found = leaders.find(c.names.get(i), reference);
        if (found.isEmpty()) {
            // "Joe Biden" in 2019 held no listed office, but he is still American: a full name keeps its country.
            if (c.country.isEmpty() && c.type == EntityType.PERSON) c.country = leaders.countryOf(c.name);
            return;
        }
        Leaders.Leader leader = found.get();
        if (c.country.isPresent() && !c.country.get().equals(leader.code())) return;
        if (c.title.isEmpty()) c.title = Optional.of(leader.title());
        if (c.country.isEmpty()) c.country = Optional.of(leader.code());
    }

    // Names that stand for no entity (#10): the words of a title the parser tags as an organisation ("U.S. [Defense]
    // Secretary", "Secretary of [State]", "[House] Speaker"), a party-state tag ("D-Calif."), a product ("Siri"), and
    // an adjective of a region no country owns ("Southeast Asian" governments).
    private boolean noEntity(ParsedText parsed, NameMention n) {
        List<Token> tokens = parsed.sentences().get(n.sentence()).tokens();
        return switch (n.type()) {
            case ORGANIZATION -> titleWords(tokens, n) || nonEntities.product(n.text());
            case PERSON -> nonEntities.product(n.text());
            case LOCATION, NATIONALITY, STATE_OR_PROVINCE -> us.tag(n.text())
                    || (places.countryOfDemonym(n.text()).isEmpty() && nonEntities.regionAdjective(n.text()));
            default -> false;
        };
    }

    // "[U.S. Defense] Secretary": a country before the title words may be tagged with them.
    private boolean titleWords(List<Token> tokens, NameMention n) {
        for (int first = n.first(); first < n.end(); first++) {
            if (first > n.first()) {
                String before = RoleReader.words(tokens, n.first(), first);
                if (places.countryNamed(before).or(() -> places.countryOfDemonym(before)).isEmpty()) continue;
            }
            if (titles.covers(tokens, first, n.end())) return true;
        }
        return false;
    }

    // The article is about the United States when it names the country, a state, or an American by role or table.
    private boolean aboutTheUnitedStates(List<Cluster> clusters) {
        for (Cluster c : clusters) {
            if (c.country.equals(Optional.of(UsPolitics.USA))) return true;
            if (c.type == EntityType.STATE_OR_PROVINCE && us.state(c.name).isPresent()) return true;
        }
        return false;
    }

    private static boolean isGeographic(Reference r) {
        EntityType t = r.name().orElseThrow().type();
        return t == EntityType.COUNTRY || t == EntityType.NATIONALITY;
    }

    // "the minister", "the Russian diplomat", "he", "his": candidates the linker keeps only when unambiguous.
    private List<Reference> nominalsAndPronouns(ParsedText parsed, List<Reference> named, List<Span> credits) {
        // Demonyms and countries do not block: "the [Russian] diplomat" is a nominal.
        TokenMask taken = new TokenMask(parsed);
        for (Reference r : named) {
            if (!isGeographic(r)) taken.mark(r.sentence(), r.role().first(), r.role().end());
        }
        List<Reference> out = new ArrayList<>();
        for (Sentence s : parsed.sentences()) {
            List<Token> tokens = s.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (Credits.inside(credits, t.span()) || taken.marked(s.index(), i)) continue;
                String lower = t.text().toLowerCase(Locale.ROOT);
                if (PRONOUNS.contains(lower) && t.pos().startsWith("PRP")) {
                    out.add(new Reference(Reference.Kind.PRONOUN, s.index(), i, i + 1, t.span(), t.text(),
                            Optional.empty(), new Role(Optional.empty(), Optional.empty(), i, i + 1),
                            Optional.empty()));
                } else if (lower.equals("the")) {
                    nominal(parsed.text(), s, i, taken).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    private Optional<Reference> nominal(String text, Sentence s, int the, TokenMask taken) {
        List<Token> tokens = s.tokens();
        int p = the + 1;
        Optional<String> country = p < tokens.size() ? places.countryOfDemonym(tokens.get(p).text()) : Optional.empty();
        if (country.isPresent()) p++;
        Optional<Titles.Match> m = titles.nominalAt(tokens, p);
        if (m.isEmpty()) return Optional.empty();
        int end = m.get().end();
        for (int i = the; i < end; i++) {
            if (taken.marked(s.index(), i)) return Optional.empty();
        }
        // "the minister Sergei Lavrov" names the person: the name carries the role, not a nominal.
        if (end < tokens.size() && tokens.get(end).ner().equals("PERSON")) return Optional.empty();
        Span span = new Span(tokens.get(the).span().start(), tokens.get(end - 1).span().end());
        return Optional.of(new Reference(Reference.Kind.NOMINAL, s.index(), the, end, span, span.of(text),
                Optional.empty(), new Role(Optional.empty(), country, the, end), Optional.of(m.get().title())));
    }
}
