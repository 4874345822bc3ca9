package org.herald.nlp.quote;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.herald.model.Span;
import org.herald.model.analysis.Entity;
import org.herald.model.analysis.EntityType;
import org.herald.model.analysis.Mention;
import org.herald.model.analysis.Speaker;
import org.herald.nlp.entity.Genders;
import org.herald.nlp.text.Dependency;

/**
 * Links a speaker phrase to an entity. First the entity stage's own mentions: the entity whose mention overlaps the
 * phrase. Otherwise our fallback, only on clear evidence within the phrase's paragraph and the one before it
 * ({@link #windowStart}): "he" or "she" refers to the nearest preceding person of a compatible gender; "we", "they"
 * or "it" to the one organisation mentioned there; a speaker noun ("the minister", "the ministry") to the one
 * person or organisation the article calls by that noun, else to the nearest such one when no other is at hand.
 * A pronoun or noun left without an entity, and an unnamed source ("officials", "a spokesman"), keeps its own words
 * as its name and is marked {@link Speaker#unresolved() unresolved}.
 */
final class SpeakerLinker {
    private final QuoteLexicons lexicons;
    private final Genders genders;

    SpeakerLinker(QuoteLexicons lexicons, Genders genders) {
        this.lexicons = lexicons;
        this.genders = genders;
    }

    Speaker link(Phrase phrase, String body, List<Entity> entities) {
        Span span = phrase.span();
        Optional<Entity> overlapping = overlapping(phrase, entities);
        if (overlapping.isPresent()) {
            return new Speaker(overlapping.get().name(), Optional.of(overlapping.get().id()), span);
        }
        String head = phrase.headToken().text();
        Optional<EntityType> pronoun = lexicons.pronoun(head);
        Optional<QuoteLexicons.SpeakerNoun> noun = lexicons.speakerNoun(phrase.headToken().lemma());
        int window = windowStart(body, span.start());
        Optional<Entity> antecedent = Optional.empty();
        if (pronoun.isPresent() && pronoun.get() == EntityType.PERSON) {
            antecedent = nearestPerson(span.start(), window, Genders.ofPronoun(head), entities);
        } else if (pronoun.isPresent()) {
            antecedent = onlyOne(entitiesBetween(window, span.start(), pronoun.get(), entities, e -> true));
        } else if (noun.isPresent() && noun.get().refers().isPresent() && !indefinite(phrase)) {
            // "the minister" → the person introduced as a minister; "the ministry" → the "… Ministry"
            String word = noun.get().lemma();
            Predicate<Entity> described = e -> describedAs(e, word, body);
            EntityType type = noun.get().refers().get();
            antecedent = onlyOne(entitiesBetween(0, span.start(), type, entities, described))
                    .or(() -> onlyOne(entitiesBetween(window, span.start(), type, entities, described)));
        }
        if (antecedent.isPresent()) {
            return new Speaker(antecedent.get().name(), Optional.of(antecedent.get().id()), span);
        }
        return new Speaker(phrase.text(body), Optional.empty(), span, isReference(phrase, pronoun, noun));
    }

    /** A pronoun or a common noun refers to someone; a proper name the entity stage missed still names them. */
    private static boolean isReference(Phrase phrase, Optional<EntityType> pronoun,
                                       Optional<QuoteLexicons.SpeakerNoun> noun) {
        String pos = phrase.headToken().pos();
        return pronoun.isPresent() || noun.isPresent() || pos.startsWith("PRP") || pos.equals("NN")
                || pos.equals("NNS");
    }

    /**
     * The entity with a mention on the phrase's head, else any mention overlapping the phrase, else on a named
     * apposition: "the lead mediator, Amélie Roux," → Amélie Roux.
     */
    private static Optional<Entity> overlapping(Phrase phrase, List<Entity> entities) {
        Optional<Entity> found = mentionedAt(phrase.headToken().span(), entities)
                .or(() -> mentionedAt(phrase.span(), entities));
        if (found.isPresent()) return found;
        // "Farmers' union leader Marta Coelho" sometimes parses with the name as appos or dep of "leader"
        for (Dependency d : phrase.sentence().children(phrase.head())) {
            boolean named = phrase.sentence().tokens().get(d.dependent()).pos().startsWith("NNP");
            // but not "officials in Riga" (nmod): Riga is where they are, not who they are
            boolean besides = d.relation().equals("appos") || d.relation().equals("dep")
                    && d.dependent() > phrase.to() && d.dependent() <= phrase.to() + 2;
            if (named && besides) {
                Optional<Entity> e = mentionedAt(phrase.sentence().tokens().get(d.dependent()).span(), entities);
                if (e.isPresent()) return e;
            }
        }
        return Optional.empty();
    }

    private static Optional<Entity> mentionedAt(Span span, List<Entity> entities) {
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                if (m.span().overlaps(span)) return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /**
     * Where the evidence for a pronoun may lie: the start of the paragraph before the phrase's own. A reader looks
     * back that far for "he"; further back, another person may have come and gone.
     */
    static int windowStart(String body, int offset) {
        int start = paragraphStart(body, offset);
        int before = start;
        while (before > 0 && Character.isWhitespace(body.charAt(before - 1))) before--;
        return before == 0 ? 0 : paragraphStart(body, before);
    }

    private static int paragraphStart(String body, int offset) {
        return body.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
    }

    // "Lavrov met Baerbock on Monday. … he said" → Lavrov: the last person of that gender named before the phrase
    private Optional<Entity> nearestPerson(int offset, int window, Optional<Genders.Gender> gender,
                                           List<Entity> entities) {
        Entity best = null;
        int bestStart = -1;
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON || !compatible(e, gender)) continue;
            for (Mention m : e.mentions()) {
                if (m.span().start() >= window && m.span().end() <= offset && m.span().start() > bestStart) {
                    best = e;
                    bestStart = m.span().start();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** A person's gender, from the pronouns the entity stage linked to them, else from their given name. */
    boolean compatible(Entity e, Optional<Genders.Gender> gender) {
        if (gender.isEmpty()) return true;
        Optional<Genders.Gender> known = Optional.empty();
        for (Mention m : e.mentions()) {
            known = known.or(() -> Genders.ofPronoun(m.text()));
        }
        known = known.or(() -> genders.ofName(e.name()));
        return known.isEmpty() || known.equals(gender);
    }

    /** The entities of that type with a mention in {@code [from, to)}, in order of first mention. */
    private static Set<Entity> entitiesBetween(int from, int to, EntityType type, List<Entity> entities,
                                               Predicate<Entity> fits) {
        Set<Entity> out = new LinkedHashSet<>();
        for (Entity e : entities) {
            if (e.type() != type || !fits.test(e)) continue;
            for (Mention m : e.mentions()) {
                if (m.span().start() >= from && m.span().end() <= to) out.add(e);
            }
        }
        return out;
    }

    private static Optional<Entity> onlyOne(Set<Entity> candidates) {
        return candidates.size() == 1 ? Optional.of(candidates.iterator().next()) : Optional.empty();
    }

    /** "a spokesman for the council" introduces someone new; "the spokesman" refers back. */
    private static boolean indefinite(Phrase phrase) {
        return Trees.child(phrase.sentence(), phrase.head(), "det")
                .map(d -> phrase.sentence().tokens().get(d).text().toLowerCase(Locale.ROOT))
                .filter(d -> d.equals("a") || d.equals("an")).isPresent();
    }

    /**
     * Whether the article calls the entity by this noun: in its name or title ("Transport Ministry"), or next to one
     * of its mentions ("Finance Minister Clara Dunst", "Scholz, the German chancellor,").
     */
    private static boolean describedAs(Entity e, String noun, String body) {
        Pattern word = Pattern.compile("\\b" + Pattern.quote(noun), Pattern.CASE_INSENSITIVE);
        if (word.matcher(e.name()).find() || e.title().filter(t -> word.matcher(t).find()).isPresent()) return true;
        for (Mention m : e.mentions()) {
            int from = Math.max(0, m.span().start() - 30);
            int to = Math.min(body.length(), m.span().end() + 40);
            if (word.matcher(body.substring(from, m.span().start())).find()
                    || word.matcher(body.substring(m.span().end(), to)).find()) {
                return true;
            }
        }
        return false;
    }
}
