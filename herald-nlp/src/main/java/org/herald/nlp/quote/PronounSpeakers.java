package org.herald.nlp.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.herald.model.Span;
import org.herald.model.analysis.Entity;
import org.herald.model.analysis.EntityType;
import org.herald.model.analysis.Mention;
import org.herald.model.analysis.Quote;
import org.herald.model.analysis.Speaker;
import org.herald.nlp.entity.Genders;

/**
 * Resolves "he" and "she" speakers the entity stage left unlinked, with the article's quotes at hand: the speaker of
 * the quote before, when a person of a compatible gender in the quote's first paragraph or the one before and no
 * other such person is named in between outside quoted words; else the nearest such person named there outside
 * quoted words; else the pronoun stays {@link Speaker#unresolved() unresolved}. A name inside a quote is what the
 * speaker talks about, not who speaks: "Greg Raiff said the jet was odd for a man of Mr. Trump's wealth. ''…,'' he
 * said" → Raiff.
 */
final class PronounSpeakers {
    private final QuoteLexicons lexicons;
    private final SpeakerLinker linker;

    PronounSpeakers(QuoteLexicons lexicons, SpeakerLinker linker) {
        this.lexicons = lexicons;
        this.linker = linker;
    }

    /** The quotes, in body order, with their pronoun speakers resolved again; {@code quotes} must be in body order. */
    List<Quote> resolve(List<Quote> quotes, List<Entity> entities, List<MarkedQuote> marked, String body) {
        Map<String, Entity> byId = new HashMap<>();
        entities.forEach(e -> byId.put(e.id(), e));
        List<Span> quoted = new ArrayList<>();
        marked.forEach(m -> quoted.add(m.outer()));
        quotes.forEach(q -> quoted.add(q.content()));
        List<Quote> out = new ArrayList<>(quotes.size());
        for (Quote q : quotes) {
            Optional<Speaker> speaker = q.speaker();
            String written = speaker.map(s -> s.span().of(body)).orElse("");
            boolean personPronoun = lexicons.pronoun(written).filter(t -> t == EntityType.PERSON).isPresent();
            if (!personPronoun || mentioned(speaker.get().span(), entities)) {
                out.add(q);
                continue;
            }
            Speaker s = speaker.get();
            Optional<Genders.Gender> gender = Genders.ofPronoun(written);
            // from the quote's own opening: "…," he said may close a quote of several paragraphs
            int window = SpeakerLinker.windowStart(body, Math.min(q.span().start(), s.span().start()));
            Optional<Entity> antecedent = previousSpeaker(out, s, window, gender, byId, entities, quoted)
                    .or(() -> nearestOutsideQuotes(window, s.span().start(), gender, entities, quoted,
                            Optional.empty()));
            Speaker resolved = antecedent.map(e -> new Speaker(e.name(), Optional.of(e.id()), s.span()))
                    .orElseGet(() -> new Speaker(written, Optional.empty(), s.span(), true));
            out.add(new Quote(q.content(), q.type(), Optional.of(resolved), q.cue(), q.addressee(), q.span(),
                    q.evidence()));
        }
        return out;
    }

    /** The resolved person who spoke last before the pronoun, when no rival is named since. */
    private Optional<Entity> previousSpeaker(List<Quote> before, Speaker pronoun, int window,
                                             Optional<Genders.Gender> gender, Map<String, Entity> byId,
                                             List<Entity> entities, List<Span> quoted) {
        for (int i = before.size() - 1; i >= 0; i--) {
            Quote p = before.get(i);
            // "…," he said, "…": both halves share one speaker, which is no earlier speaker
            if (p.speaker().isEmpty() || p.speaker().get().span().equals(pronoun.span())) continue;
            if (p.span().start() < window) return Optional.empty();
            Optional<Entity> e = p.speaker().get().entityId().map(byId::get);
            if (e.isEmpty() || e.get().type() != EntityType.PERSON || !linker.compatible(e.get(), gender)) {
                return Optional.empty();
            }
            int since = Math.min(p.span().start(), p.speaker().get().span().start());
            boolean rival = nearestOutsideQuotes(since, pronoun.span().start(), gender, entities, quoted, e)
                    .isPresent();
            return rival ? Optional.empty() : e;
        }
        return Optional.empty();
    }

    /** The person of a compatible gender last named in {@code [from, to)} outside quoted words, but {@code not}. */
    private Optional<Entity> nearestOutsideQuotes(int from, int to, Optional<Genders.Gender> gender,
                                                  List<Entity> entities, List<Span> quoted, Optional<Entity> not) {
        Entity best = null;
        int bestStart = -1;
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON || not.filter(e::equals).isPresent() || !linker.compatible(e, gender)) {
                continue;
            }
            for (Mention m : e.mentions()) {
                boolean inside = m.span().start() >= from && m.span().end() <= to;
                if (inside && m.span().start() > bestStart && !isQuoted(m.span(), quoted)
                        && !isPronoun(m.text())) {
                    best = e;
                    bestStart = m.span().start();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    // A pronoun the entity stage linked counts as naming its person only through that link, which may be wrong
    // where two people of one gender meet; names are the evidence here.
    private static boolean isPronoun(String mention) {
        return Genders.ofPronoun(mention.toLowerCase(Locale.ROOT)).isPresent();
    }

    private static boolean isQuoted(Span span, List<Span> quoted) {
        for (Span q : quoted) {
            if (q.contains(span)) return true;
        }
        return false;
    }

    private static boolean mentioned(Span span, List<Entity> entities) {
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                if (m.span().overlaps(span)) return true;
            }
        }
        return false;
    }
}
