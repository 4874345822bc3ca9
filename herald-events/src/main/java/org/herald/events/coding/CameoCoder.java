package org.herald.events.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import org.herald.events.actor.ActorCoding;
import org.herald.events.actor.DictionaryActorCoder;
import org.herald.events.cameo.CameoCode;
import org.herald.events.cameo.CameoCodebook;
import org.herald.events.confidence.EventConfidence;
import org.herald.events.learned.LearnedTypes;
import org.herald.geo.Gazetteer;
import org.herald.model.Evidence;
import org.herald.model.Span;
import org.herald.model.analysis.Actor;
import org.herald.model.analysis.Entity;
import org.herald.model.analysis.EntityType;
import org.herald.model.analysis.Event;
import org.herald.model.analysis.EventMode;
import org.herald.model.analysis.Mention;
import org.herald.model.analysis.Place;
import org.herald.model.analysis.Quote;
import org.herald.model.analysis.TimeExpression;
import org.herald.model.lexicon.Lexicon;
import org.herald.nlp.EventStage;
import org.herald.nlp.entity.Places;
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
    /** Rule-id prefix of an intention or threat coded from a stated future act ({@link IntentCodes}). */
    static final String INTENT = "intent:";
    /** Rule-id prefix of a refusal coded from a stated negated act ({@link IntentCodes#refusals}). */
    static final String REFUSAL = "refusal:";
    private static final String RESTATED = "+restated-as-";
    /** Attacks, bombings, raids (the actor tables' deeds.tsv): acts that happen in a place. */
    private static final Set<String> DEEDS = Set.copyOf(Lexicon.words(DictionaryActorCoder.class, "deeds.tsv"));
    /** CAMEO 015, Acknowledge or claim responsibility: "the Taliban claimed they had attacked the school". */
    private static final String CLAIM_OF_RESPONSIBILITY = "015";
    /** CAMEO 0841 release persons: a state may release its own people, so no self-dyad there. */
    private static final String RELEASE_OF_PEOPLE = "0841";
    /** An event's confidence until {@link EventConfidence} scores it, once the whole text is coded. */
    private static final double PRIOR_CONFIDENCE = 0.58;
    /** The case words of a noun's complement that names the other side of the act the noun names. */
    private static final Set<String> RECIPIENT_CASES = Set.of("against", "on", "by", "with", "from", "to", "for");

    private final ActorCoding actors;
    private final CameoCodebook codebook;
    private final ClauseFinder clauses;
    private final List<ModalityRule> modality;
    private final ReciprocalVerbs reciprocal;
    private final IntentCodes intentCodes;
    private final IntentCodes refusalCodes;
    /** Political roles (herald-nlp's titles.tsv, lower case): the titles that let an uncoded person act. */
    private final Set<String> roles = new HashSet<>();
    /** crowds.tsv: "thousands", "supporters", the crowd that may be a protest's doer. */
    private final Set<String> crowds = Set.copyOf(Lexicon.words(CameoCoder.class, "crowds.tsv"));
    private final UnnamedAttackers unnamed = new UnnamedAttackers();
    private final ImpliedAuthorities authorities = new ImpliedAuthorities();
    private final IntentFinder intents;
    private final EventPlaces places;
    private final Places nations;
    private final EventConfidence confidence;
    private final Relevance relevance;
    private final ModalityCues reporting = ModalityCues.load(EventMode.REPORTED);
    private final Optional<LearnedTypes> learned;

    /**
     * Loads the codebook, the coding tables and the learned event types; fails at once, with {@code file:line}, on a
     * bad table row.
     */
    public CameoCoder(ActorCoding actors) {
        this(actors, CameoCodebook.load());
    }

    public CameoCoder(ActorCoding actors, CameoCodebook codebook) {
        this(actors, codebook, Optional.of(LearnedTypes.load()));
    }

    /**
     * A coder whose sentences with no verb row get the type {@code learned} gives them (when it is sure enough), or,
     * with none, the verb rows alone: the silver labels that train the learned types come from the rules alone.
     */
    public CameoCoder(ActorCoding actors, CameoCodebook codebook, Optional<LearnedTypes> learned) {
        this.learned = Objects.requireNonNull(learned, "learned");
        this.actors = Objects.requireNonNull(actors, "actors");
        this.codebook = Objects.requireNonNull(codebook, "codebook");
        this.intentCodes = IntentCodes.load(codebook);
        this.refusalCodes = IntentCodes.refusals(codebook);
        for (List<String> row : Lexicon.rows(CameoCoder.class, "/org/herald/nlp/entity/titles.tsv", 2, 3)) {
            roles.add(row.get(1).toLowerCase(Locale.ROOT));
        }
        this.intents = IntentFinder.load();
        this.clauses = new ClauseFinder(VerbDictionary.load(codebook), ConverseVerbs.load(codebook),
                new HashSet<>(Lexicon.words(CameoCoder.class, "light-verbs.tsv")), intents.governors(), unnamed);
        this.reciprocal = ReciprocalVerbs.load();
        this.modality = List.of(new NegationRule(), new HypotheticalRule(), new FutureRule(), new ReportedRule());
        this.nations = Places.load();
        this.places = new EventPlaces(Gazetteer.load(), nations);
        this.confidence = EventConfidence.load();
        this.relevance = Relevance.load();
    }

    @Override
    public List<Event> code(ParsedText text, List<Entity> entities, List<TimeExpression> dates, List<Quote> quotes,
                            Optional<LocalDate> published) {
        return code(text, entities, dates, quotes, published, Trace.NONE);
    }

    List<Event> code(ParsedText text, List<Entity> entities, List<TimeExpression> dates, List<Quote> quotes,
                     Optional<LocalDate> published, Trace trace) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(entities, "entities");
        Objects.requireNonNull(dates, "dates");
        Objects.requireNonNull(quotes, "quotes");
        Objects.requireNonNull(published, "published");
        // Only to pick which office holders' table applies (who was president then); an undated article is read
        // with today's holders, but its events get no date (EventDates).
        LocalDate reference = published.orElseGet(LocalDate::now);
        List<Event> out = new ArrayList<>();
        AgentCountries countries = new AgentCountries(text, actors, entities);
        EventPlaces.ArticlePlaces articlePlaces = places.article(text, entities);
        Optional<Tree> previous = Optional.empty();
        DecisionReferents decisions = new DecisionReferents();
        TopicCues.ArticleTopics topics = relevance.article(text);
        for (Sentence s : text.sentences()) {
            Tree tree = Tree.repaired(s, reporting::governor);
            Antecedents antecedents = Antecedents.after(previous);
            previous = Optional.of(tree);
            if (trace.enabled()) {
                trace.note("sentence " + s.index() + ": " + s.span().of(text.text()));
                trace.note("parse: " + tree.describe());
            }
            List<Coded> found = new ArrayList<>();
            Set<Integer> ruled = new HashSet<>();
            for (Token t : s.tokens()) {
                Optional<Clause> clause = clauses.find(tree, t.index(), trace);
                if (clause.isPresent()) {
                    ruled.add(t.index());
                    found.addAll(events(tree, clause.get(), entities, dates, quotes, reference, published, countries,
                            articlePlaces, antecedents, decisions, trace));
                }
            }
            if (learned.isPresent() && found.stream().allMatch(c -> c.event().cameo().startsWith("01"))) {
                // No event from the rows but statements ("Kyiv said Russia zapped Kharkiv": the act said is the
                // gap). The predicate is asked only when no row matched it, since a row that matched and coded
                // nothing ("a jet was shot down": no shooter named) is a judgement, not a gap.
                found.addAll(learnedEvents(tree, ruled, learned.get(), s.span().of(text.text()), entities, dates,
                        quotes, reference, published, countries, articlePlaces, antecedents, decisions, trace));
            }
            found = IntentResiduals.apply(tree, found, trace);
            found = StatementRemover.apply(tree, found, trace);
            found = DuplicateMerger.apply(tree, found, trace);
            found = relevance.apply(tree, found, topics, a -> inRole(a, entities), trace);
            decisions.note(tree, found);
            for (Coded c : found) {
                if (trace.enabled()) trace.note("EVENT " + describe(c.event()));
                out.add(c.event());
            }
        }
        return confidence.scored(out, text.text(), quotes);
    }

    EventConfidence confidence() {
        return confidence;
    }

    /**
     * The events of a sentence no verb row codes, typed by {@code types}: the main predicate's clause
     * ({@link LearnedClauses}) is first coded with a placeholder code, so a sentence with no codable actor is never
     * embedded; then, when the guess names a type at or above the threshold, with the type's code. The rule id ends
     * in the label and the probability's tenth ("+type-ASSAULT+p0.8"), which the confidence model reads.
     */
    private List<Coded> learnedEvents(Tree tree, Set<Integer> ruled, LearnedTypes types, String sentence,
                                      List<Entity> entities,
                                      List<TimeExpression> dates, List<Quote> quotes, LocalDate reference,
                                      Optional<LocalDate> published, AgentCountries countries,
                                      EventPlaces.ArticlePlaces articlePlaces, Antecedents antecedents,
                                      DecisionReferents decisions, Trace trace) {
        Optional<Integer> verb = LearnedClauses.predicate(tree);
        if (verb.isEmpty()) {
            if (trace.enabled()) trace.note("learned types: no verb at the root, not asked");
            return List.of();
        }
        if (ruled.contains(verb.get())) {
            if (trace.enabled()) {
                trace.note("learned types: a verb row matched '" + tree.token(verb.get()).text() + "', not asked");
            }
            return List.of();
        }
        List<Coded> probe = events(tree, LearnedClauses.clause(tree, verb.get(), PROBE_CODE), entities, dates, quotes,
                reference, published, countries, articlePlaces, antecedents, decisions, Trace.NONE);
        if (probe.isEmpty()) {
            if (trace.enabled()) {
                trace.note("learned types: '" + tree.token(verb.get()).text() + "' has no codable source, not asked");
            }
            return List.of();
        }
        LearnedTypes.Guess g = types.guess(sentence);
        boolean acts = types.acts(g);
        if (trace.enabled()) {
            trace.note(String.format(Locale.ROOT, "learned types: %s at %.2f (threshold %.2f)%s", g.label(),
                    g.probability(), types.model().threshold(), acts ? ", coded on '" + tree.token(verb.get()).text()
                            + "' as " + g.code().orElseThrow() : ", no event"));
        }
        if (!acts) return List.of();
        String marks = "+type-" + g.label() + "+p" + String.format(Locale.ROOT, "%.1f",
                Math.floor(g.probability() * 10) / 10);
        List<Coded> out = new ArrayList<>();
        for (Coded c : events(tree, LearnedClauses.clause(tree, verb.get(), g.code().orElseThrow()), entities, dates,
                quotes, reference, published, countries, articlePlaces, antecedents, decisions, trace)) {
            Evidence evidence = c.event().evidence();
            out.add(new Coded(c.event().withEvidence(new Evidence(evidence.stage(), evidence.rule() + marks)),
                    c.trigger()));
        }
        return out;
    }

    /** The CAMEO root of protests, whose doer may be a crowd (crowds.tsv), coded as the opposition in the street. */
    private static final String PROTEST_ROOT = "14";
    private static final String CROWD_CODE = "OPP";
    /** The mark of an unnamed attacker known only from the act ("was shot dead"), which needs a coded target. */
    private static final String UNNAMED_BY_ACT = "+source-unnamed-act";
    /** The mark of the authorities implied by an agentless passive ("was arrested"), which need a coded target. */
    private static final String IMPLIED_AUTHORITY = "+source-implied";

    /** The code a learned clause is first coded with, only to see whether it has a codable source. */
    private static final String PROBE_CODE = "010";

    private List<Coded> events(Tree tree, Clause clause, List<Entity> entities, List<TimeExpression> dates,
                               List<Quote> quotes, LocalDate reference, Optional<LocalDate> published,
                               AgentCountries countries, EventPlaces.ArticlePlaces articlePlaces,
                               Antecedents antecedents, DecisionReferents decisions, Trace trace) {
        List<Coded> out = new ArrayList<>();
        List<Side> sources = new ArrayList<>();
        for (int s : clause.sources()) {
            Optional<Actor> a = code(tree, s, entities, reference);
            if (a.isEmpty() || actors.isOwnerless(a.get().code())) {
                Optional<Actor> owned = ownedState(tree, s, entities, reference);
                if (owned.isPresent()) a = owned;
            }
            if (trace.enabled()) {
                trace.note("  source '" + tree.token(s).text() + "': " + a.map(Actor::code).orElse("not codable"));
            }
            a.ifPresent(actor -> sources.add(new Side(actor, s, "")));
            if (a.isEmpty()) sources.addAll(antecedent(tree, s, antecedents, entities, reference, trace));
        }
        if (sources.isEmpty()) {
            for (int s : clause.sources()) {
                Optional<Actor> named = uncoded(tree, s, entities);
                if (trace.enabled() && named.isPresent()) {
                    trace.note("  source '" + tree.token(s).text() + "': a named " + named.get().name()
                            + ", no code");
                }
                named.ifPresent(actor -> sources.add(new Side(actor, s, "+source-uncoded")));
            }
        }
        if (sources.isEmpty() && clause.entry().code().startsWith(PROTEST_ROOT)) {
            for (int s : clause.sources()) {
                if (!crowds.contains(tree.lemma(s)) && !crowds.contains(tree.word(s))) continue;
                if (trace.enabled()) trace.note("  source '" + tree.token(s).text() + "': a protesting crowd, OPP");
                sources.add(new Side(new Actor(tree.token(s).text(), CROWD_CODE, Optional.empty()), s, "+source-crowd"));
            }
        }
        if (sources.isEmpty() && UnnamedAttackers.isAttack(clause.entry().code())) {
            for (int s : clause.sources()) {
                if (!unnamed.standsForAttacker(tree, s, clause.kind().equals(ClauseFinder.PASSIVE))) continue;
                boolean verb = unnamed.isVerbOnly(tree, s);
                if (trace.enabled()) {
                    trace.note("  source '" + tree.token(s).text() + "': an unnamed attacker, " + UnnamedAttackers.CODE
                            + " (" + UnnamedAttackers.FILE + ")");
                }
                String name = verb ? "unnamed attacker" : tree.token(s).text();
                sources.add(new Side(new Actor(name, UnnamedAttackers.CODE, Optional.empty()), s,
                        verb ? UNNAMED_BY_ACT : "+source-unnamed"));
            }
        }
        if (sources.isEmpty() && clause.kind().equals(ClauseFinder.PASSIVE)) {
            implied(tree, clause.trigger(), entities, reference, trace).ifPresent(sources::add);
        }
        if (sources.isEmpty()) {
            if (trace.enabled()) {
                trace.note("  no event: no codable source" + (clause.sources().isEmpty() ? " (no subject found)" : ""));
            }
            return out;
        }
        List<Side> targets = new ArrayList<>();
        for (List<Integer> group : clause.targets()) {
            for (int t : group) {
                if (sources.stream().anyMatch(s -> s.head() == t)) continue;
                Optional<Actor> a = code(tree, t, entities, reference);
                int head = t;
                if (a.isEmpty()) {
                    // "praised [Haiti]'s efforts", "condemned the arrest of [protesters]": the object is no actor,
                    // its owner is the one the act is aimed at.
                    Optional<Integer> owner = ownerOf(tree, t).filter(o -> sources.stream().noneMatch(s -> s.head() == o));
                    a = owner.flatMap(o -> code(tree, o, entities, reference));
                    if (a.isPresent()) head = owner.get();
                }
                if (a.isEmpty()) {
                    // "condemned [Indian Air Force] strikes": a side named as the compound of a common noun is
                    // whose act it is; in a name ("[Chad] Hull") a compound is part of the name.
                    boolean commonNoun = tree.token(t).pos().startsWith("NN") && !tree.token(t).pos().startsWith("NNP");
                    for (int m : tree.children(t, "compound")) {
                        if (!commonNoun || sources.stream().anyMatch(s -> s.head() == m)) continue;
                        a = code(tree, m, entities, reference);
                        if (a.isPresent()) {
                            head = m;
                            break;
                        }
                    }
                }
                if (a.isEmpty()) {
                    // "launched legal action [against] the Polish government", "denied charges [by] clergymen",
                    // "rejected any cooperation [with] the ICC": the object is the act, the one it is aimed at or
                    // comes from is its prepositional complement.
                    for (int r : recipientsOf(tree, t)) {
                        if (sources.stream().anyMatch(s -> s.head() == r)) continue;
                        // "promised support for [the Afghan government]'s efforts": the complement's owner
                        int side = r;
                        a = code(tree, r, entities, reference);
                        if (a.isEmpty()) {
                            Optional<Integer> owner = ownerOf(tree, r)
                                    .filter(o -> sources.stream().noneMatch(s -> s.head() == o));
                            a = owner.flatMap(o -> code(tree, o, entities, reference));
                            if (a.isPresent()) side = owner.get();
                        }
                        if (a.isPresent()) {
                            head = side;
                            break;
                        }
                    }
                }
                if (a.isEmpty()) {
                    // "condemned [Indian] airstrikes", "criticised the [US] decision": the country named on the
                    // object is whose act or thing it is.
                    Optional<Integer> named = countryOn(tree, t, entities);
                    a = named.flatMap(n -> actors.countryNamedAt(tree.sentence(), n)
                            .map(c -> new Actor(tree.token(n).text(), c, Optional.empty())));
                    if (a.isPresent()) head = named.get();
                }
                String mark = "";
                if (a.isEmpty()) {
                    // "Egypt and Jordan criticised [the decision]": the one who declared it in a sentence before.
                    a = decisions.of(tree, t, sources.stream().map(Side::actor).toList());
                    if (a.isPresent()) mark = "+target-decision";
                }
                if (a.isEmpty() && sources.stream().anyMatch(side -> anchors(side) || inRole(side, entities))) {
                    // Only beside a political doer: "Erdogan accused [Gulen] of plotting", "the mayor endorsed
                    // [Mohamed]".
                    a = uncoded(tree, t, entities);
                    if (a.isPresent()) mark = "+target-uncoded";
                }
                if (a.isEmpty() && sources.stream().anyMatch(Side::coded)) {
                    // People named by a noun alone, beside a coded doer: "rebels freed [prisoners]", "Guatemala
                    // deported 2,374 [migrants]".
                    a = actors.uncodedPeople(tree.sentence(), t);
                    if (a.isPresent()) mark = Relevance.PEOPLE_TARGET;
                }
                if (trace.enabled()) {
                    trace.note("  target '" + tree.token(t).text() + "': " + a.map(Actor::code).orElse("not codable")
                            + (head != t ? " (its owner '" + tree.token(head).text() + "')" : ""));
                }
                int at = head;
                String why = mark;
                a.ifPresent(actor -> targets.add(new Side(actor, at, why)));
            }
            if (!targets.isEmpty()) break;
        }
        if (targets.isEmpty() && isComment(clause)) {
            // "condemned the terrorist attacks [in Tehran]": a comment on an event in a country, with no one else to
            // address, is addressed to that country; tried last, so "the warning in Warsaw … consequences for
            // Belarus" is Belarus's.
            placeTarget(tree, clause).ifPresent(targets::add);
        }
        // A visit's target is where the doer went: a private person travelling to Italy is no visit to Italy.
        boolean targetAnchors = VISITS.stream().noneMatch(clause.entry().code()::startsWith);
        if (sources.stream().noneMatch(this::anchors) && (!targetAnchors || targets.stream().noneMatch(this::anchors))) {
            // A named doer without a code acts politically only in a role ("Rep. Don Bacon", "Minister Jones") or
            // toward a coded target; a private person ("Bettie sent me a letter") makes no event data.
            sources.removeIf(side -> !side.coded() && !inRole(side.actor(), entities));
            if (sources.isEmpty()) {
                if (trace.enabled()) trace.note("  no event: an uncoded doer without a title or a coded target");
                return out;
            }
        }
        if (targets.isEmpty() && clause.entry().file().equals(ClauseFinder.OBLIGATION_FILE)) {
            // "'A constitution should reflect the will of the people,' he says": a duty laid on no actor is an
            // opinion about how things ought to be, not a demand made of anyone.
            if (trace.enabled()) trace.note("  no event: the duty is laid on no actor");
            return out;
        }
        if (targets.stream().allMatch(side -> side.mark().equals(Relevance.PEOPLE_TARGET))
                && sources.stream().allMatch(side -> side.mark().equals(UNNAMED_BY_ACT)
                || side.mark().equals(IMPLIED_AUTHORITY))) {
            // "a man was stabbed", "a man was arrested": an unnamed doer toward no actor is a crime report, not
            // event data.
            if (trace.enabled()) trace.note("  no event: an unnamed doer toward no coded side");
            return out;
        }
        List<Side> placedSources = place(tree, sources, targets, countries, "source", trace);
        List<Side> placedTargets = place(tree, targets, sources, countries, "target", trace);
        ModeCue mode = mode(tree, clause.trigger(), quotes);
        CameoCode code = codebook.require(clause.entry().code());
        boolean verbalFire = isVerbalFire(clause, placedSources)
                || isWordsOfAPerson(clause, code.code(), placedSources, placedTargets, entities);
        if (verbalFire) {
            // "the minister came under fire from activist workers": fire from people who bear no arms is criticism.
            if (trace.enabled()) trace.note("  fire from an unarmed side: criticism (" + CRITICISM + ")");
            code = codebook.require(CRITICISM);
        }
        boolean riot = !verbalFire && isRiot(tree, code.code(), placedSources);
        if (riot) {
            // "rioters torched vehicles", "a mob burned the police station": violence by a crowd is a violent protest.
            if (trace.enabled()) trace.note("  violence by a crowd: a riot (" + RIOT + ")");
            code = codebook.require(RIOT);
        }
        Optional<Stated> stated = clause.kind().equals(ClauseFinder.CONVERSE) ? Optional.empty()
                : stated(tree, clause, code, mode.mode(), speakerIsDoer(tree, placedSources.get(0), entities,
                        reference, countries));
        if (stated.isPresent() && mode.mode() == EventMode.ASSERTED) {
            // "France is ready to contribute troops": the contribution has not happened.
            mode = new ModeCue(EventMode.FUTURE, "future by '" + stated.get().cue() + "' above the event");
        }
        if (trace.enabled()) {
            trace.note("  mode " + mode.mode() + ": " + mode.why());
            stated.ifPresent(i -> trace.note("  stated " + i.kind() + " by '" + i.cue() + "': the statement is "
                    + i.code().code() + " " + i.code().label() + ", " + i.mode().name().toLowerCase(Locale.ROOT)
                    + " (" + i.file() + ")"));
        }
        Optional<String> date = EventDates.date(tree, clause.chain(), dates, published);
        boolean verbal = code.quadClass() == 1 || code.quadClass() == 3;
        Optional<Place> inSentence = places.inSentence(tree, clause.chain(), entities, articlePlaces, verbal);
        if (placedTargets.isEmpty() && RECEIVED_WHERE_DELIVERED.contains(code.code().substring(0, 2))) {
            recipientWhereDelivered(inSentence, articlePlaces, placedSources, clause, trace)
                    .ifPresent(placedTargets::add);
        }
        String rule = clause.rule() + (verbalFire ? "+verbal-fire" : "") + (riot ? "+riot" : "") + (mode.mode() == EventMode.ASSERTED ? ""
                : "+" + mode.mode().name().toLowerCase(Locale.ROOT))
                + stated.map(i -> RESTATED + i.kind()).orElse("");
        List<Side[]> dyads = new ArrayList<>();
        // "fighting [between] troops and rebels": parties named by "between" act on each other, whatever the act.
        boolean between = clause.sources().stream().anyMatch(h -> tree.hasCase(h, "between"));
        if (placedTargets.isEmpty() && placedSources.size() > 1 && (between || reciprocal.test(tree, clause))) {
            // "Russia and China held talks": each side met the other, as the CAMEO manual codes a meeting ("two
            // reciprocal events are coded with actors reversed").
            if (trace.enabled()) trace.note("  reciprocal: each conjoined source is the other's target");
            for (Side a : placedSources) {
                for (Side b : placedSources) if (a != b) dyads.add(new Side[] {a, b.asTarget()});
            }
        } else {
            for (Side s : placedSources) {
                if (placedTargets.isEmpty()) dyads.add(new Side[] {s, null});
                for (Side t : placedTargets) dyads.add(new Side[] {s, t});
            }
        }
        for (Side[] d : dyads) {
            Side s = d[0];
            Side t = d[1];
            // "Egypt freed an Egyptian-American", "the government released the detained opposition leaders": a state
            // releasing its own people is an event between the state and them, whatever code they share.
            boolean releaseOfPeople = code.code().startsWith(RELEASE_OF_PEOPLE);
            if (t != null && !releaseOfPeople && sameSide(s.actor(), t.actor(), entities)
                    && !twoGroupsOfOneSector(tree, s, t)) {
                if (trace.enabled()) {
                    trace.note("  dropped " + s.actor().code() + " → " + t.actor().code() + ": self-dyad");
                }
                continue;
            }
            Optional<Place> place = inSentence.or(() -> places.ofArticle(articlePlaces, s.actor(),
                    Optional.ofNullable(t).map(Side::actor), verbal));
            List<Integer> heads = t == null ? List.of(s.head()) : List.of(s.head(), t.head());
            String marks = s.mark() + (t == null ? "" : t.mark());
            out.add(coded(tree, clause, s.actor(), Optional.ofNullable(t).map(Side::actor), heads, code,
                    mode.mode(), date, place, rule + marks));
            if (stated.isPresent()) {
                Stated i = stated.get();
                out.add(coded(tree, clause, s.actor(), Optional.ofNullable(t).map(Side::actor), heads, i.code(),
                        i.mode(), date, place, i.kind() + ":" + clause.rule() + "+by-" + i.cue()
                                + (i.mode() == EventMode.ASSERTED ? "" : "+reported") + marks));
            }
        }
        return out;
    }

    /**
     * The doer's own statement about the act, if it made one: a threat or intention for an act it says it will do
     * ("Iran will attack Israel" → 1384), a refusal for a cooperative act it says it will not do or refuses to do
     * ("the US said it would not provide aid" → 122, "Iran refused to release the sailors" → 1243). A negated act
     * is no threat ("will not attack" stays negated, no event); "Iran will face sanctions from the EU" (converse)
     * forecasts the EU's act, and the EU stated nothing.
     */
    private Optional<Stated> stated(Tree tree, Clause clause, CameoCode act, EventMode mode, IntPredicate doerSpeaks) {
        // "Will the Chavista regime cooperate?": a question states no intention, refusal or claim
        if (HypotheticalRule.isQuestion(tree)) return Optional.empty();
        if (mode == EventMode.NEGATED) {
            Optional<String> refusal = refusalCodes.of(act.code());
            if (refusal.isEmpty()) return Optional.empty();
            CameoCode refused = codebook.require(refusal.get());
            Optional<Stated> own = intents.refusal(tree, clause.trigger(), doerSpeaks).map(cue ->
                    new Stated("refusal", refused, cue, refusalCodes.file(), EventMode.ASSERTED));
            if (own.isPresent()) return own;
            // "Gokul Baskota said that the Government will not remove the sanctions": a refusal someone else
            // reports is still the doer's refusal, as reported.
            return intents.refusal(tree, clause.trigger(), speaker -> true).map(cue ->
                    new Stated("refusal", refused, cue, refusalCodes.file(), EventMode.REPORTED));
        }
        if (mode == EventMode.REPORTED && (act.quadClass() == 3 || act.quadClass() == 4)) {
            return intents.claim(tree, clause.trigger(), doerSpeaks).map(cue ->
                    new Stated("claim", codebook.require(CLAIM_OF_RESPONSIBILITY), cue, IntentFinder.FILE,
                            EventMode.ASSERTED));
        }
        Optional<String> intent = intentCodes.of(act.code());
        if (intent.isEmpty()) return Optional.empty();
        return intents.find(tree, clause.trigger(), doerSpeaks).map(cue ->
                new Stated("intent", codebook.require(intent.get()), cue, intentCodes.file(), EventMode.ASSERTED));
    }

    /** A statement coded from an act: its kind (the rule-id prefix), code, cue word, table and mode. */
    private record Stated(String kind, CameoCode code, String cue, String file, EventMode mode) {}

    // The speaker of a reporting verb above the act must be its doer: "NATO said it would tighten the blockade".
    // An ownerless speaker takes its country as a source does: "…, Defence Minister Pierre Joxe said" speaks for France.
    private IntPredicate speakerIsDoer(Tree tree, Side doer, List<Entity> entities, LocalDate date,
                                       AgentCountries countries) {
        return speaker -> speaker == doer.head()
                || code(tree, speaker, entities, date).map(a -> countries.place(tree, a, speaker, List.of())
                        .map(p -> new Actor(a.name(), p.country() + a.code(), a.entityId())).orElse(a))
                .map(a -> sameActor(a, doer.actor())).orElse(false);
    }

    /**
     * Whether {@code e} is an act that its doer stated as an intention, threat or refusal, kept with its mode
     * (future, hypothetical, negated) beside the asserted 03, 13 or 12 event coded for the statement: "Iran will
     * attack Israel" gives the threat 1384, asserted, and this act, 190 with mode future. A CAMEO count takes the
     * statement only.
     */
    public static boolean isRestatedAct(Event e) {
        return e.evidence().rule().contains(RESTATED);
    }

    // "Putin" (RUSGOV) speaks for Russia (RUS); NATO (IGOWSTNAT) does not speak for the UN (IGOUNO).
    private static boolean sameActor(Actor a, Actor b) {
        return a.code().startsWith(b.code()) || b.code().startsWith(a.code());
    }

    // "Moscow denies any plans to invade. [It] also wants NATO to halt …": the subject of the sentence before.
    private List<Side> antecedent(Tree tree, int pronoun, Antecedents antecedents, List<Entity> entities,
                                  LocalDate reference, Trace trace) {
        List<Side> out = new ArrayList<>();
        for (int h : antecedents.of(tree, pronoun)) {
            Tree before = antecedents.sentence().orElseThrow();
            Optional<Actor> a = code(before, h, entities, reference);
            if (trace.enabled()) {
                trace.note("  source '" + tree.token(pronoun).text() + "' stands for '" + before.token(h).text()
                        + "' of the sentence before: " + a.map(Actor::code).orElse("not codable"));
            }
            a.ifPresent(actor -> out.add(new Side(actor, pronoun, "+source-antecedent")));
        }
        return out;
    }

    /** The possessor of a noun ("[Haiti]'s efforts") or its "of" phrase ("the efforts of [Haiti]"). */
    private static Optional<Integer> ownerOf(Tree tree, int noun) {
        if (!tree.isNoun(noun)) return Optional.empty();
        Optional<Integer> poss = tree.child(noun, "nmod:poss");
        if (poss.isPresent()) return poss;
        return tree.children(noun, "nmod").stream().filter(n -> tree.hasCase(n, "of"))
                .findFirst();
    }

    // The prepositional complements of a noun that name whom the act it names is aimed at or comes from ("action
    // against X", "charges by X", "support from X", "aid to X", "talks with X", "sanctions on X"), in text order,
    // with their conjuncts. Not "in/at/near" (places), "for" (a cause or beneficiary), "over/about" (a topic).
    private static List<Integer> recipientsOf(Tree tree, int noun) {
        List<Integer> out = new ArrayList<>();
        if (!tree.isNoun(noun)) return out;
        for (int n : tree.children(noun, "nmod")) {
            if (tree.caseWord(n).filter(RECIPIENT_CASES::contains).isPresent()) out.addAll(tree.withConjuncts(n));
        }
        return out;
    }

    private static final String CRITICISM = "111";
    /** CAMEO 145, "Protest violently, riot". */
    private static final String RIOT = "145";
    /** Acts of violence that a crowd commits as a riot: seizing or destroying property, beating, attacking. */
    private static final Set<String> CROWD_VIOLENCE = Set.of("171", "1711", "1712", "18", "180", "182", "19", "190");
    /** Opposition in the street: protesters, demonstrators, rioters (agents.tsv codes them OPP). */
    private static final String STREET_OPPOSITION = "OPP";
    /** Civilians who riot only as a crowd: "a mob", "angry residents"; settlers or voters who attack do not. */
    private static final Set<String> CIVILIAN_CROWDS = Set.of("mob", "crowd", "resident", "villager", "youth",
            "inhabitant");

    // Violence whose every doer is a crowd in the street is a riot, as CAMEO's 145 and ACLED's "Riots" both count it;
    // an armed group's or a state's stays force.
    private static boolean isRiot(Tree tree, String code, List<Side> sources) {
        if (!CROWD_VIOLENCE.contains(code)) return false;
        return sources.stream().allMatch(s -> {
            String c = s.actor().code();
            String sector = c.length() >= 3 ? c.substring(c.length() - 3) : "";
            return sector.equals(STREET_OPPOSITION)
                    || sector.equals("CVL") && CIVILIAN_CROWDS.contains(tree.lemma(s.head()).toLowerCase(Locale.ROOT));
        });
    }

    /** CAMEO sectors that bear no arms, whose "fire" is words: opposition, civilians, lawmakers, clergy, press … */
    private static final Set<String> UNARMED = Set.of("GOV", "OPP", "CVL", "LEG", "REL", "JUD", "BUS", "MED", "LAB",
            "NGO", "HRI", "EDU", "REF", "PTY", "HLH", "AGR", "ELI");

    // A converse "came under fire from X" whose every doer is unarmed: an organisation of states or of citizens, an
    // unarmed sector, or a named person without a code. A country alone ("came under fire from Israel") stays force.
    /**
     * "a series of attacks on the organisation by US President Donald Trump", "Munir's repeated attacks on social
     * media": an attack named by a noun whose every doer is a named person, on no state and no armed side, is a
     * person's words, criticism. "Putin's attack on Ukraine" stays an attack: its target is a state.
     */
    private static boolean isWordsOfAPerson(Clause clause, String code, List<Side> sources, List<Side> targets,
                                            List<Entity> entities) {
        if (!clause.kind().equals("nominal") || !code.startsWith("19")) return false;
        boolean people = sources.stream().allMatch(s -> s.actor().entityIn(entities).map(Entity::type)
                .filter(EntityType.PERSON::equals).isPresent());
        if (!people) return false;
        return targets.stream().map(t -> t.actor().code()).allMatch(c -> c.isEmpty() || c.startsWith("IGO")
                || c.startsWith("NGO") || c.length() > 3 && UNARMED.contains(c.substring(c.length() - 3)));
    }

    private static boolean isVerbalFire(Clause clause, List<Side> sources) {
        if (!clause.kind().equals(ClauseFinder.CONVERSE)) return false;
        if (!clause.entry().object().filter("fire"::equals).isPresent()) return false;
        return sources.stream().map(s -> s.actor().code()).allMatch(c -> c.isEmpty() || c.startsWith("IGO")
                || c.startsWith("NGO") || c.length() >= 3 && UNARMED.contains(c.substring(c.length() - 3)));
    }

    /**
     * CAMEO roots whose act reaches the country it is done in: material cooperation (06), aid (07) and a show of
     * force (15): "provided $340 million in assistance in northern Iraq", "deployed rescue teams in Haiti".
     */
    private static final Set<String> RECEIVED_WHERE_DELIVERED = Set.of("06", "07", "15");

    // "Germany gave 352.5 million euros for development [in Ethiopia]": with no one named to receive it, aid or a
    // deployment is for the country the sentence puts it in ({@code here}), when that is no country of the doer's.
    // The article's dateline or usual city is no evidence of this.
    private static Optional<Side> recipientWhereDelivered(Optional<Place> here, EventPlaces.ArticlePlaces article,
                                                          List<Side> sources, Clause clause, Trace trace) {
        // Only a country the text itself names: a place's country the gazetteer guessed is no recipient.
        Optional<String> country = here.flatMap(Place::country)
                .filter(c -> here.get().kind() == Place.Kind.COUNTRY || article.countries().contains(c));
        if (country.isEmpty() || sources.stream().anyMatch(s -> s.actor().code().startsWith(country.get()))) {
            return Optional.empty();
        }
        if (trace.enabled()) {
            trace.note("  target: " + country.get() + ", where the act is delivered ('" + here.get().name() + "')");
        }
        return Optional.of(new Side(new Actor(here.get().name(), country.get(), Optional.empty()), clause.trigger(),
                "+target-delivered"));
    }

    private Optional<Side> placeTarget(Tree tree, Clause clause) {
        for (List<Integer> group : clause.targets()) {
            for (int t : group) {
                // Only a deed's place: "the warning [in Warsaw]" is where it was said, not whom it is for.
                if (!DEEDS.contains(tree.lemma(t))) continue;
                Optional<Integer> place = placeOf(tree, t);
                Optional<String> country = place.flatMap(n -> actors.countryNamedAt(tree.sentence(), n));
                if (country.isPresent()) {
                    int n = place.get();
                    return Optional.of(new Side(new Actor(tree.token(n).text(), country.get(), Optional.empty()), n,
                            "+target-place"));
                }
            }
        }
        return Optional.empty();
    }

    // "the journalist was arrested in Niger", "inspectors were expelled [from North Korea]": an agentless passive of
    // an act only authorities do has them as its doer (implied-authorities.tsv), the country "from" names or the
    // row's agent, placed later like any ownerless agent.
    private Optional<Side> implied(Tree tree, int verb, List<Entity> entities, LocalDate reference, Trace trace) {
        Optional<ImpliedAuthorities.Doer> doer = authorities.of(tree, verb);
        if (doer.isEmpty()) return Optional.empty();
        Optional<Integer> from = doer.get().from();
        Optional<Actor> state = from.flatMap(f -> code(tree, f, entities, reference))
                .filter(a -> actors.countryNamedAt(tree.sentence(), from.get()).isPresent());
        Side side = state.map(a -> new Side(a, from.get(), IMPLIED_AUTHORITY))
                .orElseGet(() -> new Side(new Actor("unnamed authorities", doer.get().agent(), Optional.empty()), verb,
                        IMPLIED_AUTHORITY));
        if (trace.enabled()) {
            trace.note("  source: the authorities an agentless '" + tree.token(verb).text() + "' implies, "
                    + side.actor().code() + " (" + ImpliedAuthorities.FILE + ")");
        }
        return Optional.of(side);
    }

    // Verbal acts (CAMEO quad classes 1 and 3: comments, condemnations, condolences), which speak about an event.
    private boolean isComment(Clause clause) {
        int quad = codebook.require(clause.entry().code()).quadClass();
        return quad == 1 || quad == 3;
    }

    // The place a noun's "in" names: "attacks [in Tehran]".
    private static Optional<Integer> placeOf(Tree tree, int noun) {
        for (int n : tree.children(noun, "nmod")) {
            if (tree.hasCase(n, "in")) return Optional.of(n);
        }
        return Optional.empty();
    }

    // The first adjective or noun modifier of a noun that names a country: "[Indian] airstrikes".
    // Not a word of a person's name: "[Chad] Hull was arrested" names a man, not the country.
    private Optional<Integer> countryOn(Tree tree, int noun, List<Entity> entities) {
        if (!tree.isNoun(noun)) return Optional.empty();
        return tree.children(noun, "amod", "compound").stream()
                .filter(m -> mentionedAt(tree, m, entities, Set.of(EntityType.PERSON)).isEmpty())
                .filter(m -> actors.countryNamedAt(tree.sentence(), m).isPresent()).findFirst();
    }

    /** One coded side of an event: its actor, head token, and the rule-id mark of an inferred country, if any. */
    private record Side(Actor actor, int head, String mark) {
        Side asTarget() {
            return new Side(actor, head, mark.replace("+source-", "+target-"));
        }

        boolean coded() {
            return !actor.code().isEmpty();
        }
    }

    // Ownerless agents take the country the text gives them (AgentCountries); the other side's phrases are left out.
    private static List<Side> place(Tree tree, List<Side> sides, List<Side> others, AgentCountries countries,
                                    String role, Trace trace) {
        List<Integer> otherHeads = others.stream().map(Side::head).toList();
        List<Side> out = new ArrayList<>();
        for (Side s : sides) {
            Optional<AgentCountries.Placed> p = countries.place(tree, s.actor(), s.head(), otherHeads);
            if (p.isEmpty()) {
                out.add(s);
                continue;
            }
            Actor a = s.actor();
            Actor placed = new Actor(a.name(), p.get().country() + a.code(), a.entityId());
            if (others.stream().anyMatch(o -> o.actor().code().equals(placed.code()))) {
                // "Prime Minister Isa Mustafa expressed condolences to the Government of Turkey after the attack …
                // in Turkey": the other side's country is no evidence that this one shares it; placed there, the
                // event would be a self-dyad and lost.
                if (trace.enabled()) {
                    trace.note("  " + role + " '" + a.name() + "': not placed in " + p.get().country()
                            + ", which would make it the other side");
                }
                out.add(s);
                continue;
            }
            if (trace.enabled()) {
                trace.note("  " + role + " '" + a.name() + "': " + a.code() + " placed in " + p.get().country()
                        + " (from the " + p.get().source().name().toLowerCase(Locale.ROOT) + ") → " + placed.code());
            }
            out.add(new Side(placed, s.head(), s.mark() + p.get().mark(role)));
        }
        return out;
    }

    private Coded coded(Tree tree, Clause clause, Actor source, Optional<Actor> target, List<Integer> heads,
                        CameoCode code, EventMode mode, Optional<String> date, Optional<Place> place,
                        String rule) {
        Token trigger = tree.token(clause.trigger());
        int start = trigger.span().start();
        int end = trigger.span().end();
        for (int h : heads) {
            start = Math.min(start, tree.token(h).span().start());
            end = Math.max(end, tree.token(h).span().end());
        }
        Event e = new Event(source, target, code.code(), code.plover(), code.ploverMode(), code.goldstein(),
                code.quadClass(), mode, date, place, tree.sentence().span(), new Span(start, end),
                trigger.text(), new Evidence(STAGE, rule), PRIOR_CONFIDENCE);
        return new Coded(e, clause.trigger());
    }

    private Optional<Actor> code(Tree tree, int head, List<Entity> entities, LocalDate date) {
        Optional<Actor> a = actors.code(tree.sentence(), head, entities, date).filter(x -> !x.code().isEmpty());
        if (a.isPresent() || !tree.token(head).pos().startsWith("JJ")) return a;
        // "killed in a [Russian] air strike", "wounded in [Israeli] shelling": an adjective is a source or target only
        // when it names the doer of an event noun (ClauseFinder's instrument doers, or a misparse making it the
        // noun's subject); a country adjective then stands for its country. The actor coder codes no adjective alone.
        return actors.countryNamedAt(tree.sentence(), head)
                .map(c -> new Actor(tree.token(head).text(), c, Optional.empty()));
    }

    /** Nouns that, owned by a pronoun, stand for the owner's state, with the agent code they add. */
    private static final Map<String, String> OWNED_STATE = Map.of("country", "", "nation", "", "government", "GOV",
            "administration", "GOV", "army", "MIL", "military", "MIL");
    private static final Set<String> OWNER_PRONOUNS = Set.of("his", "her", "its", "their", "our");

    /**
     * "Putin said [his] country will not lift the ban", "Jayalalithaa rejected accusations that [her] government
     * refused": a state noun owned by a pronoun is the state of the clause above's doer, the speaker whose words
     * these are; its country is the speaker's code's country. Empty when no such doer codes with a country.
     */
    private Optional<Actor> ownedState(Tree tree, int head, List<Entity> entities, LocalDate reference) {
        String agent = OWNED_STATE.get(tree.lemma(head));
        if (agent == null) return Optional.empty();
        Optional<Integer> owner = tree.children(head, "nmod:poss").stream()
                .filter(p -> OWNER_PRONOUNS.contains(tree.word(p))).findFirst();
        if (owner.isEmpty()) return Optional.empty();
        Optional<Integer> clause = tree.governor(head);
        for (int step = 0; step < 3 && clause.isPresent(); step++) {
            if (!Tree.is(tree.relation(clause.get()), "ccomp", "xcomp", "advcl", "acl", "parataxis")) break;
            Optional<Integer> above = tree.governor(clause.get());
            if (above.isEmpty()) break;
            // "rejected [accusation] that her government refused": the clause hangs from the speaker's object.
            int verb = tree.isNoun(above.get()) ? tree.governor(above.get()).orElse(above.get()) : above.get();
            for (int subject : tree.exactly(verb, "nsubj")) {
                Optional<String> country = code(tree, subject, entities, reference)
                        .flatMap(a -> nations.countryOfCode(a.code()));
                if (country.isPresent()) {
                    return Optional.of(new Actor(tree.token(owner.get()).text() + " " + tree.token(head).text(),
                            country.get() + agent, Optional.empty()));
                }
            }
            clause = Optional.of(verb);
        }
        return Optional.empty();
    }

    /**
     * A person or organisation the text names, when no table gives it a code: "Mr Porter rejected an allegation",
     * "accused Gulen of plotting". The doer and the target are known by name; the code stays empty, as GDELT leaves
     * an actor code blank. Not a place, a nationality or a common noun ("the mission", "officials"): those are no one
     * in particular without a code.
     */
    private static Optional<Actor> uncoded(Tree tree, int head, List<Entity> entities) {
        return mentionedAt(tree, head, entities, Set.of(EntityType.PERSON, EntityType.ORGANIZATION))
                .map(e -> new Actor(e.name(), "", Optional.of(e.id())));
    }

    /** The first entity of one of {@code types} with a mention over the token. */
    private static Optional<Entity> mentionedAt(Tree tree, int token, List<Entity> entities, Set<EntityType> types) {
        Token t = tree.token(token);
        for (Entity e : entities) {
            if (!types.contains(e.type())) continue;
            for (Mention m : e.mentions()) {
                if (m.span().overlaps(t.span())) return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    // A coded doer in a role ("St. Louis Park Mayor Jake Spano", GOV with no country) acts politically too.
    private boolean inRole(Side side, List<Entity> entities) {
        return side.coded() && inRole(side.actor(), entities);
    }

    private boolean inRole(Actor actor, List<Entity> entities) {
        return actor.entityIn(entities).flatMap(Entity::title).filter(t -> roles.contains(t.toLowerCase(Locale.ROOT))).isPresent();
    }

    // A side that makes a dyad political: coded with a country or an organisation, not an agent alone ("COP").
    /** CAMEO 042 Make a visit and 043 Host a visit. */
    private static final List<String> VISITS = List.of("042", "043");

    private boolean anchors(Side side) {
        return side.coded() && !actors.isOwnerless(side.actor().code());
    }

    // Two coded sides are the same when their codes are, unless they are two different named people: "Rivlin eased
    // restrictions on Olmert" is one Israeli acting on another, as GDELT keeps ISRGOV → ISRGOV, while "the
    // government … the government" or "Russia arrested Russian journalists" is one side. An uncoded side is only
    // itself (its entity or its name).
    private static boolean sameSide(Actor a, Actor b, List<Entity> entities) {
        if (isPerson(a, entities) && isPerson(b, entities) && !a.entityId().equals(b.entityId())) return false;
        if (!a.code().isEmpty() || !b.code().isEmpty()) return a.code().equals(b.code());
        if (a.entityId().isPresent() && b.entityId().isPresent()) return a.entityId().equals(b.entityId());
        return a.name().equalsIgnoreCase(b.name());
    }

    // "Suspected herders killed three farmers", "rival militias clashed": two groups of people outside the state,
    // named by different nouns, share a sector code (AGR, REB) and perhaps a country, yet are two sides; "the
    // government sacked the minister" (GOV) and "protesters clashed with protesters" stay one.
    private static boolean twoGroupsOfOneSector(Tree tree, Side s, Side t) {
        String code = s.actor().code();
        if (code.length() < 3 || !GROUPS_OUTSIDE_THE_STATE.contains(code.substring(code.length() - 3))) return false;
        return !tree.lemma(s.head()).equalsIgnoreCase(tree.lemma(t.head()));
    }

    /** CAMEO sectors of groups of people, not of the state: two of them may face each other. */
    private static final Set<String> GROUPS_OUTSIDE_THE_STATE = Set.of("CVL", "AGR", "LAB", "EDU", "HLH", "BUS", "OPP",
            "REB", "CRM", "REL", "MED", "REF", "UAF");

    private static boolean isPerson(Actor actor, List<Entity> entities) {
        return actor.entityIn(entities).filter(e -> e.type() == EntityType.PERSON).isPresent();
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
