package org.herald.events.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.herald.model.analysis.Actor;
import org.herald.model.analysis.Event;
import org.herald.model.lexicon.Lexicon;
import org.herald.nlp.text.Dependency;
import org.herald.nlp.text.ParsedText;
import org.herald.nlp.text.Token;

/**
 * Drops events of clauses that are no political interaction, each with its reason for the explain trace. In the order
 * tried: a verb with a dependent that makes it a figure of speech, a police routine or a fight against a problem
 * ({@code relevance/not-political-phrases.tsv}: "fighting dirty air", "executed a search warrant"); a competition verb
 * beside a score or a sports or business cue ({@code relevance/competition-verbs.tsv}: "beat Gibraltar 6-0"); a bare
 * statement of police ({@code relevance/routine-statements.tsv}: "…after a crash, police said"); a doer
 * that is a force of nature or a vehicle ({@code relevance/natural-forces.tsv}: "the quake hit the island, injuring
 * five"); an act on an animal ({@code relevance/animals.tsv}: "round up the goats"); and, in
 * an article that is about sports, a disaster, culture or technology ({@link TopicCues}), every event but one between
 * two countries ("Turkey sent aid to Syria after the quake" stays) or a state's act other than a bare statement
 * ("China criticised the NBA" stays).
 */
final class Relevance {
    private static final String DIR = "relevance/";
    private static final String DISASTER = "disaster";
    private static final String BARE_STATEMENT = "010";
    private static final String BARE_THREAT = "130";
    private static final String APPEAL_ROOT = "02";
    private static final Set<String> SPEAKER_PRONOUNS = Set.of("he", "she", "i", "we");
    /** Civilians, residents, people: the victims a report counts, no party it is about. */
    private static final String CIVILIANS = "CVL";
    /** Entity tags that name no party a statement could be about: "O" and the tags of times, amounts and causes. */
    private static final Set<String> NOT_PARTIES = Set.of("O", "DATE", "TIME", "DURATION", "SET", "NUMBER", "ORDINAL",
            "MONEY", "PERCENT", "CAUSE_OF_DEATH", "EMAIL", "URL");
    private static final int MAX_CONTENT_DEPTH = 12;
    /** Particles that make a competition verb an act of force: "beat back an assault", "beat up a protester". */
    private static final Set<String> FORCE_PARTICLES = Set.of("back", "up");
    /** Relations through which a verb takes its doer from the clause it hangs from: "hit the island, injuring five". */
    /** Agents that act for their state: a government, an army, a parliament. */
    private static final Set<String> STATE_AGENTS = Set.of("GOV", "MIL", "LEG");
    /** CAMEO roots 10 (demand) to 20 are conflict, verbal or material; 01 to 09 statements and cooperation. */
    private static final String FIRST_CONFLICT_ROOT = "10";
    /**
     * CAMEO roots of demands, disapproval, rejection, threats and reduced relations: verbal conflict that a private
     * side toward no one makes no event. Not protest (14): a strike or a blockade by farmers is political as such.
     */
    private static final Set<String> PRIVATE_COMPLAINT_ROOTS = Set.of("10", "11", "12", "13", "16");
    /**
     * CAMEO roots 09 (investigate) and 17 (coerce): what police and courts do as a matter of routine; and 07 (aid):
     * a town's police rescuing a child or taking someone to hospital ("police teams rescued the infant") is
     * emergency work, not humanitarian aid between sides (hand sample D of issue 9).
     */
    private static final Set<String> ROUTINE_ROOTS = Set.of("07", "09", "17");
    /** Business: companies and their staff. */
    private static final String BUSINESS = "BUS";
    /** The rule mark of a target named by a people noun alone, with no code (CameoCoder). */
    static final String PEOPLE_TARGET = "+target-people";
    /** The rule mark of a side whose country is the article's, not its own. */
    private static final String COUNTRY_FROM_ARTICLE = "source-country:article";
    /** Police and the judiciary, whose arrests, searches and sentences of private people are their daily routine. */
    private static final Set<String> LAW_ENFORCERS = Set.of("COP", "JUD");
    /** CAMEO roots 18 (assault) to 20 (mass violence) are force. */
    private static final String FIRST_FORCE_ROOT = "18";
    private static final String[] DOER_CLIMB = {"advcl", "xcomp", "conj", "acl"};

    private final TopicCues cues;
    private final Set<String> competitionVerbs;
    private final Set<String> naturalForces;
    private final Set<String> animals = new HashSet<>(Lexicon.words(Relevance.class, DIR + "animals.tsv"));
    private final Map<String, List<Phrase>> phrases = new HashMap<>();
    private final Set<String> agentCodes;
    /** The role and group nouns of agents.tsv ("government", "troops", "police"): parties a statement may be about. */
    private final Set<String> agentWords;
    private final Map<String, String> routineReporters = new HashMap<>();
    private final Map<String, String> objectless = new HashMap<>();
    /** The agent codes of private-sectors.tsv: sides that alone make no political interaction. */
    private final Set<String> privateSectors;

    /** A row of not-political-phrases.tsv: the dependents' lemmas and the reason. */
    private record Phrase(Set<String> dependents, String reason) {}

    private Relevance(TopicCues cues, Set<String> competitionVerbs, Set<String> naturalForces, Set<String> agentCodes,
            Set<String> agentWords, Set<String> privateSectors) {
        this.cues = cues;
        this.privateSectors = privateSectors;
        this.agentWords = agentWords;
        this.competitionVerbs = competitionVerbs;
        this.naturalForces = naturalForces;
        this.agentCodes = agentCodes;
    }

    private static final List<List<String>> AGENT_ROWS =
            Lexicon.rows(Relevance.class, "/org/herald/events/actor/agents.tsv", 2, 3);

    private static String lastWord(String phrase) {
        return phrase.substring(phrase.lastIndexOf(' ') + 1);
    }

    static Relevance load() {
        Relevance r = new Relevance(TopicCues.load(),
                new HashSet<>(Lexicon.words(Relevance.class, DIR + "competition-verbs.tsv")),
                new HashSet<>(Lexicon.words(Relevance.class, DIR + "natural-forces.tsv")),
                AGENT_ROWS.stream().map(row -> row.get(1)).collect(Collectors.toSet()),
                AGENT_ROWS.stream().filter(row -> !row.get(1).equals(CIVILIANS)).map(row -> lastWord(row.get(0)))
                        .collect(Collectors.toSet()),
                new HashSet<>(Lexicon.words(Relevance.class, DIR + "private-sectors.tsv")));
        for (List<String> row : Lexicon.rows(Relevance.class, DIR + "not-political-phrases.tsv", 3, 3)) {
            r.phrases.computeIfAbsent(row.get(0), k -> new ArrayList<>())
                    .add(new Phrase(Set.of(row.get(1).split("\\|")), row.get(2)));
        }
        for (List<String> row : Lexicon.rows(Relevance.class, DIR + "routine-statements.tsv", 2, 2)) {
            r.routineReporters.put(row.get(0), row.get(1));
        }
        for (List<String> row : Lexicon.rows(Relevance.class, DIR + "objectless-verbs.tsv", 2, 2)) {
            r.objectless.put(row.get(0), row.get(1));
        }
        return r;
    }

    /** What the article's sentences are about; computed once per article, before its sentences are coded. */
    TopicCues.ArticleTopics article(ParsedText text) {
        return cues.article(text);
    }

    /**
     * The events of one sentence that are political; the others are noted in the trace with their reason.
     *
     * @param officeHolder whether an actor without a code holds a political office ("Senator Jane Doakes"), which
     *                     makes it a political side as a code would
     */
    List<Coded> apply(Tree tree, List<Coded> events, TopicCues.ArticleTopics article, Predicate<Actor> officeHolder,
                      Trace trace) {
        List<Coded> out = new ArrayList<>();
        for (Coded c : events) {
            // People named by a noun alone ("passengers", "a man") are a target to show, not a side: whether the
            // act is political is judged as if it had none.
            Coded judged = c.event().evidence().rule().contains(PEOPLE_TARGET)
                    ? new Coded(c.event().withTarget(Optional.empty()), c.trigger()) : c;
            Optional<String> why = reason(tree, judged, article, officeHolder);
            if (why.isEmpty()) {
                out.add(c);
            } else if (trace.enabled()) {
                trace.note("dropped " + c.event().cameo() + " at '" + c.event().trigger() + "': not political: "
                        + why.get());
            }
        }
        return out;
    }

    Optional<String> reason(Tree tree, Coded c, TopicCues.ArticleTopics article, Predicate<Actor> officeHolder) {
        int trigger = c.trigger();
        String lemma = tree.lemma(trigger);
        for (Phrase p : phrases.getOrDefault(lemma, List.of())) {
            Optional<Integer> d = dependent(tree, trigger, p.dependents());
            if (d.isPresent()) return Optional.of(p.reason() + " ('" + lemma + "' … '" + tree.word(d.get()) + "')");
        }
        if (objectless.containsKey(lemma) && isBare(tree, c)) {
            return Optional.of("'" + lemma + "' with nothing it is done to: " + objectless.get(lemma));
        }
        if (isDefenceOfOwnDeed(tree, c)) {
            return Optional.of("defending a deed of one's own ('" + lemma + "' … '"
                    + tree.word(ownDeed(tree, c.trigger()).get(0)) + "'), not another side");
        }
        if (isBudgetForNoOne(tree, c)) {
            return Optional.of("a sum set aside in a budget, for no one named ('" + lemma + "')");
        }
        if (isHelpForNoOne(tree, c)) {
            return Optional.of("help to do something, for no one named ('" + lemma + "' … '"
                    + tree.word(taskOf(tree, trigger).get(0)) + "')");
        }
        TopicCues.SentenceTopics here = article.of(tree.sentence().index());
        if (competitionVerbs.contains(lemma) && !hasForceParticle(tree, trigger)) {
            if (here.score()) return Optional.of("sports score ('" + lemma + "' with a score)");
            if (here.sports() || article.topic().filter(TopicCues.SPORTS::equals).isPresent()) {
                return Optional.of("sports result ('" + lemma + "' in a sports " + (here.sports() ? "sentence" : "article")
                        + ")");
            }
            if (here.topics().contains(TopicCues.BUSINESS)) {
                return Optional.of("business result ('" + lemma + "' with a business cue)");
            }
        }
        Optional<String> routine = routineStatement(c.event());
        if (routine.isPresent()) return routine;
        Optional<String> aboutNoOne = statementAboutNoOne(tree, c).or(() -> warningAboutNoOne(tree, c))
                .or(() -> appealAboutItself(tree, c));
        if (aboutNoOne.isPresent()) return aboutNoOne;
        Optional<Integer> force = naturalDoer(tree, trigger);
        if (force.isPresent()) {
            return Optional.of("disaster, no human agent (doer '" + tree.word(force.get()) + "')");
        }
        Optional<Integer> source = newsSourceAbove(tree, trigger);
        if (source.isPresent()) {
            return Optional.of("who the news is from ('according to " + tree.word(source.get()) + "')");
        }
        Optional<Integer> animal = animalActedOn(tree, c);
        if (animal.isPresent()) {
            return Optional.of("an act on an animal ('" + tree.word(animal.get()) + "'), no side");
        }
        Optional<String> privateSides = privateSidesOnly(c.event(), officeHolder);
        if (privateSides.isPresent()) return privateSides;
        Optional<String> figurative = figurativeForce(c.event());
        if (figurative.isPresent()) return figurative;
        Optional<String> procedure = routineProcedure(c);
        if (procedure.isPresent()) return procedure;
        // No such test for a lone disaster sentence: the human coders of ConfliBERT code one that carries an act
        // ("expressed condolences over the earthquake", "earmarked emergency aid to help Haiti"); tried, it cost
        // dev class recall 0.764 → 0.754 for one sentence fewer on the disaster stories.
        if (article.topic().isPresent() && !betweenCountries(c.event()) && !stateAct(c.event(), article)) {
            return Optional.of(article.topic().get() + " article, and neither an event between two countries nor a"
                    + " state's act" + (article.topic().get().equals(DISASTER) ? " on another side" : ""));
        }
        return Optional.empty();
    }

    // A child or grandchild of the trigger with one of the lemmas: "fighting dirty [air]", "asked not to be
    // [identified]" (xcomp), "battle to [win] the election" (acl of the noun); for an event noun that is a verb's
    // object, the verb's other dependents too: "launched a battle to [win] the election".
    private static Optional<Integer> dependent(Tree tree, int trigger, Set<String> lemmas) {
        Optional<Integer> found = below(tree, trigger, lemmas);
        if (found.isPresent() || !tree.isNoun(trigger) || !tree.relation(trigger).equals("obj")) return found;
        return tree.governor(trigger).flatMap(verb -> below(tree, verb, lemmas));
    }

    private static Optional<Integer> below(Tree tree, int trigger, Set<String> lemmas) {
        for (Dependency child : tree.sentence().children(trigger)) {
            int c = child.dependent();
            if (lemmas.contains(tree.lemma(c)) || lemmas.contains(tree.word(c))) return Optional.of(c);
            // "@ccomp" in a row stands for any clause complement: "failed to recognise [he had amassed …]"
            if (lemmas.contains("@" + child.relation())) return Optional.of(c);
            for (Dependency grandchild : tree.sentence().children(c)) {
                if (lemmas.contains(tree.lemma(grandchild.dependent()))) return Optional.of(grandchild.dependent());
            }
        }
        return Optional.empty();
    }

    /** Verbs of helping, which provide aid (07) only to someone: "helped Haiti rebuild", not "helped organize". */
    private static final Set<String> HELPING_VERBS = Set.of("help", "assist");

    // "will take steps to help rebuild trust", "helped organize the initiative", "help young people make the right
    // decisions": helping with a task whose helped party is no actor is no provision of aid; "will help [Haiti]
    // rebuild" has its target and stays.
    private static boolean isHelpForNoOne(Tree tree, Coded c) {
        return HELPING_VERBS.contains(tree.lemma(c.trigger())) && c.event().target().isEmpty()
                && !taskOf(tree, c.trigger()).isEmpty();
    }

    // "Starmer has defended [accepting] gifts": defending what one did, named by a gerund in place of an object,
    // supports no one (052 is defending another's policy or action); "defended China's handling …, saying …" has
    // its object and stays.
    private static boolean isDefenceOfOwnDeed(Tree tree, Coded c) {
        return tree.lemma(c.trigger()).equals("defend") && tree.isVerb(c.trigger())
                && tree.children(c.trigger(), "obj").isEmpty() && !ownDeed(tree, c.trigger()).isEmpty();
    }

    private static List<Integer> ownDeed(Tree tree, int verb) {
        return tree.children(verb, "dep", "xcomp", "ccomp").stream()
                .filter(d -> tree.token(d).pos().equals("VBG") && tree.token(d).span().start()
                        > tree.token(verb).span().start())
                .filter(d -> tree.children(d, "nsubj").isEmpty()).toList();
    }

    /** Verbs of budgeting, which give aid (07) only when a recipient is named. */
    private static final Set<String> BUDGETING_VERBS = Set.of("allocate", "earmark", "budget");
    /** The rule id of a row whose object is a sum of money ("allocate money"), before any marks. */
    private static final Pattern MONEY_ROW = Pattern.compile(" money(\\+|$)");

    // "Pakistan has allocated $70 million for a Digital Infrastructure Development Initiative": money set aside
    // with no recipient is spending at home, not economic aid; "allocated €95 million in humanitarian support [to
    // Gaza]" has its target and stays, as does a row naming aid itself ("allocate aid").
    private static boolean isBudgetForNoOne(Tree tree, Coded c) {
        return BUDGETING_VERBS.contains(tree.lemma(c.trigger())) && c.event().target().isEmpty()
                && c.event().cameo().startsWith("07") && MONEY_ROW.matcher(c.event().evidence().rule()).find();
    }

    // A verb with no object, open complement, prepositional phrase or target: "when officers [attended] they found
    // him" (a that-clause is no complement of these verbs; without the comma the parser may hang one there).
    private static boolean isBare(Tree tree, Coded c) {
        return tree.isVerb(c.trigger()) && c.event().target().isEmpty()
                && tree.children(c.trigger(), "obj", "iobj", "obl", "xcomp", "nsubj:pass").isEmpty();
    }

    // The verb of the task helped with; the parser hangs a bare infinitive as "dep": "help [rebuild] trust".
    private static List<Integer> taskOf(Tree tree, int help) {
        return tree.children(help, "xcomp", "ccomp", "dep").stream().filter(tree::isVerb).toList();
    }

    private static boolean hasForceParticle(Tree tree, int verb) {
        return tree.children(verb, "compound:prt").stream().anyMatch(p -> FORCE_PARTICLES.contains(tree.word(p)));
    }

    // The doer of the trigger's clause, or of the clauses it hangs from, when it is a force of nature: the subject
    // ("the quake injured five") or a passive's by-phrase ("struck by damaging quakes").
    private Optional<Integer> naturalDoer(Tree tree, int trigger) {
        int verb = trigger;
        for (int step = 0; step < 3; step++) {
            for (int s : tree.exactly(verb, "nsubj")) {
                if (naturalForces.contains(tree.lemma(s))) return Optional.of(s);
            }
            for (int n : tree.children(verb, "nmod", "obl")) {
                boolean by = tree.hasCase(n, "by");
                if (by && naturalForces.contains(tree.lemma(n))) return Optional.of(n);
            }
            if (!Tree.is(tree.relation(verb), DOER_CLIMB) || tree.governor(verb).isEmpty()) break;
            verb = tree.governor(verb).get();
        }
        return Optional.empty();
    }

    // ", according to [people] who have spoken with lawmakers": a clause describing the news's source attributes the
    // news; it is no event of its own.
    private static Optional<Integer> newsSourceAbove(Tree tree, int trigger) {
        for (Tree.Step s : tree.ancestors(trigger)) {
            if (tree.isNoun(s.token()) && tree.hasCase(s.token(), "according")) return Optional.of(s.token());
        }
        return Optional.empty();
    }

    // "workers managed to round up the [goats]", "the dog was shot": the act's object is an animal and no coded side
    // is its target.
    private Optional<Integer> animalActedOn(Tree tree, Coded c) {
        if (c.event().target().isPresent()) return Optional.empty();
        return tree.children(c.trigger(), "obj", "nsubj:pass").stream()
                .filter(o -> animals.contains(tree.lemma(o)) || animals.contains(tree.word(o))).findFirst();
    }

    // "A driver was arrested after a crash, police said": a bare statement of an agent whose reports are routine.
    private Optional<String> routineStatement(Event e) {
        String code = e.source().code();
        if (!e.cameo().startsWith("01") || e.target().isPresent() || code.length() < 3) return Optional.empty();
        return Optional.ofNullable(routineReporters.get(code.substring(code.length() - 3)))
                .map(why -> why + " (a statement of " + code + " with no target)");
    }

    // "Officials said the death toll could rise", "Modi said he was saddened by the loss of life": a bare statement
    // whose said clause names no party (no named entity, no title, no role noun of agents.tsv) reports the news and
    // interacts with no one. "Putin said the West was to blame" and "said the government would help" stay. A
    // statement with no clause of its content in the sentence ("said in a statement") is left as it is.
    private Optional<String> statementAboutNoOne(Tree tree, Coded c) {
        Event e = c.event();
        if (!e.cameo().equals(BARE_STATEMENT) || e.target().isPresent()) return Optional.empty();
        List<Integer> content = tree.children(c.trigger(), "ccomp", "parataxis");
        if (content.isEmpty()) return Optional.empty();
        for (int head : content) {
            if (namesAParty(tree, head, 0)) return Optional.empty();
        }
        return Optional.of("a statement about no one (what " + e.source().code() + " said names no party)");
    }

    // "The Meteorological Department warned that the cyclone will hit the coast", "warned that 50,000 jobs are at
    // risk": a warning of a danger that names no party threatens no one; CAMEO's threat (13) is a warning to someone
    // or of one's own act. "Warned Iran", "warned that Russia could invade" and "warned of Chinese spies" stay.
    private Optional<String> warningAboutNoOne(Tree tree, Coded c) {
        Event e = c.event();
        if (!e.cameo().equals(BARE_THREAT) || e.target().isPresent()) return Optional.empty();
        if (!Set.of("warn", "warning").contains(tree.lemma(c.trigger()))) return Optional.empty();
        // Of a warned clause, its subject is what the warning is about ("that [Russia] could invade", "the [cyclone]
        // will hit Odisha"); a noun warned of is itself.
        List<Integer> clauses = new ArrayList<>(tree.children(c.trigger(), "ccomp", "parataxis"));
        // "The cyclone will hit the coast, the department warned": the fronted content hangs as an unmarked advcl
        for (int a : tree.children(c.trigger(), "advcl")) {
            if (a < c.trigger() && tree.children(a, "mark").isEmpty()) clauses.add(a);
        }
        List<Integer> content = new ArrayList<>();
        for (int clause : clauses) {
            List<Integer> subjects = tree.children(clause, "nsubj", "expl");
            content.addAll(subjects.isEmpty() ? List.of(clause) : subjects);
        }
        for (int o : tree.children(c.trigger(), "obl", "nmod")) {
            if (tree.hasCase(o, "of") || tree.hasCase(o, "about")) content.add(o);
        }
        if (content.isEmpty()) return Optional.empty();
        for (int head : content) {
            if (namesAParty(tree, head, 0)) return Optional.empty();
        }
        return Optional.of("a warning about no one (what " + e.source().code() + " warned of names no party)");
    }

    // "The Prime Minister suggested [he] would continue to take gifts": an appeal (02) whose content is the speaker's
    // own conduct asks nothing of anyone; it tells what the speaker means to do. A first- or third-person singular
    // pronoun subject is read as the speaker ("suggested they meet" may ask others, and stays).
    private Optional<String> appealAboutItself(Tree tree, Coded c) {
        Event e = c.event();
        if (!e.cameo().startsWith(APPEAL_ROOT) || e.target().isPresent()) return Optional.empty();
        for (int clause : tree.children(c.trigger(), "ccomp")) {
            for (int subject : tree.children(clause, "nsubj")) {
                if (SPEAKER_PRONOUNS.contains(tree.word(subject).toLowerCase(Locale.ROOT))) {
                    return Optional.of("an appeal about the speaker's own conduct ('" + tree.token(subject).text()
                            + "' would …), asking no one");
                }
            }
        }
        return Optional.empty();
    }

    private boolean namesAParty(Tree tree, int token, int depth) {
        Token t = tree.token(token);
        if (!NOT_PARTIES.contains(t.ner()) || agentWords.contains(t.lemma().toLowerCase(Locale.ROOT))
                || agentWords.contains(t.text().toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (depth > MAX_CONTENT_DEPTH) return false;
        for (Dependency d : tree.sentence().children(token)) {
            if (namesAParty(tree, d.dependent(), depth + 1)) return true;
        }
        return false;
    }

    // "Companies promised to restock inventory", "voters seemed to agree the race remains open": a statement or an act
    // of cooperation where no side is a state, an office, an armed group or a movement. Conflict stays whoever starts
    // it ("residents filed complaints against the renaming", "junior doctors will not end the strike", "gunmen
    // attacked a bus"): the crowd, the union or the gang is then a party to it.
    //
    // Verbal conflict and reduced relations (roots 10 to 13, 16) by a private side toward no one are the same kind of news
    // ("many coach companies won't allow pets", "the federation warned that jobs are at risk", "companies will cancel
    // scalper orders"): a demand, complaint or refusal of private life that addresses no party.
    private Optional<String> privateSidesOnly(Event e, Predicate<Actor> officeHolder) {
        if (e.cameo().length() < 2) return Optional.empty();
        boolean cooperation = e.cameo().compareTo(FIRST_CONFLICT_ROOT) < 0;
        boolean verbalToNoOne = e.target().isEmpty() && PRIVATE_COMPLAINT_ROOTS.contains(e.cameo().substring(0, 2))
                && isPrivatePerson(e.source());
        if (!cooperation && !verbalToNoOne) return Optional.empty();
        Predicate<Actor> side = a -> political(a.code()) || a.code().isEmpty() && officeHolder.test(a);
        if (side.test(e.source()) || e.target().filter(side).isPresent()) {
            return Optional.empty();
        }
        return Optional.of("no political side (source " + describe(e.source())
                + e.target().map(t -> ", target " + describe(t)).orElse(", no target") + ")");
    }

    // "Amazon fought publicly with the city of Seattle", "the university battled the regulator": a company, a school,
    // a newspaper, a hospital or farmers as such use no force, so a fight, assault or attack they do is a figure of
    // speech. Civilians are left out: "residents attacked the police station" is a riot.
    private Optional<String> figurativeForce(Event e) {
        if (e.cameo().compareTo(FIRST_FORCE_ROOT) < 0) return Optional.empty();
        String code = e.source().code();
        if (code.isEmpty() || political(code) || code.endsWith(CIVILIANS)) return Optional.empty();
        if (isCrowd(e.source()) && e.target().map(Actor::code).filter(Relevance::isBodily).isPresent()) {
            // "Students clashed with police", "herders killed three farmers": people, not a body, against people.
            return Optional.empty();
        }
        return Optional.of("figure of speech: " + code + " uses no force");
    }

    /** Sectors whose members are people in the flesh, whom force can reach: police, troops, farmers, students … */
    private static final Set<String> BODILY_SECTORS = Set.of("CVL", "AGR", "LAB", "EDU", "HLH", "OPP", "COP", "MIL",
            "REB", "UAF", "CRM", "REF", "REL");

    private static boolean isBodily(String code) {
        return code.length() >= 3 && BODILY_SECTORS.contains(code.substring(code.length() - 3));
    }

    // A crowd of people is named by a plural noun ("Students", "suspected herders"); a company, a school or a paper
    // by a singular one ("Amazon", "the university"). Only sector-coded sides get here, so the noun is a role noun.
    private static boolean isCrowd(Actor a) {
        String[] words = a.name().trim().toLowerCase(Locale.ROOT).split("\\s+");
        String last = words[words.length - 1];
        return last.endsWith("s") || last.endsWith("men") || last.equals("people") || last.equals("police");
    }

    // "Chad Hull was arrested by Kincaid police for violating an order", "police launched a search for the woman",
    // "the judge sentenced Hartley to three years": police and courts investigating, arresting or sentencing a
    // private person (or no one named) is routine procedure, no political interaction. Toward a political side it
    // stays: "police arrested 40 demonstrators", "a court jailed the opposition leader".
    private Optional<String> routineProcedure(Coded c) {
        Event e = c.event();
        if (e.cameo().length() < 2 || !ROUTINE_ROOTS.contains(e.cameo().substring(0, 2))) return Optional.empty();
        String code = e.source().code();
        String agent = code.length() >= 3 ? code.substring(code.length() - 3) : "";
        if (!LAW_ENFORCERS.contains(agent)) return Optional.empty();
        // "Belgian prosecutors", "police in the Gaza Strip", "a court in Venezuela": a state's police or court named
        // as such is news the human coders code; the town police of a local report is not.
        boolean local = code.equals(agent) || e.evidence().rule().contains(COUNTRY_FROM_ARTICLE);
        if (!local) return Optional.empty();
        if (e.target().filter(t -> political(t.code())).isPresent()) return Optional.empty();
        return Optional.of("routine procedure: " + code + " toward "
                + e.target().map(Relevance::describe).orElse("no one named"));
    }

    /**
     * A company, a civilian or an uncoded name: the sides whose complaint to no one is private life. Doctors, teachers
     * and the press who refuse or demand something to no one named are mostly in a labour dispute ("the junior
     * doctors will not end the strike"), which the human coders code.
     */
    private static boolean isPrivatePerson(Actor a) {
        String code = a.code();
        return code.isEmpty() || code.endsWith(CIVILIANS) || code.endsWith(BUSINESS);
    }

    private static String describe(Actor a) {
        return a.code().isEmpty() ? "'" + a.name() + "' uncoded" : a.code();
    }

    /** Whether the code is a state's, or has a sector that is not private life: "USA", "GBRGOV", "IGOUNO", "OPP". */
    private boolean political(String code) {
        if (code.isEmpty()) return false;
        String sectors = countryOf(code).isPresent() ? code.substring(3) : code;
        if (sectors.isEmpty()) return true;
        for (int i = 0; i + 3 <= sectors.length(); i += 3) {
            if (!privateSectors.contains(sectors.substring(i, i + 3))) return true;
        }
        return false;
    }

    // "Turkey sent aid to Syria", "Russia shelled Ukraine": two countries, whatever the article is about.
    private boolean betweenCountries(Event e) {
        Optional<String> source = country(e.source());
        Optional<String> target = e.target().flatMap(this::country);
        return source.isPresent() && target.isPresent() && !source.equals(target);
    }

    // "China criticised the NBA" in a sports article: a country, its government, army or parliament acts; its bare
    // statements ("Iranian officials said 40 people had been killed") are reports of the story, not acts.
    // In a disaster article a state's act toward no one or its own people is the response to the disaster (a state
    // of emergency, an evacuation order, relief sent to the affected areas, an inquiry ordered): news, but no
    // interaction; what it does to another side ("the government arrested the opposition leader") stays.
    private boolean stateAct(Event e, TopicCues.ArticleTopics article) {
        String code = e.source().code();
        boolean state = country(e.source()).isPresent()
                && (code.length() == 3 || STATE_AGENTS.contains(code.substring(code.length() - 3)));
        if (!state || e.cameo().startsWith("01")) return false;
        if (!article.topic().filter(DISASTER::equals).isPresent()) return true;
        return actOnAnotherSide(e);
    }

    /** Whether the event's target is another country's, or a party of its own (not the civilians it helps). */
    private boolean actOnAnotherSide(Event e) {
        return e.target().filter(t -> !t.code().isEmpty() && !country(t).equals(country(e.source()))
                || t.code().length() > 3 && !t.code().endsWith(CIVILIANS)).isPresent();
    }

    private Optional<String> country(Actor a) {
        return countryOf(a.code());
    }

    private Optional<String> countryOf(String code) {
        if (code.length() < 3 || agentCodes.contains(code.substring(0, 3))) return Optional.empty();
        return Optional.of(code.substring(0, 3));
    }
}
