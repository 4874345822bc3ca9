package org.herald.nlp.quote;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.herald.model.Span;
import org.herald.model.analysis.Entity;
import org.herald.model.analysis.EntityType;
import org.herald.model.analysis.Mention;
import org.herald.model.analysis.Speaker;
import org.herald.nlp.text.Dependency;

/**
 * Links a speaker phrase to an entity. First the entity stage's own mentions: the entity whose mention overlaps the
 * phrase. Otherwise our fallback: a pronoun ("he") refers to the nearest preceding person; a speaker noun ("the
 * minister", "the ministry") to the nearest preceding person or organisation the article calls by that noun; an
 * unnamed source ("officials", "a spokesman") stays unresolved and keeps its own words as its name.
 */
final class SpeakerLinker {
    private final QuoteLexicons lexicons;

    SpeakerLinker(QuoteLexicons lexicons) {
        this.lexicons = lexicons;
    }

    Speaker link(Phrase phrase, String body, List<Entity> entities) {
        Span span = phrase.span();
        String text = phrase.text(body);
        Optional<Entity> overlapping = overlapping(phrase, entities);
        if (overlapping.isPresent()) {
            return new Speaker(overlapping.get().name(), Optional.of(overlapping.get().id()), span);
        }
        Optional<Entity> antecedent = Optional.empty();
        Optional<EntityType> pronoun = lexicons.pronoun(phrase.headToken().text());
        Optional<QuoteLexicons.SpeakerNoun> noun = lexicons.speakerNoun(phrase.headToken().lemma());
        if (pronoun.isPresent()) {
            antecedent = nearestBefore(span.start(), pronoun.get(), entities, e -> true);
        } else if (noun.isPresent() && noun.get().refers().isPresent() && !indefinite(phrase)) {
            // "the minister" → the last person introduced as a minister; "the ministry" → the last "… Ministry"
            String word = noun.get().lemma();
            antecedent = nearestBefore(span.start(), noun.get().refers().get(), entities,
                    e -> describedAs(e, word, body));
        }
        if (antecedent.isPresent()) {
            return new Speaker(antecedent.get().name(), Optional.of(antecedent.get().id()), span);
        }
        return new Speaker(text, Optional.empty(), span);
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

    // "Lavrov met Scholz on Monday. … he said" → the last person named before the phrase
    private static Optional<Entity> nearestBefore(int offset, EntityType type, List<Entity> entities,
                                                  Predicate<Entity> fits) {
        Entity best = null;
        int bestStart = -1;
        for (Entity e : entities) {
            if (e.type() != type || !fits.test(e)) continue;
            for (Mention m : e.mentions()) {
                if (m.span().end() <= offset && m.span().start() > bestStart) {
                    best = e;
                    bestStart = m.span().start();
                }
            }
        }
        return Optional.ofNullable(best);
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
