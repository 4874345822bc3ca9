package org.herald.events.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.herald.model.lexicon.Lexicon;

/**
 * Finds the words that fill an event's slots in the dependency tree: its subjects (sources), its objects and
 * prepositional phrases (for dictionary matching and targets). Subjects are followed where the tree leaves them out:
 * "Pakistan urged [India] to resume talks" (object control), "Russia attacked and [occupied]" (coordination),
 * "Russia, which shelled Kharkiv" (relative pronoun), "Moscow denies [it] has plans to invade" (a pronoun in a
 * that-clause stands for the subject of the verb above).
 */
final class Arguments {
    private static final Set<String> RELATIVES = Set.of("which", "who", "that", "whom");
    private static final Set<String> PRONOUNS = Set.of("it", "they", "he", "she", "we", "i");
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    private static final Set<String> ADDRESSING = Set.of("on", "for", "upon");
    private static final int DEPTH = 6;

    private Arguments() {}

    /** The subject heads of the clause headed by {@code verb}, coordinated subjects included. */
    static List<Integer> subjects(Tree tree, int verb) {
        return subjects(tree, verb, 0);
    }

    private static List<Integer> subjects(Tree tree, int verb, int depth) {
        if (depth > DEPTH) return List.of();
        Optional<Integer> setter = tree.governor(verb).filter(g -> isSetFree(tree, g, verb));
        if (setter.isPresent()) {
            // "Egypt let free the activist", "rebels set [the hostages] free": the one who lets frees; the parser's
            // subject of "free" in the second is the one freed (objects).
            return subjects(tree, setter.get(), depth + 1);
        }
        List<Integer> out = new ArrayList<>();
        for (int s : tree.exactly(verb, "nsubj")) {
            for (int c : tree.withConjuncts(s)) out.addAll(resolve(tree, verb, c, depth));
        }
        if (!out.isEmpty()) return out;
        String rel = tree.relation(verb);
        Optional<Integer> g = tree.governor(verb);
        if (g.isEmpty()) return out;
        int gov = g.get();
        if (tree.isVerb(gov) && tree.children(gov, "obj").stream()
                .anyMatch(o -> gov < o && o < verb && PRONOUNS.contains(tree.word(o)))) {
            // "Israel announced [it] would free 150 prisoners": CoreNLP may read "it" as the object of "announced"
            // and leave "free" without a subject; the pronoun is the subject, and stands for the announcer.
            return subjects(tree, gov, depth + 1);
        }
        if (rel.equals("xcomp")) {
            // "Pakistan urged India to resume talks": the object of the verb above is the doer.
            List<Integer> objects = tree.children(gov, "obj");
            if (!objects.isEmpty()) return objects;
            List<Integer> above = subjects(tree, gov, depth + 1);
            if (!above.isEmpty()) return above;
            // "Obama is scheduled to [attend]", "Iran was urged to [halt]": the passive's subject is the one who acts.
            List<Integer> passive = new ArrayList<>();
            tree.exactly(gov, "nsubj:pass").forEach(p -> passive.addAll(tree.withConjuncts(p)));
            return passive;
        }
        if (rel.equals("advcl") && !tree.token(verb).pos().equals("VBG") && !tree.children(verb, "mark").isEmpty()
                && !isInfinitive(tree, verb)) {
            // "would strike Iran if attacked": a reduced passive, its doer not the subject above; but "after
            // attacking Kyiv, Russia …" and "staged a rally [to demand] reforms" share it.
            return out;
        }
        if (isCommaParticiple(tree, verb) && Tree.is(rel, "dep", "advcl") && tree.relation(gov).equals("xcomp")) {
            Optional<Integer> controller = tree.governor(gov).filter(tree::isVerb);
            if (controller.isPresent() && !tree.children(controller.get(), "obj").isEmpty()) {
                // "Western countries urged Russia to show restraint, [promising] consequences": a participle set off
                // by a comma is said of the main clause's subject, not of the object who is urged to act.
                return subjects(tree, controller.get(), depth + 1);
            }
        }
        if (rel.equals("advcl") && tree.token(verb).pos().equals("VBN") && tree.children(verb, "aux").isEmpty()) {
            // "reacted angrily [when asked] about it": CoreNLP hangs "when" as advmod, not mark; a bare past participle
            // is still a reduced passive, whose subject above is the one asked, not the asker.
            return out;
        }
        if (Tree.is(rel, "ccomp", "dep") && tree.token(verb).pos().equals("VBG") && tree.children(verb, "mark").isEmpty()
                && tree.isVerb(gov)) {
            // "the army resumed [shelling] the town": a gerund complement (ccomp, or dep when the parser is unsure)
            // shares the subject above.
            return subjects(tree, gov, depth + 1);
        }
        if (Tree.is(rel, "conj", "advcl") && tree.isVerb(gov)) {
            List<Integer> above = subjects(tree, gov, depth + 1);
            if (above.isEmpty() && rel.equals("advcl") && tree.token(verb).pos().equals("VBG")
                    && !tree.exactly(gov, "nsubj:pass").isEmpty()) {
                // "the camp was attacked by militiamen, [killing] 156 people": the participle's doer is the by-agent.
                return agents(tree, gov);
            }
            return above;
        }
        if (rel.equals("acl") && tree.isNoun(gov) && tree.isParticiple(verb)) {
            // "lifted sanctions [imposed] on Eritrea": a past participle on a noun is a reduced passive, the noun
            // what was done; the subject above did not do it.
            return out;
        }
        if (rel.equals("acl") && tree.isNoun(gov)) {
            // "any plans to invade Ukraine": the planner is the subject of the verb that has the plans.
            Optional<Integer> owner = tree.child(gov, "nmod:poss");
            if (owner.isPresent()) return List.of(owner.get());
            if (tree.relation(gov).equals("obj")) return tree.governor(gov).map(v -> subjects(tree, v, depth + 1))
                    .orElse(List.of());
        }
        return out;
    }

    /** "[According to] the army, rebels killed 12 soldiers": who reports the event, not a party to it. */
    static boolean isAccordingTo(Tree tree, int oblique) {
        return tree.hasCase(oblique, "according");
    }

    /**
     * "let free", "set free", "let go", "set the hostages free": the parser reads the second word as a complement of
     * the first, whose subject frees and whose object is freed.
     */
    static boolean isSetFree(Tree tree, int gov, int verb) {
        return Tree.is(tree.relation(verb), "ccomp", "xcomp") && List.of("let", "set").contains(tree.lemma(gov))
                && List.of("free", "go", "loose").contains(tree.lemma(verb));
    }

    /** A participle after a comma, with no mark of its own: "…, promising serious consequences". */
    private static boolean isCommaParticiple(Tree tree, int verb) {
        return tree.token(verb).pos().equals("VBG") && verb > 0 && tree.word(verb - 1).equals(",")
                && tree.children(verb, "mark").isEmpty();
    }

    /** A to-infinitive: "to demand", the purpose of the clause above. */
    private static boolean isInfinitive(Tree tree, int verb) {
        return tree.children(verb, "mark").stream().anyMatch(m -> tree.word(m).equals("to"));
    }

    /**
     * A relative pronoun stands for the noun its clause modifies; a pronoun in a that-clause for the speaker, in an
     * adverbial or coordinated clause for the subject above when their number agrees; a weekday written as subject is
     * the wire style's date, its compound the subject.
     */
    private static List<Integer> resolve(Tree tree, int verb, int subject, int depth) {
        String w = tree.word(subject);
        if (RELATIVES.contains(w) && tree.relation(verb).equals("acl:relcl")) {
            return tree.governor(verb).map(List::of).orElse(List.of());
        }
        if (WEEKDAYS.contains(w)) {
            // "Israel Friday reimposed blockades": CoreNLP reads "Israel Friday" as one noun phrase headed by Friday.
            List<Integer> named = tree.children(subject, "compound");
            if (!named.isEmpty()) return List.of(named.get(named.size() - 1));
        }
        String rel = tree.relation(verb);
        Optional<Integer> gov = tree.governor(verb);
        if (PRONOUNS.contains(w) && Tree.is(rel, "advcl", "conj", "parataxis") && gov.isPresent()
                && tree.isVerb(gov.get())) {
            // "two suicide bombers killed 23 people when [they] blew themselves up": the clause above names them;
            // "Europe has made it clear [it] will not lift the embargo", which CoreNLP hangs as a parataxis.
            List<Integer> above = subjects(tree, gov.get(), depth + 1);
            if (!above.isEmpty() && above.stream().allMatch(a -> agrees(tree, w, a, above.size()))) return above;
        }
        if (PRONOUNS.contains(w)) {
            int below = verb;
            for (Tree.Step s : tree.ancestors(verb)) {
                if (tree.relation(below).equals("ccomp") && tree.isVerb(s.token())) {
                    return subjects(tree, s.token(), depth + 1);
                }
                below = s.token();
            }
        }
        return List.of(subject);
    }

    /** Whether a pronoun can stand for a noun: "they" for plurals and conjoined subjects, "it", "he", "she" for one. */
    private static boolean agrees(Tree tree, String pronoun, int noun, int conjoined) {
        if (!tree.isNoun(noun) || pronoun.equals("i") || pronoun.equals("we")) return false;
        boolean plural = conjoined > 1 || tree.token(noun).pos().endsWith("S");
        return pronoun.equals("they") == plural;
    }

    /**
     * The verb's xcomp, else a clause it addresses to someone: "called on [Israel] to lift", which CoreNLP parses as
     * an advcl with marks "on" and "to" and Israel as its subject, in place of an oblique and an xcomp.
     */
    static Optional<Integer> complement(Tree tree, int verb) {
        Optional<Integer> x = tree.child(verb, "xcomp");
        if (x.isPresent()) return x;
        return tree.children(verb, "advcl").stream().filter(c -> isAddressedClause(tree, c)).findFirst();
    }

    /** An advcl marked both by "to" and by a preposition: "called [on] Israel [to] lift the blockade". */
    static boolean isAddressedClause(Tree tree, int verb) {
        if (!Tree.is(tree.relation(verb), "advcl")) return false;
        List<String> marks = tree.children(verb, "mark").stream().map(tree::word).toList();
        return marks.contains("to") && marks.stream().anyMatch(ADDRESSING::contains);
    }

    /**
     * The by-agents of a passive verb: "Kyiv was attacked [by Russian forces]"; failing those, a "by" phrase that the
     * parser hung from one of the verb's obliques: "Russia was presented with evidence [by the US]", "four children
     * were killed in shelling [by Israeli tanks]".
     */
    static List<Integer> agents(Tree tree, int verb) {
        List<Integer> out = new ArrayList<>();
        for (int o : tree.children(verb, "obl")) {
            if (tree.relation(o).equals("obl:agent") || tree.hasCase(o, "by")) {
                out.addAll(tree.withConjuncts(o));
            }
        }
        if (!out.isEmpty()) return out;
        for (int o : tree.children(verb, "obl")) {
            for (int n : tree.children(o, "nmod")) {
                if (tree.hasCase(n, "by")) out.addAll(tree.withConjuncts(n));
            }
        }
        return out;
    }

    /** Particle words the parser may hang as advmod instead of compound:prt ("taken [away] by police"). */
    private static final Set<String> ADVERB_PARTICLES = Set.of("away", "back", "off", "out", "down", "up");

    /**
     * The particles and prepositions of the clause: compound:prt of each verb, the case words of its obliques and of
     * its objects' modifiers ("called [for] talks", "broke [off] talks", "intelligence [with] the US").
     */
    static Set<String> preps(Tree tree, List<Integer> chain) {
        Set<String> out = new LinkedHashSet<>();
        for (int v : chain) {
            for (int p : tree.children(v, "compound:prt")) out.add(tree.word(p));
            // The parser hangs the same particle as advmod now and then ("taken [away] by police"): right after the
            // verb, a particle word is the particle.
            for (int p : tree.children(v, "advmod")) {
                if (p == v + 1 && ADVERB_PARTICLES.contains(tree.word(p))) out.add(tree.word(p));
            }
            if (isAddressedClause(tree, v)) {
                tree.children(v, "mark").stream().map(tree::word).filter(ADDRESSING::contains).forEach(out::add);
            }
            for (int o : obliques(tree, v)) tree.caseWord(o).ifPresent(out::add);
        }
        return out;
    }

    /**
     * The particles and prepositions on the clause's own verb, with an addressed clause's "on"/"upon": "called [for]
     * talks", "called [on] Israel to lift". A complement's prepositions are not the verb's: in "called Erdogan to
     * apologize for the case" the "for" is the apology's, so no "call for" row applies.
     */
    static Set<String> verbPreps(Tree tree, List<Integer> chain) {
        Set<String> out = preps(tree, chain.subList(0, 1));
        for (int v : chain.subList(1, chain.size())) {
            if (isAddressedClause(tree, v)) {
                tree.children(v, "mark").stream().map(tree::word).filter(ADDRESSING::contains).forEach(out::add);
            }
        }
        return out;
    }

    /** Objects and prepositional objects of the clause as lemmas, and as "modifier lemma" pairs ("military aid"). */
    static Set<String> objectWords(Tree tree, List<Integer> chain) {
        Set<String> out = new LinkedHashSet<>();
        for (int v : chain) {
            List<Integer> heads = new ArrayList<>(objects(tree, v));
            heads.addAll(obliques(tree, v));
            // "evidence was presented to Russia": a passive's subject is what the active verb's object would be.
            heads.addAll(tree.exactly(v, "nsubj:pass"));
            for (int h : heads) {
                out.add(tree.lemma(h));
                out.addAll(modified(tree, h));
            }
            // "violated the [ceasefire] agreement", "suspended the [aid] programme": a direct object's noun modifier
            // names what the verb acts on, so rows for "violate ceasefire" and "suspend aid" apply.
            for (int h : objects(tree, v)) {
                for (int m : tree.children(h, "compound")) out.add(tree.lemma(m));
                // "provided 6.3 million euros", "gave $5m": a sum of money is money to the rows ("give money" → 071)
                if (isSumOfMoney(tree, h)) out.add("money");
                // "released Mohamed Soltan": a named person is a person to the rows ("release person" → 0841)
                if (tree.token(h).ner().equals("PERSON")) out.add(PERSON_KIND);
            }
        }
        List<String> kinds = new ArrayList<>();
        for (String w : out) {
            String kind = OBJECT_KINDS.get(w);
            if (kind != null) kinds.add(kind);
        }
        out.addAll(kinds);
        return out;
    }

    /** The kind object-kinds.tsv gives people, which a PERSON entity as object also has. */
    private static final String PERSON_KIND = "person";

    /** object-kinds.tsv: "platoon" is a kind of "troop" to the rows; "-" marks a word left out on purpose. */
    private static final Map<String, String> OBJECT_KINDS = objectKinds();

    private static Map<String, String> objectKinds() {
        Map<String, String> kinds = new HashMap<>();
        for (List<String> row : Lexicon.rows(Arguments.class, "object-kinds.tsv", 2, 3)) {
            if (!row.get(1).equals("-")) kinds.put(row.get(0), row.get(1));
        }
        return Map.copyOf(kinds);
    }

    /** A noun with each of its adjective and noun modifiers, as "modifier lemma" pairs: "military aid". */
    static List<String> modified(Tree tree, int noun) {
        List<String> out = new ArrayList<>();
        for (int m : tree.children(noun, "amod", "compound")) out.add(tree.lemma(m) + " " + tree.lemma(noun));
        return out;
    }

    /** Direct objects of a verb; a verb coordinated without its own takes the first verb's: "attacked and occupied Crimea". */
    static List<Integer> objects(Tree tree, int verb) {
        List<Integer> own = tree.children(verb, "obj");
        if (own.isEmpty()) {
            List<Integer> named = namedByFreeRelative(tree, verb);
            if (!named.isEmpty()) return named;
            Optional<Integer> gov = tree.governor(verb);
            if (gov.isPresent() && isSetFree(tree, gov.get(), verb)) {
                // the one freed, wherever the parser hung it: "set [the hostages] free", "let free [the activist]"
                for (String r : List.of("iobj", "nsubj")) {
                    if (!tree.exactly(verb, r).isEmpty()) return tree.exactly(verb, r);
                }
                return tree.children(gov.get(), "obj");
            }
        }
        if (!own.isEmpty() || !tree.relation(verb).equals("conj")) return own;
        return tree.governor(verb).filter(tree::isVerb).map(g -> tree.children(g, "obj")).orElse(List.of());
    }

    /** Verbs that name what their object is: "what he calls a cowardly act". */
    private static final Set<String> NAMING_VERBS = Set.of("call", "describe", "term", "dub", "label", "brand");

    // "condemned [what he calls a cowardly act by India]": the parser hangs the free relative as a clause
    // complement whose object is "what"; the thing condemned is what the naming verb calls it.
    private static List<Integer> namedByFreeRelative(Tree tree, int verb) {
        for (int c : tree.children(verb, "ccomp")) {
            if (!NAMING_VERBS.contains(tree.lemma(c))) continue;
            List<Integer> objects = tree.children(c, "obj");
            if (objects.stream().noneMatch(o -> tree.lemma(o).equalsIgnoreCase("what"))) continue;
            List<Integer> named = new ArrayList<>(objects.stream()
                    .filter(o -> !tree.lemma(o).equalsIgnoreCase("what")).toList());
            tree.children(c, "xcomp").stream().filter(tree::isNoun).forEach(named::add);
            return named;
        }
        return List.of();
    }

    /** Prepositional dependents of a verb or noun, and those of its objects: "shared intelligence [with the US]". */
    static List<Integer> obliques(Tree tree, int head) {
        List<Integer> out = new ArrayList<>(tree.children(head, "obl", "nmod"));
        out.removeIf(o -> Tree.is(tree.relation(o), "obl:tmod", "nmod:poss", "nmod:tmod", "obl:npmod")
                || isAccordingTo(tree, o) || isTemporal(tree, o));
        // "intelligence [with the US]", "a threat of sanctions [against Iran]": one level into objects and obliques.
        List<Integer> inner = new ArrayList<>(tree.children(head, "obj"));
        inner.addAll(out);
        for (int o : inner) {
            for (int n : tree.children(o, "nmod")) {
                if (!Tree.is(tree.relation(n), "nmod:poss") && !out.contains(n)) out.add(n);
            }
        }
        return out;
    }

    // "[On] Nov. 2, Tillerson called Lavrov", "called Erdogan [on] Wednesday", "in 2019": a time phrase is no
    // argument, so its case word must not make a "call on" row match and it is never a target (time-heads.tsv).
    private static boolean isTemporal(Tree tree, int head) {
        String lemma = tree.lemma(head);
        return TIME_HEADS.contains(lemma) || YEAR.matcher(lemma).matches();
    }

    private static final Set<String> TIME_HEADS = Set.copyOf(Lexicon.words(Arguments.class, "time-heads.tsv"));
    private static final Set<String> CURRENCIES = Set.copyOf(Lexicon.words(Arguments.class, "currencies.tsv"));

    // "100 million euros" (head "euros"), "$ 90 million" (head "$", or "million" with "$" under it)
    private static boolean isSumOfMoney(Tree tree, int head) {
        if (CURRENCIES.contains(tree.lemma(head).toLowerCase(Locale.ROOT))) return true;
        return tree.token(head).pos().equals("CD") || tree.lemma(head).matches("million|billion|trillion|m|bn")
                ? tree.children(head, "compound", "nmod", "nummod", "dep").stream()
                        .anyMatch(c -> CURRENCIES.contains(tree.lemma(c).toLowerCase(Locale.ROOT)))
                : false;
    }
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

    /** How deep under the object a preposition is looked for: "3.5 million euros in funding [to] Lebanon". */
    private static final int OBJECT_DEPTH = 2;

    /**
     * The nouns a preposition introduces on an object rather than on the verb: "lifted sanctions [against] Sudan",
     * "lifted its blockade [of] Yemen", "provided 3.5 million euros in funding [to] Lebanon" (a noun under the
     * object), "lifted sanctions imposed [on] Eritrea" (a participle modifying it).
     */
    private static List<Integer> onObject(Tree tree, int noun, String slot, int depth) {
        List<Integer> out = new ArrayList<>();
        for (int n : tree.children(noun, "nmod")) {
            if (introduces(tree, n, slot)) out.addAll(tree.withConjuncts(n));
            else if (depth > 1) out.addAll(onObject(tree, n, slot, depth - 1));
        }
        for (int participle : tree.children(noun, "acl")) {
            if (!tree.isParticiple(participle)) continue;
            out.addAll(introducedBy(tree, obliques(tree, participle), slot));
        }
        return out;
    }

    /** Those of {@code heads} that {@code preposition} introduces, with their conjuncts. */
    private static List<Integer> introducedBy(Tree tree, List<Integer> heads, String preposition) {
        List<Integer> out = new ArrayList<>();
        for (int h : heads) {
            if (introduces(tree, h, preposition)) out.addAll(tree.withConjuncts(h));
        }
        return out;
    }

    private static boolean introduces(Tree tree, int head, String preposition) {
        return tree.hasCase(head, preposition);
    }

    /**
     * The candidate target heads for one slot of a dictionary entry: "obj", "iobj", "ccomp" (the subject of a
     * that-clause), "front" (whom a show of force faces, {@link Fronts}) or a preposition.
     */
    /** Whether the chain verb above the xcomp {@code v} has a named object or a pronoun: "urged [Christie] to …". */
    private static boolean controlsTheInfinitive(Tree tree, List<Integer> chain, int v) {
        if (!tree.relation(v).equals("xcomp")) return false;
        int above = chain.get(chain.indexOf(v) - 1);
        return tree.children(above, "obj").stream().map(o -> tree.token(o).pos())
                .anyMatch(pos -> pos.startsWith("NNP") || pos.equals("PRP"));
    }

    static List<Integer> slot(Tree tree, List<Integer> chain, String slot) {
        List<Integer> out = new ArrayList<>();
        for (int v : chain) {
            switch (slot) {
                case "obj" -> {
                    // "urged [Christie] to endorse the ambassador": a named object controls the infinitive below,
                    // whose own objects are the controller's business, not the urging's
                    if (v != chain.get(0) && controlsTheInfinitive(tree, chain, v)) return out;
                    objects(tree, v).forEach(o -> out.addAll(tree.withConjuncts(o)));
                }
                case "iobj" -> tree.children(v, "iobj").forEach(o -> out.addAll(tree.withConjuncts(o)));
                case "ccomp" -> tree.children(v, "ccomp").forEach(c -> subjects(tree, c).forEach(out::add));
                case Fronts.SLOT -> out.addAll(Fronts.of(tree, v));
                default -> {
                    List<Integer> onVerb = introducedBy(tree, obliques(tree, v), slot);
                    out.addAll(onVerb);
                    if (onVerb.isEmpty()) {
                        for (int o : objects(tree, v)) out.addAll(onObject(tree, o, slot, OBJECT_DEPTH));
                    }
                    // "called on [Israel] to lift": the addressee is the subject of the addressed clause.
                    if (isAddressedClause(tree, v) && tree.children(v, "mark").stream().map(tree::word)
                            .anyMatch(slot::equals)) {
                        tree.exactly(v, "nsubj").forEach(n -> out.addAll(tree.withConjuncts(n)));
                    }
                }
            }
        }
        return out;
    }
}
