package org.herald.events.petrarch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Matches verb patterns around a verb. Words joined by {@code _} must be adjacent; otherwise words may lie
 * between elements: {@code - * IMPROVED &TIETYPES RELATIONS [904]} matches "abandon improved global economic
 * relations", {@code - * NEW_&TIETYPES_RELATIONS [903]} only "abandon new economic relations". {@code $}, {@code +}
 * and {@code %} match an actor and capture its codes; {@code ^} skips a noun phrase.
 */
final class PatternMatcher {
    /** The actor codes a matched pattern captured, by the element that captured them. */
    record Captures(List<String> sources, List<String> targets, List<String> compounds) {
        static final Captures NONE = new Captures(List.of(), List.of(), List.of());

        Captures with(PatternElement.Kind kind, List<String> codes) {
            List<String> s = new ArrayList<>(sources);
            List<String> t = new ArrayList<>(targets);
            List<String> c = new ArrayList<>(compounds);
            switch (kind) {
                case SOURCE:
                    s.addAll(codes);
                    break;
                case TARGET:
                    t.addAll(codes);
                    break;
                default:
                    c.addAll(codes);
                    break;
            }
            return new Captures(s, t, c);
        }

        Captures plus(Captures o) {
            Captures r = this;
            if (!o.sources.isEmpty()) {
                r = r.with(PatternElement.Kind.SOURCE, o.sources);
            }
            if (!o.targets.isEmpty()) {
                r = r.with(PatternElement.Kind.TARGET, o.targets);
            }
            if (!o.compounds.isEmpty()) {
                r = r.with(PatternElement.Kind.COMPOUND, o.compounds);
            }
            return r;
        }
    }

    private final Map<String, List<List<PatternElement>>> synsets;
    private final ActorFinder actors;

    PatternMatcher(Map<String, List<List<PatternElement>>> synsets, ActorFinder actors) {
        this.synsets = synsets;
        this.actors = actors;
    }

    /**
     * Matches {@code p} with the verb at words [{@code verbStart}, {@code verbEnd}); the part after the verb must
     * lie before {@code lowerEnd}.
     */
    Optional<Captures> match(VerbPattern p, ParsedSentence s, int verbStart, int verbEnd, int lowerEnd,
            LocalDate date) {
        Optional<Captures> lower = sequence(p.after(), 0, s, verbEnd, p.joinedAfterVerb(), lowerEnd, -1, date);
        if (lower.isEmpty()) {
            return Optional.empty();
        }
        if (p.before().isEmpty()) {
            return lower;
        }
        // nearest start first, so "NOTED + *" takes the actor right before the verb
        for (int start = verbStart - 1; start >= 0; start--) {
            Optional<Captures> upper = sequence(p.before(), 0, s, start, true, verbStart,
                    p.joinedBeforeVerb() ? verbStart : -1, date);
            if (upper.isPresent()) {
                return Optional.of(upper.get().plus(lower.get()));
            }
        }
        return Optional.empty();
    }

    /**
     * Matches elements[e..] from word {@code pos} (exactly there when {@code anchored}, else at or after it),
     * within {@code limit}; when {@code mustEndAt} ≥ 0 the match must end exactly there.
     */
    private Optional<Captures> sequence(List<PatternElement> elements, int e, ParsedSentence s, int pos,
            boolean anchored, int limit, int mustEndAt, LocalDate date) {
        if (e == elements.size()) {
            return mustEndAt < 0 || pos == mustEndAt ? Optional.of(Captures.NONE) : Optional.empty();
        }
        PatternElement el = elements.get(e);
        if (el.kind() == PatternElement.Kind.GROUP) {
            return sequence(elements, e + 1, s, pos, anchored, limit, mustEndAt, date);
        }
        int lastStart = anchored ? pos : limit - 1;
        for (int start = pos; start <= lastStart && start < limit; start++) {
            for (Step step : steps(el, s, start, limit, date)) {
                Optional<Captures> rest = sequence(elements, e + 1, s, step.end, el.joinedToNext(), limit, mustEndAt,
                        date);
                if (rest.isPresent()) {
                    return Optional.of(step.captures.plus(rest.get()));
                }
            }
        }
        return Optional.empty();
    }

    /** One way an element can match at {@code start}: where it ends and what it captured. */
    private record Step(int end, Captures captures) {}

    private List<Step> steps(PatternElement el, ParsedSentence s, int start, int limit, LocalDate date) {
        List<Step> out = new ArrayList<>();
        switch (el.kind()) {
            case WORD:
                if (s.tokens.get(start).equals(el.text())) {
                    out.add(new Step(start + 1, Captures.NONE));
                }
                break;
            case SYNSET:
                for (List<PatternElement> member : synsets.getOrDefault(el.text(), List.of())) {
                    List<PatternElement> joined = new ArrayList<>();
                    for (int i = 0; i < member.size(); i++) {
                        PatternElement m = member.get(i);
                        joined.add(new PatternElement(m.kind(), m.text(), i + 1 < member.size()));
                    }
                    int end = memberEnd(joined, s, start, limit, date);
                    if (end > start) {
                        out.add(new Step(end, Captures.NONE));
                    }
                }
                out.sort((a, b) -> b.end - a.end);
                break;
            case SOURCE:
            case TARGET:
            case COMPOUND:
                actorStep(el.kind(), s, start, limit, date).ifPresent(out::add);
                break;
            case SKIP:
                // "* AT ^ +" on "warned at the Gondor of the Prince of Dol Amroth": the whole NP, else the
                // smallest one starting here ("the Gondor"), else one word
                s.largestNpStartingAt(start, limit).ifPresent(np -> out.add(new Step(np.end(), Captures.NONE)));
                s.smallestNpStartingAt(start).ifPresent(np -> out.add(new Step(np.end(), Captures.NONE)));
                out.add(new Step(start + 1, Captures.NONE));
                break;
            default:
                break;
        }
        return out;
    }

    /** End of a synset member matched exactly at {@code start}, or -1. */
    private int memberEnd(List<PatternElement> member, ParsedSentence s, int start, int limit, LocalDate date) {
        int pos = start;
        for (PatternElement m : member) {
            List<Step> st = pos < limit ? steps(m, s, pos, limit, date) : List.of();
            if (st.isEmpty()) {
                return -1;
            }
            pos = st.get(0).end;
        }
        return pos;
    }

    // "+ WAS * DEAD IN $": the element matches where an actor name starts; its codes are those of the nearest NP
    // around it that codes ("the parliament of Gondor" at "Gondor" → GON; "the Prince of Dol Amroth" → DOL)
    private Optional<Step> actorStep(PatternElement.Kind kind, ParsedSentence s, int start, int limit,
            LocalDate date) {
        Optional<PhraseIndex.Match<ActorEntry>> name = actors.actorAt(s, start, limit);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Optional<PennTree> np = s.largestNpStartingAt(start, limit).or(() -> s.smallestNp(start));
        while (np.isPresent() && np.get().label().startsWith("NP")) {
            List<String> codes = actors.actorsIn(s, np.get(), date);
            if (!codes.isEmpty()) {
                int end = Math.min(limit, Math.max(name.get().end(), np.get().end()));
                return Optional.of(new Step(end, Captures.NONE.with(kind, codes)));
            }
            np = s.parent(np.get());
        }
        return Optional.empty();
    }
}
