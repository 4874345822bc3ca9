package org.herald.events.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.herald.events.actor.ActorCoding;
import org.herald.events.cameo.CameoCode;
import org.herald.events.cameo.CameoCodebook;
import org.herald.extract.lexicon.Lexicon;
import org.herald.model.Evidence;
import org.herald.model.Span;
import org.herald.model.analysis.Actor;
import org.herald.model.analysis.Entity;
import org.herald.model.analysis.Event;
import org.herald.model.analysis.EventMode;
import org.herald.model.analysis.Place;
import org.herald.model.analysis.Quote;
import org.herald.model.analysis.TimeExpression;
import org.herald.nlp.EventStage;
import org.herald.nlp.text.ParsedText;
import org.herald.nlp.text.Sentence;
import org.herald.nlp.text.Token;

/**
 * Codes who did what to whom in each sentence: finds clauses whose verb or event noun is in {@code verbs.tsv}
 * ({@link ClauseFinder}), codes their sources and targets with the given {@link ActorCoding}, sets the mode by the
 * modality rules (negation, hypothesis, future, report: the first that fires wins), adds date, place and the CAMEO
 * codebook's Goldstein score, quad class and PLOVER type, then drops statements whose content is its own event and
 * merges duplicates. Events whose source cannot be coded, and self-dyads, are dropped. Tables are loaded by the
 * constructor; {@link #code} keeps no state, so one instance serves many threads.
 *
 * <pre>{@code
 * EventStage coder = new CameoCoder(actorCoder);
 * List<Event> events = coder.code(parsed, entities, dates, quotes, LocalDate.parse("2024-03-04"));
 * }</pre>
 */
public final class CameoCoder implements EventStage {
    static final String STAGE = "events";

    private final ActorCoding actors;
    private final CameoCodebook codebook;
    private final ClauseFinder clauses;
    private final List<ModalityRule> modality;

    /** Loads the codebook and the coding tables; fails at once, with {@code file:line}, on a bad table row. */
    public CameoCoder(ActorCoding actors) {
        this(actors, CameoCodebook.load());
    }

    public CameoCoder(ActorCoding actors, CameoCodebook codebook) {
        this.actors = Objects.requireNonNull(actors, "actors");
        this.codebook = Objects.requireNonNull(codebook, "codebook");
        this.clauses = new ClauseFinder(VerbDictionary.load(codebook),
                new HashSet<>(Lexicon.words(CameoCoder.class, "light-verbs.tsv")));
        this.modality = List.of(new NegationRule(), new HypotheticalRule(), new FutureRule(), new ReportedRule());
    }

    @Override
    public List<Event> code(ParsedText text, List<Entity> entities, List<TimeExpression> dates, List<Quote> quotes,
                            LocalDate reference) {
        return code(text, entities, dates, quotes, reference, Trace.NONE);
    }

    List<Event> code(ParsedText text, List<Entity> entities, List<TimeExpression> dates, List<Quote> quotes,
                     LocalDate reference, Trace trace) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(entities, "entities");
        Objects.requireNonNull(dates, "dates");
        Objects.requireNonNull(quotes, "quotes");
        Objects.requireNonNull(reference, "reference");
        List<Event> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            Tree tree = new Tree(s);
            trace.note("sentence " + s.index() + ": " + s.span().of(text.text()));
            List<Coded> found = new ArrayList<>();
            for (Token t : s.tokens()) {
                Optional<Clause> clause = clauses.find(tree, t.index(), trace);
                if (clause.isPresent()) {
                    found.addAll(events(tree, clause.get(), entities, dates, quotes, reference, trace));
                }
            }
            found = StatementRemover.apply(tree, found, trace);
            found = DuplicateMerger.apply(found, trace);
            for (Coded c : found) {
                trace.note("EVENT " + describe(c.event()));
                out.add(c.event());
            }
        }
        return out;
    }

    private List<Coded> events(Tree tree, Clause clause, List<Entity> entities, List<TimeExpression> dates,
                               List<Quote> quotes, LocalDate reference, Trace trace) {
        List<Coded> out = new ArrayList<>();
        List<Integer> sourceHeads = new ArrayList<>();
        List<Actor> sources = new ArrayList<>();
        for (int s : clause.sources()) {
            Optional<Actor> a = code(tree, s, entities, reference);
            trace.note("  source '" + tree.token(s).text() + "': " + a.map(Actor::code).orElse("not codable"));
            if (a.isPresent()) {
                sources.add(a.get());
                sourceHeads.add(s);
            }
        }
        if (sources.isEmpty()) {
            trace.note("  no event: no codable source" + (clause.sources().isEmpty() ? " (no subject found)" : ""));
            return out;
        }
        List<Integer> targetHeads = new ArrayList<>();
        List<Actor> targets = new ArrayList<>();
        for (List<Integer> group : clause.targets()) {
            for (int t : group) {
                if (sourceHeads.contains(t)) continue;
                Optional<Actor> a = code(tree, t, entities, reference);
                trace.note("  target '" + tree.token(t).text() + "': " + a.map(Actor::code).orElse("not codable"));
                if (a.isPresent()) {
                    targets.add(a.get());
                    targetHeads.add(t);
                }
            }
            if (!targets.isEmpty()) break;
        }
        ModeCue mode = mode(tree, clause.trigger(), quotes);
        trace.note("  mode " + mode.mode() + ": " + mode.why());
        CameoCode code = codebook.require(clause.entry().code());
        String date = EventDates.date(tree, clause.chain(), dates, reference);
        Optional<Place> place = EventPlaces.place(tree, clause.chain(), entities);
        String rule = clause.rule() + (mode.mode() == EventMode.ASSERTED ? ""
                : "+" + mode.mode().name().toLowerCase(Locale.ROOT));
        for (int si = 0; si < sources.size(); si++) {
            Actor source = sources.get(si);
            if (targets.isEmpty()) {
                out.add(coded(tree, clause, source, Optional.empty(), List.of(sourceHeads.get(si)), code, mode.mode(),
                        date, place, rule));
                continue;
            }
            for (int ti = 0; ti < targets.size(); ti++) {
                Actor target = targets.get(ti);
                if (target.code().equals(source.code())) {
                    trace.note("  dropped " + source.code() + " → " + target.code() + ": self-dyad");
                    continue;
                }
                out.add(coded(tree, clause, source, Optional.of(target),
                        List.of(sourceHeads.get(si), targetHeads.get(ti)), code, mode.mode(), date, place, rule));
            }
        }
        return out;
    }

    private Coded coded(Tree tree, Clause clause, Actor source, Optional<Actor> target, List<Integer> heads,
                        CameoCode code, EventMode mode, String date, Optional<Place> place,
                        String rule) {
        Token trigger = tree.token(clause.trigger());
        int start = trigger.span().start();
        int end = trigger.span().end();
        for (int h : heads) {
            start = Math.min(start, tree.token(h).span().start());
            end = Math.max(end, tree.token(h).span().end());
        }
        Event e = new Event(source, target, code.code(), code.plover(), code.ploverMode(), code.goldstein(),
                code.quadClass(), mode, Optional.of(date), place, tree.sentence().span(), new Span(start, end),
                trigger.text(), new Evidence(STAGE, rule));
        return new Coded(e, clause.trigger());
    }

    private Optional<Actor> code(Tree tree, int head, List<Entity> entities, LocalDate date) {
        return actors.code(tree.sentence(), head, entities, date).filter(a -> !a.code().isEmpty());
    }

    private ModeCue mode(Tree tree, int trigger, List<Quote> quotes) {
        for (ModalityRule r : modality) {
            Optional<ModeCue> cue = r.apply(tree, trigger, quotes);
            if (cue.isPresent()) return cue.get();
        }
        return ModeCue.asserted();
    }

    static String describe(Event e) {
        return e.source().code() + " → " + e.target().map(Actor::code).orElse("-") + " " + e.cameo() + " ("
                + e.plover() + ", Goldstein " + e.goldstein() + ", quad " + e.quadClass() + ") "
                + e.mode().name().toLowerCase(Locale.ROOT) + ", trigger '" + e.trigger() + "', date "
                + e.date().orElse("-") + e.location().map(p -> ", in " + p.name()).orElse("") + ", rule "
                + e.evidence().rule();
    }
}
