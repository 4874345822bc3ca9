package org.herald.events.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.herald.model.lexicon.Lexicon;
import org.herald.model.analysis.TimeExpression;
import org.herald.nlp.text.Token;

/**
 * The date of an event, read from its sentence's dependency tree before the article's: a time expression in its own
 * clause ("attacked Ukraine [on 24 February 2022]", "Israel seized the territories [in 1967]"), else one of a
 * participle on it ("[asked in December], the IDF said"), else one hung on a clause above it ("[On Wednesday],
 * police said protesters had attacked …"; {@link ClauseScope}), else the article's publication date. A
 * time in another clause (a relative clause, a quote, an adverbial clause on another verb) dates that clause's event,
 * not this one; a time whose own relative clause the event is ("until [2013], when Pakistan banned the group") dates
 * it. Values are the time expression's ISO forms as resolved, so precision is kept: "1967" (a year), "2019-11" (a
 * month), "2024-03-04" (a day), "199X" (a decade, ISO 8601-2's unspecified digit). An event dated only from another
 * event of the text ("[the previous year]", "[a decade earlier]") gets no date, and none when the article has no date
 * and the sentence gives none.
 */
final class EventDates {
    private EventDates() {}

    static Optional<String> date(Tree tree, List<Integer> chain, List<TimeExpression> dates,
                                 Optional<LocalDate> published) {
        for (int head : chain) {
            Optional<String> year = yearOfNoun(tree, head);
            if (year.isPresent()) return year;
        }
        List<Located> times = located(tree, dates);
        for (Located t : times) {
            if (chain.stream().anyMatch(head -> clauseOnTime(tree, head, t))) return Optional.of(t.time().value());
        }
        Optional<String> above = Optional.empty();
        Optional<String> occasion = Optional.empty();
        for (Located t : times) {
            if (isBound(tree, t)) continue;
            for (int head : chain) {
                if (ClauseScope.inOwnClause(tree, head, t.head(), false)) return Optional.of(t.time().value());
                if (occasion.isEmpty() && ClauseScope.inOwnClause(tree, head, t.head(), true)) {
                    occasion = Optional.of(t.time().value());
                }
            }
            if (above.isEmpty() && chain.stream().anyMatch(head -> ClauseScope.hungAbove(tree, t.head(), head))) {
                above = Optional.of(t.time().value());
            }
        }
        if (occasion.isPresent()) return occasion;
        if (above.isPresent()) return above;
        if (chain.stream().anyMatch(head -> datedFromAnotherEvent(tree, head, times))) return Optional.empty();
        return published.map(LocalDate::toString);
    }

    /** A time expression of the sentence with its tokens and the one the rest of the sentence hangs it by. */
    private record Located(TimeExpression time, List<Token> tokens, int head) {
        boolean covers(int token) {
            return tokens.stream().anyMatch(t -> t.index() == token);
        }
    }

    private static List<Located> located(Tree tree, List<TimeExpression> dates) {
        List<Located> out = new ArrayList<>();
        for (TimeExpression t : dates) {
            if (!tree.sentence().span().contains(t.span())) continue;
            List<Token> tokens = tree.sentence().tokens().stream().filter(k -> k.span().overlaps(t.span())).toList();
            if (tokens.isEmpty()) continue;
            // The expression's head: its token whose governor lies outside it ("ago" in "two years ago").
            int head = tokens.get(0).index();
            for (Token k : tokens) {
                Optional<Integer> g = tree.governor(k.index());
                if (g.isEmpty() || tokens.stream().noneMatch(o -> o.index() == g.get())) {
                    head = k.index();
                    break;
                }
            }
            out.add(new Located(t, tokens, head));
        }
        return out;
    }

    // "until [2013], when Pakistan banned the group", "in [1967], when Israel seized the territories": the event's
    // clause is a relative or "when" clause on the time itself, so it happened then, whatever bound the time has.
    private static boolean clauseOnTime(Tree tree, int head, Located time) {
        int cur = head;
        for (Tree.Step step : tree.ancestors(head)) {
            if (Tree.is(tree.relation(cur), "acl", "advcl") && time.covers(step.token())) return true;
            // "when Pakistan banned the group and [took] control …": the conjuncts of the clause share it
            boolean conjunct = tree.relation(cur).equals("conj");
            if (!conjunct && Tree.is(tree.relation(cur), ClauseScope.OTHER_CLAUSES)) return false;
            cur = step.token();
        }
        return false;
    }

    // "ban diesel cars [by 2040]", "[until] 2030", "[before] 2013", "no later [than] May 10": a deadline or an end
    // bounds the act, it does not say when it happens (a hand check of 100 events on the Trafilatura and Fundus
    // pages dated a wish to ban cars to 2040). "Since", "from" and "between" give the start, which is the event's
    // date as GDELT would take it.
    private static boolean isBound(Tree tree, Located time) {
        for (Token t : time.tokens()) {
            for (int c : tree.children(t.index(), "case", "mark")) {
                if (BOUNDS.contains(tree.word(c))) return true;
            }
        }
        return false;
    }

    // "[The previous year], rebels attacked the capital", "[a decade earlier]", "[two years later]": a time counted
    // from another event of the text. The resolver gives it no value, and the publication day would be wrong.
    private static boolean datedFromAnotherEvent(Tree tree, int head, List<Located> times) {
        for (Token t : tree.sentence().tokens()) {
            int i = t.index();
            if (times.stream().anyMatch(l -> l.covers(i)) || !ClauseScope.inOwnClause(tree, head, i, false)) continue;
            String word = tree.word(i);
            String lemma = tree.lemma(i);
            if (ANAPHORA_UNITS.contains(lemma) && tree.isNoun(i)
                    && tree.children(i, "amod", "det").stream()
                            .anyMatch(m -> ANAPHORA_MODIFIERS.contains(tree.word(m)))) {
                return true;
            }
            if (ANAPHORA_SHIFTS.contains(word) && tree.relation(i).startsWith("advmod")
                    && tree.children(i, "obl", "nmod").stream().anyMatch(u -> ANAPHORA_UNITS.contains(tree.lemma(u)))) {
                return true;
            }
        }
        return false;
    }

    // "Russia's [2022] invasion", "the [1994] genocide": a year written before an event noun dates that event; the
    // time tagger does not read a bare number as a year there.
    private static Optional<String> yearOfNoun(Tree tree, int head) {
        if (tree.isVerb(head)) return Optional.empty();
        for (int c : tree.children(head, "nummod", "compound", "amod")) {
            if (c < head && tree.token(c).pos().equals("CD") && YEAR.matcher(tree.word(c)).matches()) {
                return Optional.of(tree.word(c));
            }
        }
        return Optional.empty();
    }

    private static final Pattern YEAR = Pattern.compile("(1[89]|20)\\d\\d");

    private static final Set<String> BOUNDS = Set.of("by", "until", "till", "til", "before", "than");

    private static final List<List<String>> ANAPHORA = Lexicon.rows(EventDates.class, "time-anaphora.tsv", 2, 2);
    private static final Set<String> ANAPHORA_UNITS = kind("unit");
    private static final Set<String> ANAPHORA_MODIFIERS = kind("modifier");
    private static final Set<String> ANAPHORA_SHIFTS = kind("shift");

    private static Set<String> kind(String kind) {
        return Set.copyOf(ANAPHORA.stream().filter(r -> r.get(1).equals(kind))
                .map(r -> r.get(0).toLowerCase(Locale.ROOT)).toList());
    }
}
