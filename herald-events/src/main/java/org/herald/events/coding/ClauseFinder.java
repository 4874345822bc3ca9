package org.herald.events.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.herald.model.lexicon.Lexicon;
import org.herald.nlp.text.Token;

/**
 * Turns one token into a {@link Clause} when it is a verb or event noun with a matching {@code verbs.tsv} entry:
 * <ul>
 * <li>active clauses: "Russia attacked Ukraine" (nsubj, obj), with particles and prepositions ("called for talks")
 * and xcomp chains ("threatened to impose sanctions on Iran", "agreed to meet");</li>
 * <li>passives: "Kyiv was attacked by Russian forces" (the by-agent is the source, nsubj:pass the target);</li>
 * <li>relative clauses: "Russia, which shelled Kharkiv";</li>
 * <li>converse verbs ({@link ConverseVerbs}), tried first: "the rebels received weapons [from Iran]", whose "from"
 * phrase is the doer and whose subject the target;</li>
 * <li>nominal events after a light verb or with a possessor: "issued a threat of sanctions against Iran",
 * "Germany renewed its calls for talks", "Russia's attack on Kyiv", "an attack on Kyiv by Russian forces".</li>
 * </ul>
 * An xcomp verb is left to the verb above it when that verb is in the dictionary ("agreed to [meet]"); otherwise it
 * is coded itself, with the subject above ("plans to [invade]", "continued to [shell]").
 */
final class ClauseFinder {
    private static final Set<String> NOT_PREDICATES = Set.of("aux", "aux:pass", "cop");
    /** The lemmas of true auxiliaries (modals aside), which make a past participle finite: "was", "has", "got". */
    private static final Set<String> AUXILIARY_LEMMAS = Set.of("be", "have", "get", "do");
    private static final String PLAIN_STATEMENT = "010";
    /** CAMEO 10, Demand: what a statement that someone must act becomes. */
    private static final String DEMAND = "100";
    static final String OBLIGATION_FILE = "obligation-cues.tsv";
    /** CAMEO 130, Threaten: what a statement that an act would have consequences for someone becomes. */
    private static final String THREAT = "130";
    private static final String WISH_FILE = "wish-verbs.tsv";
    /** CAMEO 15, Exhibit force posture: the codes whose event nouns take a country adjective as their doer. */
    private static final String FORCE_POSTURE = "15";
    /** The verb whose verbs.tsv rows code a wish laid on another: "wants NATO to halt" is coded as "demand". */
    private static final String DEMAND_LEMMA = "demand";
    /** The rule-id kind of a clause coded by {@link ConverseVerbs}. */
    static final String CONVERSE = ConverseVerbs.KIND;
    /** The kind of a clause whose subject is the target: "Kyiv was attacked [by Russia]". */
    static final String PASSIVE = "passive";

    private final VerbDictionary verbs;
    private final UnnamedAttackers unnamed;
    private final ConverseVerbs converse;
    private final Set<String> lightVerbs;
    private final Set<String> commitments;
    private final Set<String> obligations = Set.copyOf(
            Lexicon.words(ClauseFinder.class, OBLIGATION_FILE));
    private final Set<String> crafts = Set.copyOf(Lexicon.words(ClauseFinder.class, "craft.tsv"));
    private final Set<String> patientNouns = Set.copyOf(Lexicon.words(ClauseFinder.class, "patient-nouns.tsv"));
    private final Set<String> wishes = Set.copyOf(Lexicon.words(ClauseFinder.class, WISH_FILE));
    private final Set<String> commentAdjectives = Set.copyOf(
            Lexicon.words(ClauseFinder.class, "predicate-adjectives.tsv"));
    private final Consequences consequences = new Consequences();

    /**
     * @param converse verbs whose subject is the target and whose "from" phrase the doer, tried before {@code verbs}
     * @param commitments verbs of commitment, which take the act under them only through a complement row
     * @param unnamed what stands for the doer of an agentless attack ("were killed in an [ambush]")
     */
    ClauseFinder(VerbDictionary verbs, ConverseVerbs converse, Set<String> lightVerbs, Set<String> commitments,
                 UnnamedAttackers unnamed) {
        this.unnamed = unnamed;
        this.verbs = verbs;
        this.converse = converse;
        this.lightVerbs = lightVerbs;
        this.commitments = Set.copyOf(commitments);
    }

    Optional<Clause> find(Tree tree, int i, Trace trace) {
        String lemma = tree.lemma(i);
        if (tree.isVerb(i) && !NOT_PREDICATES.contains(tree.relation(i))) {
            // "the rebels received weapons from Iran": Iran's act, not the rebels'; when no converse row fits
            // ("received the envoy"), verbs.tsv codes the verb as usual.
            Optional<Clause> conversed = converse.find(tree, i, trace);
            if (conversed.isPresent()) return conversed;
            if (!verbs.has(lemma)) {
                if (trace.enabled()) {
                    trace.note("verb '" + tree.token(i).text() + "' (" + lemma + "): no entry in "
                            + VerbDictionary.FILE + ", " + VerbDictionary.PHOENIX_FILE + " or "
                            + VerbDictionary.BARE_FILE);
                }
                return Optional.empty();
            }
            return verbClause(tree, i, trace);
        }
        // "said it is skeptical of the claim": an adjective of comment with "be" is the clause's predicate.
        if (tree.token(i).pos().startsWith("JJ") && commentAdjectives.contains(lemma)
                && !tree.children(i, "cop").isEmpty()) {
            return verbClause(tree, i, trace);
        }
        if (tree.isNoun(i) && verbs.hasEventNoun(lemma)) {
            if (isInName(tree, i)) {
                if (trace.enabled()) {
                    trace.note("noun '" + tree.token(i).text() + "': part of the name of a "
                            + tree.token(i).ner().toLowerCase(java.util.Locale.ROOT) + ", no event");
                }
                return Optional.empty();
            }
            return nominalClause(tree, i, trace);
        }
        return Optional.empty();
    }

    // Two shapes in which the parser gives a verb a subject that does not do it. An infinitive whose subject follows
    // a "to" is an appeal's addressee, asked to act, not acting: "a plea to Boris Johnson [to block] imports", "I
    // appeal to Ministers [to accept] these proposals" (the parser hangs the addressee on the infinitive). "Gave
    // approval for the UN to deliver aid" keeps its delivery, as ConfliBERT's coders do. A bare past participle is a
    // reduced relative whose "subject" is the one acted on: "young people [accused] of a crime do have contact";
    // "has accused" and "was accused" carry an auxiliary, and a conjunct ("has attacked and [killed]") shares the
    // auxiliary of the verb it is joined to.
    private static Optional<String> unrealisedSubjectClause(Tree tree, int i, String rel) {
        List<Integer> subjects = tree.exactly(i, "nsubj");
        if (subjects.isEmpty()) return Optional.empty();
        String pos = tree.token(i).pos();
        int subject = subjects.get(0);
        boolean infinitive = pos.equals("VB") && tree.children(i, "mark").stream()
                .anyMatch(m -> m < subject && tree.word(m).equals("to"));
        if (infinitive) return Optional.of("an infinitive with its own subject (asked or hoped for)");
        boolean bareParticiple = pos.equals("VBN") && !rel.equals("conj") && !rel.equals("root")
                && tree.children(i, "aux", "cop").stream().noneMatch(a -> isAuxiliary(tree, a));
        if (bareParticiple) return Optional.of("a past participle with no auxiliary (the subject is acted on)");
        return Optional.empty();
    }

    // "was", "has", "got", "will": a true auxiliary. The parser also hangs other verbs as "aux" ("incidents which [saw]
    // police officers assaulted"), and those leave the participle bare.
    private static boolean isAuxiliary(Tree tree, int a) {
        return tree.token(a).pos().equals("MD") || AUXILIARY_LEMMAS.contains(tree.lemma(a));
    }

    // "Rakhine State", "Islamic State", "Supreme Court": a proper noun the entity tagger puts inside a name is that
    // name's word, not the event noun "state" (a statement).
    private static boolean isInName(Tree tree, int i) {
        Token t = tree.token(i);
        return t.pos().startsWith("NNP") && !t.ner().equals("O") && !t.ner().isEmpty();
    }

    private Optional<Clause> verbClause(Tree tree, int i, Trace trace) {
        String name = trace.enabled() ? "verb '" + tree.token(i).text() + "'" : "";
        Optional<Integer> gov = tree.governor(i);
        String rel = tree.relation(i);
        Optional<Integer> wisher = wisher(tree, i);
        if (wisher.isPresent()) {
            if (trace.enabled()) {
                trace.note(name + ": what '" + tree.token(wisher.get()).text() + "' wants another to do, coded there as"
                        + " a demand");
            }
            return Optional.empty();
        }
        Optional<String> notDone = unrealisedSubjectClause(tree, i, rel);
        if (notDone.isPresent()) {
            if (trace.enabled()) trace.note(name + ": " + notDone.get() + ", not an act of its subject");
            return Optional.empty();
        }
        if (gov.isPresent() && (rel.equals("xcomp") || Arguments.isAddressedClause(tree, i))
                && verbs.has(tree.lemma(gov.get()))) {
            Optional<VerbEntry> above = match(tree, gov.get(), chain(tree, gov.get()), Trace.NONE, "");
            // "vowed to free the hostages": vow's bare row (030) says nothing of the freeing, which is coded on its
            // own and then as the intention it is (intent-codes.tsv); "agreed to meet" has its row (036).
            boolean takesAct = above.isPresent() && (above.get().complement().isPresent()
                    || !commitments.contains(tree.lemma(gov.get())));
            if (takesAct) {
                if (trace.enabled()) {
                    trace.note(name + ": part of the chain of '" + tree.token(gov.get()).text() + "', coded there");
                }
                return Optional.empty();
            }
            // "began a hunger strike to [protest]": no row of "begin" fits, so the protest is coded on its own.
            if (trace.enabled()) {
                trace.note(name + ": no entry of '" + tree.token(gov.get()).text() + "' takes it; coded on its own");
            }
        }
        if (gov.isPresent() && rel.equals("ccomp") && takesClauseTarget(tree.lemma(gov.get()))) {
            if (trace.enabled()) {
                trace.note(name + ": the content of '" + tree.token(gov.get()).text() + "', not an event of its own");
            }
            return Optional.empty();
        }
        if (gov.isPresent() && Tree.is(rel, "ccomp", "dep") && isObligation(tree, i)
                && isPlainStatement(tree, gov.get())) {
            if (trace.enabled()) {
                trace.note(name + ": an obligation '" + tree.token(gov.get()).text() + "' lays on its subject, coded"
                        + " as the speaker's demand, not as done");
            }
            return Optional.empty();
        }
        List<Integer> chain = chain(tree, i);
        if (isWishOn(tree, i)) {
            // "Russia wants NATO to halt weapon deployments": Russia's demand on NATO (wish-verbs.tsv), matched against
            // the rows of "demand" so that what is wanted picks the kind ("wants Israel to release prisoners" → 1053).
            Optional<VerbEntry> demand = match(tree, i, DEMAND_LEMMA, chain, trace, name);
            if (demand.isPresent()) {
                VerbEntry d = demand.get();
                VerbEntry wish = new VerbEntry(tree.lemma(i), d.prep(), d.complement(), d.object(), d.code(),
                        d.targets(), WISH_FILE + "+" + d.file(), d.line());
                // The one asked is the wish verb's own object, not what the asked act is done to ("attack [Ukraine]").
                List<Integer> asked = new ArrayList<>();
                tree.children(i, "obj").forEach(o -> asked.addAll(tree.withConjuncts(o)));
                // The demand's own clause dates and places it, not what it asks for ("to roll back its forces [in
                // Eastern Europe]").
                return Optional.of(new Clause("svo", i, List.of(i), Arguments.subjects(tree, i), List.of(asked), wish));
            }
        }
        Optional<VerbEntry> entry = match(tree, i, chain, trace, name);
        if (entry.isEmpty()) return Optional.empty();
        Optional<List<List<Integer>>> warned = isStatementOrThreat(entry.get()) ? consequences.targets(tree, i)
                : Optional.empty();
        if (warned.isPresent()) {
            // "Scholz said further aggression would have serious consequences for Russia": a threat on Russia
            // (consequence-cues.tsv), though "aggression" is no actor.
            VerbEntry e = entry.get();
            VerbEntry threat = new VerbEntry(e.lemma(), e.prep(), e.complement(), e.object(), THREAT, List.of("for"),
                    Consequences.FILE, e.line());
            if (trace.enabled()) {
                trace.note(name + ": foretells consequences for someone: a threat (" + THREAT + ", " + Consequences.FILE
                        + ")");
            }
            return Optional.of(new Clause("svo", i, chain, Arguments.subjects(tree, i), warned.get(), threat));
        }
        Optional<Integer> duty = tree.children(i, "ccomp", "dep").stream().filter(c -> isObligation(tree, c))
                .filter(c -> !obligesOnlySpeakerOrReader(tree, c)).findFirst();
        if (duty.isPresent() && entry.get().code().equals(PLAIN_STATEMENT)) {
            // "police said protesters must surrender": the police demand (10) it of the protesters, the subject of
            // the obliged clause (obligation-cues.tsv).
            VerbEntry e = entry.get();
            VerbEntry demand = new VerbEntry(e.lemma(), e.prep(), e.complement(), e.object(), DEMAND, List.of("ccomp"),
                    OBLIGATION_FILE, e.line());
            if (trace.enabled()) {
                trace.note(name + ": says '" + tree.token(duty.get()).text() + "' must be done: a demand (" + DEMAND
                        + ", " + OBLIGATION_FILE + ")");
            }
            List<Integer> obliged = Arguments.subjects(tree, duty.get());
            // "Russia says Israel must end attacks", parsed with "Israel" as the object of "says" and "end" hanging
            // from it as dep: the object is the one obliged.
            if (obliged.isEmpty()) obliged = tree.children(i, "obj");
            List<List<Integer>> targets = List.of(obliged);
            return Optional.of(new Clause("svo", i, chain, Arguments.subjects(tree, i), targets, demand));
        }
        boolean contentFirst = Tree.is(rel, "parataxis")
                || tree.children(i, "ccomp", "parataxis").stream().anyMatch(c -> c < i);
        if (contentFirst && entry.get().code().equals(PLAIN_STATEMENT)) {
            // "Russia shelled Kharkiv, [officials said]": a trailing attribution names the news's source; it is not
            // a statement event of its own.
            if (trace.enabled()) trace.note(name + ": a trailing attribution, not an event");
            return Optional.empty();
        }
        List<Integer> passiveSubjects = tree.exactly(i, "nsubj:pass");
        if (!passiveSubjects.isEmpty()) {
            List<Integer> subjects = new ArrayList<>();
            passiveSubjects.forEach(s -> subjects.addAll(tree.withConjuncts(s)));
            // "Kyiv was attacked": the subject is the target; "evidence was presented [to Russia]": when the subject
            // is no actor, the entry's prepositional slots are tried next, an indirect object's as "to".
            List<List<Integer>> targets = new ArrayList<>(List.of(subjects));
            for (String slot : entry.get().targets()) {
                if (slot.equals("iobj")) targets.add(Arguments.slot(tree, chain, "to"));
                else if (!Tree.is(slot, "obj", "ccomp")) targets.add(Arguments.slot(tree, chain, slot));
            }
            List<Integer> agents = Arguments.agents(tree, i);
            if (agents.isEmpty()) agents = instrumentDoers(tree, i);
            if (agents.isEmpty() && UnnamedAttackers.isAttack(entry.get().code())) {
                // "three officers were killed in an ambush", "was shot dead": an attacker the text does not name.
                agents = unnamed.ofPassive(tree, i).map(List::of).orElse(List.of());
            }
            return Optional.of(new Clause(PASSIVE, i, chain, agents, targets, entry.get()));
        }
        String kind = rel.equals("acl:relcl") ? "relcl" : "svo";
        List<Integer> sources = Arguments.subjects(tree, i);
        if (sources.isEmpty()) sources = onsetParties(tree, i);
        if (isDownedCraft(tree, i, sources)) {
            // "US Chinook helicopter shot down in Afghanistan": a headline's reduced passive; the craft is the
            // target, the shooter is not named (craft.tsv).
            if (trace.enabled()) trace.note(name + ": a craft brought down, the target of an unnamed doer");
            return Optional.of(new Clause(PASSIVE, i, chain, Arguments.agents(tree, i), List.of(sources),
                    entry.get()));
        }
        if (gov.isPresent() && rel.equals("xcomp") && !sources.isEmpty()
                && sources.stream().allMatch(s -> tree.isNoun(s) && verbs.hasEventNoun(tree.lemma(s)))) {
            // "began a hunger strike to protest": the object above is an event noun, not the one who protests.
            sources = Arguments.subjects(tree, gov.get());
        }
        return Optional.of(new Clause(kind, i, chain, sources, targets(tree, chain, entry.get()), entry.get()));
    }

    /** Nouns of asking, whose "for" phrase is an act wanted, not done: "a call for talks", "demands for a probe". */
    private static final Set<String> ASKING_NOUNS = Set.of("call", "demand", "appeal", "request", "plea", "push",
            "petition");

    private static boolean isAskedFor(Tree tree, int noun) {
        Optional<Integer> above = tree.governor(noun);
        return above.isPresent() && tree.isNoun(above.get()) && ASKING_NOUNS.contains(tree.lemma(above.get()))
                && tree.relation(noun).startsWith("nmod") && tree.hasCase(noun, "for");
    }

    // "[Navalny]'s arrest", "demanded [Zephyr]'s censure": the possessor of such a noun is the one it is done to,
    // unless an of-phrase names that one ("Russia's release [of] the prisoners").
    private boolean isPatient(Tree tree, int noun) {
        return patientNouns.contains(tree.lemma(noun))
                && tree.children(noun, "nmod").stream().noneMatch(n -> tree.hasCase(n, "of"));
    }

    /** The verb and its complements down the tree: "threatened to [impose]", "called on Israel to [lift]". */
    private static List<Integer> chain(Tree tree, int verb) {
        List<Integer> chain = new ArrayList<>(List.of(verb));
        for (Optional<Integer> x = Arguments.complement(tree, verb); x.isPresent() && chain.size() < 4;
             x = Arguments.complement(tree, x.get())) {
            chain.add(x.get());
        }
        return chain;
    }

    private Optional<Clause> nominalClause(Tree tree, int i, Trace trace) {
        String name = trace.enabled() ? "noun '" + tree.token(i).text() + "'" : "";
        boolean patientOwner = isPatient(tree, i);
        Optional<Integer> owner = tree.child(i, "nmod:poss").filter(o -> !patientOwner);
        Optional<Integer> light = tree.governor(i).filter(g -> tree.relation(i).equals("obj")
                && lightVerbs.contains(tree.lemma(g)));
        List<Integer> sources;
        List<Integer> chain = new ArrayList<>(List.of(i));
        if (isAskedFor(tree, i)) {
            // "reiterated his call for an investigation by the Israeli military": asked for, not done
            if (trace.enabled()) trace.note(name + ": what a call or demand asks for, not an act that happened");
            return Optional.empty();
        }
        if (light.isPresent() && tree.relation(light.get()).equals("xcomp")
                && tree.governor(light.get()).filter(g -> verbs.has(tree.lemma(g))).isPresent()) {
            // "urged India to resume [talks]": the talks belong to the urging, coded there.
            if (trace.enabled()) {
                trace.note(name + ": object of '" + tree.token(light.get()).text() + "', part of a chain coded above");
            }
            return Optional.empty();
        }
        if (light.isPresent()) {
            chain.add(light.get());
            sources = Arguments.subjects(tree, light.get());
        } else if (owner.isPresent() && !tree.token(owner.get()).pos().startsWith("PRP")) {
            sources = List.of(owner.get());
        } else if (!byAgents(tree, i).isEmpty()) {
            // "an air strike [by government forces]", "an attack on Kyiv [by Russian troops]"
            sources = byAgents(tree, i);
        } else if (!betweenParties(tree, i).isEmpty() && !wantedByVerbAbove(tree, i)) {
            // "clashes [between] police and protesters": the parties are the doers, each toward the other when the
            // noun is reciprocal (reciprocal-verbs.tsv).
            sources = betweenParties(tree, i);
        } else if (!postureAdjectives(tree, i).isEmpty()) {
            // "condemned the [Russian] military buildup near Ukraine": whose forces build up is the doer (15x only; an
            // adjective on "attack" may name the victim's side as well as the attacker's).
            Optional<VerbEntry> posture = match(tree, i, List.of(i), trace, name)
                    .filter(e -> e.code().startsWith(FORCE_POSTURE));
            if (posture.isEmpty()) return Optional.empty();
            return Optional.of(new Clause("nominal", i, chain, postureAdjectives(tree, i),
                    targets(tree, chain, posture.get()), posture.get()));
        } else {
            if (trace.enabled()) trace.note(name + ": event noun without a light verb or possessor to name its doer");
            return Optional.empty();
        }
        Optional<VerbEntry> entry = match(tree, i, List.of(i), trace, name);
        if (entry.isEmpty()) return Optional.empty();
        List<List<Integer>> targets = targets(tree, chain, entry.get());
        Optional<Integer> patient = tree.child(i, "nmod:poss").filter(o -> patientOwner);
        if (patient.isPresent()) {
            // "the opposition leader's arrest by police": the possessor is the one arrested, looked for first
            targets = new ArrayList<>(targets);
            targets.add(0, List.of(patient.get()));
        }
        return Optional.of(new Clause("nominal", i, chain, sources, targets, entry.get()));
    }

    /**
     * The doer of an agentless passive named on the event it happened in: "three soldiers were killed in a [Russian]
     * air strike", "were wounded in [Israel]'s shelling of Gaza" (a possessor or capitalised adjective of an event noun
     * of the dictionary after "in" or "during"; also when the parser makes the noun a clause with the adjective as
     * its subject: "wounded in [Israeli] shelling").
     */
    private List<Integer> instrumentDoers(Tree tree, int verb) {
        List<Integer> out = new ArrayList<>();
        for (int o : tree.children(verb, "obl", "advcl")) {
            boolean during = tree.caseWord(o).or(() -> tree.child(o, "mark").map(tree::word))
                    .filter(w -> w.equals("in") || w.equals("during")).isPresent();
            // "killed in Israeli tank shelling", which CoreNLP may head by "tank" with "shelling" as its modifier.
            boolean event = verbs.has(tree.lemma(o))
                    || tree.children(o, "amod", "compound").stream().anyMatch(m -> verbs.has(tree.lemma(m)));
            if (!during || !event) continue;
            for (int m : tree.children(o, "nmod:poss", "amod", "nsubj")) {
                if (Character.isUpperCase(tree.token(m).text().codePointAt(0))) out.add(m);
            }
        }
        return out;
    }

    // The capitalised adjectives of a noun, which may name a country: "the [Russian] military buildup".
    private static List<Integer> postureAdjectives(Tree tree, int noun) {
        return tree.children(noun, "amod").stream().filter(m -> tree.token(m).pos().startsWith("JJ")
                && Character.isUpperCase(tree.token(m).text().codePointAt(0))).toList();
    }

    /**
     * Whether an event noun is what the verb above asks or acts on ("called for [talks] between Russia and Ukraine",
     * "urged [talks] between …"): the verb's object, or its complement after "for". Such talks have not happened; the
     * verb's own event is the news.
     */
    private boolean wantedByVerbAbove(Tree tree, int noun) {
        Optional<Integer> verb = tree.governor(noun).filter(g -> tree.token(g).pos().startsWith("VB"));
        if (verb.isEmpty() || !verbs.has(tree.lemma(verb.get()))) return false;
        String relation = tree.relation(noun);
        return relation.equals("obj") || relation.startsWith("obl") && tree.hasCase(noun, "for");
    }

    /** The "between" modifiers of an event noun, with their conjuncts: the parties to a clash or talks. */
    private static List<Integer> betweenParties(Tree tree, int noun) {
        List<Integer> out = new ArrayList<>();
        for (int n : tree.children(noun, "nmod")) {
            if (tree.hasCase(n, "between")) out.addAll(tree.withConjuncts(n));
        }
        if (out.isEmpty()) out.addAll(onsetParties(tree, noun));
        return out;
    }

    /** Verbs of an outbreak, whose "between" phrase names the parties of the fighting that is their subject. */
    private static final Set<String> ONSET_VERBS =
            Set.of("erupt", "break", "flare", "rage", "resume", "continue", "escalate", "intensify", "occur");

    /**
     * "[Fighting] broke out between rival militias", "clashes erupted between police and protesters": the parser
     * hangs the parties on the verb of the outbreak, not on the event noun (or gerund) that is its subject.
     */
    static List<Integer> onsetParties(Tree tree, int event) {
        Optional<Integer> verb = tree.governor(event).filter(g -> tree.relation(event).equals("nsubj")
                && ONSET_VERBS.contains(tree.lemma(g)));
        List<Integer> out = new ArrayList<>();
        if (verb.isEmpty()) return out;
        for (int o : tree.children(verb.get(), "obl")) {
            if (tree.hasCase(o, "between")) out.addAll(tree.withConjuncts(o));
        }
        return out;
    }

    /** The "by" modifiers of an event noun, with their conjuncts. */
    private static List<Integer> byAgents(Tree tree, int noun) {
        List<Integer> out = new ArrayList<>();
        for (int n : tree.children(noun, "nmod")) {
            if (tree.hasCase(n, "by")) out.addAll(tree.withConjuncts(n));
        }
        return out;
    }

    // "helicopter [shot down]" with no object: the subjects are all craft, the verb has "down" and nothing it acts on.
    private boolean isDownedCraft(Tree tree, int verb, List<Integer> subjects) {
        if (subjects.isEmpty() || !Arguments.objects(tree, verb).isEmpty()) return false;
        // "shot down an Indian drone" misparsed with "drone" as a verb: a complement means something was acted on.
        if (!tree.children(verb, "ccomp", "xcomp").isEmpty()) return false;
        boolean down = tree.children(verb, "compound:prt").stream().anyMatch(p -> tree.word(p).equals("down"));
        return down && subjects.stream().allMatch(s -> crafts.contains(tree.lemma(s)));
    }

    /** Pronouns of the speaker and the one addressed: "you must sow the seeds" is advice, "we must act" a resolve. */
    private static final Set<String> SPEAKER_OR_READER = Set.of("i", "we", "you", "one");

    // "if you're able to obtain seeds, [you] must sow them", "[we] should all be worried": a duty laid on the speaker or
    // on whoever listens is advice or resolve, no demand on another side.
    private static boolean obligesOnlySpeakerOrReader(Tree tree, int verb) {
        List<Integer> subjects = Arguments.subjects(tree, verb);
        return !subjects.isEmpty() && subjects.stream().allMatch(s -> SPEAKER_OR_READER.contains(tree.word(s)));
    }

    // "protesters [must] surrender": an obligation modal on the verb (obligation-cues.tsv).
    private boolean isObligation(Tree tree, int verb) {
        return tree.children(verb, "aux", "advmod").stream().anyMatch(a -> obligations.contains(tree.word(a)));
    }

    // "said", "stated": a verb whose row is the plain statement (010), so the clause under it is what was said.
    private boolean isPlainStatement(Tree tree, int verb) {
        return verbs.entries(tree.lemma(verb)).stream().anyMatch(e -> e.isBare() && e.code().equals(PLAIN_STATEMENT));
    }

    private boolean takesClauseTarget(String lemma) {
        return verbs.entries(lemma).stream().anyMatch(e -> e.targets().contains("ccomp"));
    }

    // "wants NATO to halt deployments and [roll back] its forces": the wish verb above the act, through conjuncts.
    private Optional<Integer> wisher(Tree tree, int verb) {
        int x = verb;
        for (int steps = 0; steps < 4 && tree.relation(x).equals("conj") && tree.governor(x).isPresent(); steps++) {
            x = tree.governor(x).get();
        }
        if (!tree.relation(x).equals("xcomp")) return Optional.empty();
        return tree.governor(x).filter(g -> isWishOn(tree, g));
    }

    // "wants [NATO] to [halt]": a wish verb with an object and an infinitive whose doer that object is.
    private boolean isWishOn(Tree tree, int verb) {
        return wishes.contains(tree.lemma(verb)) && tree.isVerb(verb) && !tree.children(verb, "obj").isEmpty()
                && !tree.children(verb, "xcomp").isEmpty();
    }

    // A statement (01x: "said", "stating") or a threat or warning (13x: "warned"), whose content may be a threat.
    private static boolean isStatementOrThreat(VerbEntry e) {
        return e.code().startsWith("01") || e.code().startsWith("13");
    }

    private Optional<VerbEntry> match(Tree tree, int i, List<Integer> chain, Trace trace, String name) {
        return match(tree, i, tree.lemma(i), chain, trace, name);
    }

    /** The most specific entry of {@code lemma} whose conditions the clause meets; each entry tried is traced. */
    private Optional<VerbEntry> match(Tree tree, int i, String lemma, List<Integer> chain, Trace trace, String name) {
        Set<String> preps = Arguments.verbPreps(tree, chain);
        Set<String> objects = Arguments.objectWords(tree, chain);
        // An event noun's own modifier picks its kind: "a [hunger] strike", "a [car] bombing", "an [air] strike".
        if (tree.isNoun(i)) objects.addAll(Arguments.modified(tree, i));
        // "demonstrated [his commitment]": a row whose object is "@obj" asks only for some direct object.
        if (tree.isVerb(i) && !tree.children(i, "obj").isEmpty()) objects.add(VerbEntry.ANY_OBJECT);
        Set<String> complements = chain.subList(1, chain.size()).stream().map(tree::lemma).collect(Collectors.toSet());
        if (trace.enabled()) {
            trace.note(name + ": prepositions " + preps + ", objects " + objects + ", complements " + complements);
        }
        VerbEntry best = null;
        for (VerbEntry e : verbs.entries(lemma)) {
            boolean matches = e.prep().map(preps::contains).orElse(true)
                    && e.complement().map(complements::contains).orElse(true)
                    && e.object().map(objects::contains).orElse(true);
            if (trace.enabled()) trace.note("  tried '" + e.pattern() + "' → " + e.code() + ": "
                    + (matches ? "matches" : "no " + missing(e, preps, complements, objects)));
            if (matches && (best == null || e.specificity() > best.specificity())) best = e;
        }
        if (best == null) {
            if (trace.enabled()) trace.note("  no entry matches: no event");
            return Optional.empty();
        }
        if (best.isNoEvent()) {
            // "took part in the talks", "defended his title": the verb's sense here is never a political event, and
            // a less specific row of the same verb ("take" → 030 via a Phoenix row) must not code it.
            if (trace.enabled()) trace.note("  chose '" + best.pattern() + "': a sense that is no event");
            return Optional.empty();
        }
        if (trace.enabled()) trace.note("  chose '" + best.pattern() + "' → " + best.code());
        return Optional.of(best);
    }

    // For the trace only: "prep 'on', object 'sanction'".
    private static String missing(VerbEntry e, Set<String> preps, Set<String> complements, Set<String> objects) {
        List<String> missing = new ArrayList<>();
        e.prep().filter(p -> !preps.contains(p)).ifPresent(p -> missing.add("prep '" + p + "'"));
        e.complement().filter(c -> !complements.contains(c)).ifPresent(c -> missing.add("complement '" + c + "'"));
        e.object().filter(o -> !objects.contains(o)).ifPresent(o -> missing.add("object '" + o + "'"));
        return String.join(", ", missing);
    }

    /** Candidate targets, one group per slot of the entry, in slot order. */
    private static List<List<Integer>> targets(Tree tree, List<Integer> chain, VerbEntry entry) {
        List<List<Integer>> out = new ArrayList<>();
        for (String slot : entry.targets()) {
            out.add(Arguments.slot(tree, chain, slot));
        }
        if (entry.code().startsWith(AID_ROOT)) out.add(beneficiaries(tree, chain));
        return out;
    }

    /** CAMEO root 07, provide aid: its recipient may be named only in the purpose clause. */
    private static final String AID_ROOT = "07";
    private static final Set<String> HELPING = Set.of("help", "assist", "support", "aid", "rebuild");

    /**
     * Last resort for aid: the object of a purpose clause of helping, "earmarked 1.5 million euros to help [Haiti]",
     * "provided funds to help [Haiti] cope" (a complement in the chain, or the verb's to-infinitive).
     */
    private static List<Integer> beneficiaries(Tree tree, List<Integer> chain) {
        List<Integer> out = new ArrayList<>();
        List<Integer> verbs = new ArrayList<>(chain);
        verbs.addAll(tree.children(chain.get(0), "advcl"));
        for (int at = 0; at < verbs.size(); at++) {
            int v = verbs.get(at);
            if (!HELPING.contains(tree.lemma(v))) continue;
            // the trigger's own objects are its obj slot already; "will help [Haiti] rebuild" has the helped only
            // as the subject of the clause below
            if (at > 0) out.addAll(Arguments.objects(tree, v));
            // "to help [Haiti] cope": the parser makes the helped the subject of the clause below
            for (int c : tree.children(v, "ccomp", "xcomp")) out.addAll(tree.exactly(c, "nsubj"));
        }
        return out;
    }
}
