package org.herald.nlp.quote;

import java.util.List;
import java.util.Optional;
import org.herald.model.Span;
import org.herald.model.analysis.Entity;
import org.herald.model.analysis.EntityType;
import org.herald.model.analysis.Mention;
import org.herald.model.analysis.Speaker;

/**
 * Links a speaker phrase to an entity. First the entity stage's own mentions: the entity whose mention overlaps the
 * phrase. Otherwise our fallback: a pronoun ("he") or a speaker noun ("the minister", "the ministry") refers to the
 * nearest preceding mention of a person or organisation; an unnamed source ("officials") stays unresolved and keeps
 * its own words as its name.
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
        Optional<EntityType> refers = lexicons.pronoun(phrase.headToken().text());
        boolean indefinite = Trees.child(phrase.sentence(), phrase.head(), "det")
                .map(d -> phrase.sentence().tokens().get(d).text().toLowerCase(java.util.Locale.ROOT))
                .filter(d -> d.equals("a") || d.equals("an")).isPresent();
        // "a spokesman for the council" introduces someone new; "the spokesman" refers back
        if (refers.isEmpty() && !indefinite) {
            refers = lexicons.speakerNoun(phrase.headToken().lemma()).flatMap(QuoteLexicons.SpeakerNoun::refers);
        }
        Optional<Entity> antecedent = refers.flatMap(type -> nearestBefore(span.start(), type, entities));
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
        Optional<Integer> appos = Trees.child(phrase.sentence(), phrase.head(), "appos");
        if (appos.isPresent() && phrase.sentence().tokens().get(appos.get()).pos().startsWith("NNP")) {
            return mentionedAt(phrase.sentence().tokens().get(appos.get()).span(), entities);
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

    // "Lavrov met Scholz on Monday. … the minister said" → the last person named before the phrase
    private static Optional<Entity> nearestBefore(int offset, EntityType type, List<Entity> entities) {
        Entity best = null;
        int bestStart = -1;
        for (Entity e : entities) {
            if (e.type() != type) continue;
            for (Mention m : e.mentions()) {
                if (m.span().end() <= offset && m.span().start() > bestStart) {
                    best = e;
                    bestStart = m.span().start();
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
