package org.herald.events.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.herald.nlp.text.Dependency;
import org.herald.nlp.text.Sentence;
import org.herald.nlp.text.Token;

/**
 * Read-only questions about one sentence's dependency tree, by UD relation name. A relation "obl" also matches its
 * subtypes ("obl:tmod"), so callers ask for the family they mean.
 */
final class Tree {
    private final Sentence sentence;

    Tree(Sentence sentence) {
        this.sentence = sentence;
    }

    /**
     * The sentence's tree with two parser confusions undone. A gerund or bare verb attached to a verb as "acl" (a
     * relation UD keeps for nouns) is that verb's open complement, "xcomp", when it has no subject of its own: "is
     * considering [sending] aid" parsed acl(considering, sending) means what "considering to send" would. And a noun
     * the parser hangs as "mark" or "dep" on the clause that follows it is the object of the verb before it, when
     * that verb has none: in "expressed [hopes] the government will change", mark(change, hopes) reads the noun as
     * a conjunction, and the statement "expressed hopes" is lost; the same noun read as a verb is undone too
     * ({@link #verbedNounUndone}).
     */
    static Tree repaired(Sentence sentence) {
        return repaired(sentence, lemma -> true);
    }

    /**
     * As {@link #repaired(Sentence)}, and also the reduced relative the tagger read as a past tense ("released two
     * priests [kidnapped] earlier this week", kidnapped/VBD) when the verb before it is no verb of saying or thinking:
     * {@code takesClauses} tells those ("said protesters gathered outside" is a clause).
     */
    static Tree repaired(Sentence sentence, java.util.function.Predicate<String> takesClauses) {
        List<Dependency> deps = sentence.dependencies();
        List<Dependency> out = null;
        for (int k = 0; k < deps.size(); k++) {
            Dependency d = deps.get(k);
            Optional<Dependency> fixed = aclAsXcomp(sentence, d).or(() -> markAsObject(sentence, d));
            if (fixed.isEmpty()) continue;
            if (out == null) out = new ArrayList<>(deps);
            out.set(k, fixed.get());
        }
        out = verbedNounUndone(sentence, out == null ? deps : out);
        out = frontedPhraseUnsubjected(sentence, out);
        out = reducedRelativeUndone(sentence, out, takesClauses);
        return new Tree(out == deps ? sentence
                : new Sentence(sentence.index(), sentence.span(), sentence.tokens(), out));
    }

    /**
     * "Speaking French, she discussed …" parsed as nsubj(discussed, French) beside nsubj(discussed, she): a verb has
     * one subject, and a personal pronoun after a comma is it; the phrase fronted before the comma is no doer.
     */
    private static List<Dependency> frontedPhraseUnsubjected(Sentence sentence, List<Dependency> deps) {
        for (int k = 0; k < deps.size(); k++) {
            Dependency pronoun = deps.get(k);
            if (!pronoun.relation().equals("nsubj") || pronoun.governor() < 0) continue;
            if (!sentence.tokens().get(pronoun.dependent()).pos().equals("PRP")) continue;
            int comma = pronoun.dependent() - 1;
            if (comma < 0 || !sentence.tokens().get(comma).text().equals(",")) continue;
            for (int j = 0; j < deps.size(); j++) {
                Dependency other = deps.get(j);
                if (j == k || !other.relation().equals("nsubj") || other.governor() != pronoun.governor()
                        || other.dependent() >= comma) continue;
                List<Dependency> out = new ArrayList<>(deps);
                out.set(j, new Dependency(other.governor(), "dep", other.dependent()));
                return out;
            }
        }
        return deps;
    }

    /**
     * "expressed hopes the government will release …" parsed with "hopes" as a verb: nsubj(release, hopes) and
     * obj(hopes, government). A subject that has an object of its own is the tagger's noun-or-verb confusion; when it
     * stands right after a verb that has no object and heads that verb's clausal complement, it is that verb's
     * object and its own "object" the clause's subject.
     */
    private static List<Dependency> verbedNounUndone(Sentence sentence, List<Dependency> deps) {
        for (int k = 0; k < deps.size(); k++) {
            Dependency subject = deps.get(k);
            if (!subject.relation().equals("nsubj") || subject.governor() < 0) continue;
            int noun = subject.dependent();
            int clause = subject.governor();
            int verb = noun - 1;
            if (verb < 0 || !sentence.tokens().get(verb).pos().startsWith("VB")) continue;
            if (!has(deps, verb, "ccomp", clause) || hasRelation(deps, verb, "obj")) continue;
            int own = dependentOf(deps, noun, "obj");
            if (own < 0) continue;
            List<Dependency> out = new ArrayList<>(deps);
            out.set(k, new Dependency(verb, "obj", noun));
            out.set(out.indexOf(new Dependency(noun, "obj", own)), new Dependency(clause, "nsubj", own));
            return out;
        }
        return deps;
    }

    /**
     * "will not accept refugees [sent] by Australia" parsed as a clause: ccomp(accept, sent) with nsubj(sent,
     * refugees). A bare past participle (VBN, no auxiliary, no mark) complementing a verb that has no object, its
     * "subject" standing between the two, is a reduced relative on the verb's object: obj(accept, refugees) and
     * acl(refugees, sent).
     */
    private static List<Dependency> reducedRelativeUndone(Sentence sentence, List<Dependency> deps,
            java.util.function.Predicate<String> takesClauses) {
        for (int k = 0; k < deps.size(); k++) {
            Dependency complement = deps.get(k);
            if (!complement.relation().equals("ccomp") || complement.governor() < 0) continue;
            int verb = complement.governor();
            int participle = complement.dependent();
            String tag = sentence.tokens().get(participle).pos();
            boolean pastAsParticiple = tag.equals("VBD") && !takesClauses.test(sentence.tokens().get(verb).lemma())
                    && sentence.tokens().get(participle).text().toLowerCase(Locale.ROOT).endsWith("ed")
                    && !hasRelation(deps, participle, "obj") && !hasRelation(deps, participle, "ccomp")
                    && !hasRelation(deps, participle, "xcomp");
            if (!(tag.equals("VBN") || pastAsParticiple) || hasRelation(deps, verb, "obj")) continue;
            if (hasRelation(deps, participle, "aux") || hasRelation(deps, participle, "aux:pass")
                    || hasRelation(deps, participle, "mark")) {
                continue;
            }
            int noun = dependentOf(deps, participle, "nsubj");
            if (noun < 0 || noun < verb || noun > participle || !sentence.tokens().get(noun).pos().startsWith("NN")) {
                continue;
            }
            List<Dependency> out = new ArrayList<>(deps);
            out.set(k, new Dependency(noun, "acl", participle));
            out.set(out.indexOf(new Dependency(participle, "nsubj", noun)), new Dependency(verb, "obj", noun));
            return out;
        }
        return deps;
    }

    private static boolean has(List<Dependency> deps, int governor, String relation, int dependent) {
        return deps.contains(new Dependency(governor, relation, dependent));
    }

    private static boolean hasRelation(List<Dependency> deps, int governor, String relation) {
        return deps.stream().anyMatch(d -> d.governor() == governor && d.relation().equals(relation));
    }

    // The first dependent of {@code governor} by {@code relation}, or -1.
    private static int dependentOf(List<Dependency> deps, int governor, String relation) {
        return deps.stream().filter(d -> d.governor() == governor && d.relation().equals(relation))
                .mapToInt(Dependency::dependent).findFirst().orElse(-1);
    }

    private static Optional<Dependency> aclAsXcomp(Sentence sentence, Dependency d) {
        if (!d.relation().equals("acl") || d.governor() < 0) return Optional.empty();
        String head = sentence.tokens().get(d.governor()).pos();
        String dependent = sentence.tokens().get(d.dependent()).pos();
        if (!head.startsWith("VB") || !(dependent.equals("VBG") || dependent.equals("VB"))) return Optional.empty();
        boolean ownSubject = sentence.children(d.dependent()).stream()
                .anyMatch(c -> c.relation().startsWith("nsubj"));
        if (ownSubject) return Optional.empty();
        return Optional.of(new Dependency(d.governor(), "xcomp", d.dependent()));
    }

    private static Optional<Dependency> markAsObject(Sentence sentence, Dependency d) {
        if (!(d.relation().equals("mark") || d.relation().equals("dep")) || d.governor() < 0) return Optional.empty();
        int noun = d.dependent();
        int clause = d.governor();
        String pos = sentence.tokens().get(noun).pos();
        // A verb is never a subordinating conjunction: a "mark" tagged VBZ is the tagger's noun-or-verb confusion.
        boolean nounLike = pos.startsWith("NN") || d.relation().equals("mark") && pos.equals("VBZ");
        if (!nounLike || noun > clause) return Optional.empty();
        Optional<Dependency> up = sentence.head(clause);
        if (up.isEmpty() || up.get().governor() < 0 || !Set.of("ccomp", "dep").contains(up.get().relation())) {
            return Optional.empty();
        }
        int verb = up.get().governor();
        if (!sentence.tokens().get(verb).pos().startsWith("VB") || verb > noun) return Optional.empty();
        boolean hasObject = sentence.children(verb).stream().anyMatch(c -> c.relation().equals("obj"));
        if (hasObject) return Optional.empty();
        return Optional.of(new Dependency(verb, "obj", noun));
    }

    Sentence sentence() {
        return sentence;
    }

    Token token(int i) {
        return sentence.tokens().get(i);
    }

    String lemma(int i) {
        return token(i).lemma().toLowerCase(Locale.ROOT);
    }

    /** The token in lower case, a typographic apostrophe read as a plain one: "n’t" is "n't" to every cue table. */
    String word(int i) {
        return token(i).text().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    boolean isVerb(int i) {
        return token(i).pos().startsWith("VB");
    }

    /**
     * A past participle: tagged VBN, or tagged VBD but hung on a noun as "acl", which only a participle can be
     * ("two priests [kidnapped] last week", the tagger's past tense).
     */
    boolean isParticiple(int i) {
        String pos = token(i).pos();
        return pos.equals("VBN") || pos.equals("VBD") && relation(i).equals("acl");
    }

    boolean isNoun(int i) {
        return token(i).pos().startsWith("NN");
    }

    /** The parse as "relation(head, dependent)" items, for traces: "nsubj(received, rebels) obj(received, weapons)". */
    String describe() {
        StringBuilder b = new StringBuilder();
        for (Dependency d : sentence.dependencies()) {
            if (b.length() > 0) b.append(' ');
            b.append(d.relation()).append('(').append(d.governor() < 0 ? "ROOT" : token(d.governor()).text())
                    .append(", ").append(token(d.dependent()).text()).append(')');
        }
        return b.toString();
    }

    /** The relation attaching {@code i} to its head ("root" for the root). */
    String relation(int i) {
        return sentence.head(i).map(Dependency::relation).orElse("root");
    }

    Optional<Integer> governor(int i) {
        return sentence.head(i).map(Dependency::governor).filter(g -> g >= 0);
    }

    /** Dependents of {@code i} whose relation is one of {@code relations} or a subtype of one. */
    List<Integer> children(int i, String... relations) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : sentence.children(i)) {
            if (is(d.relation(), relations)) out.add(d.dependent());
        }
        return out;
    }

    /** Dependents of {@code i} attached by exactly {@code relation}: "nsubj" here leaves out "nsubj:pass". */
    List<Integer> exactly(int i, String relation) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : sentence.children(i)) {
            if (d.relation().equals(relation)) out.add(d.dependent());
        }
        return out;
    }

    Optional<Integer> child(int i, String... relations) {
        List<Integer> c = children(i, relations);
        return c.isEmpty() ? Optional.empty() : Optional.of(c.get(0));
    }

    /** The preposition of an oblique or nominal modifier: "on" for "on Iran", "by" for "by Russian forces". */
    Optional<String> caseWord(int i) {
        return child(i, "case").map(this::word);
    }

    /** Whether {@code i} is introduced by the preposition {@code word}: "[between] troops and rebels". */
    boolean hasCase(int i, String word) {
        return caseWord(i).filter(word::equals).isPresent();
    }

    /** {@code i} and the tokens coordinated with it: "Russia and China" → Russia, China. */
    List<Integer> withConjuncts(int i) {
        List<Integer> out = new ArrayList<>();
        out.add(i);
        for (int c : children(i, "conj")) {
            if (token(c).pos().equals(token(i).pos()) || isNoun(c) == isNoun(i)) out.add(c);
        }
        return out;
    }

    /** Whether {@code i} lies below {@code ancestor} in the tree (or is it). */
    boolean dominates(int ancestor, int i) {
        return reaches(ancestor, i, relation -> false);
    }

    /**
     * Whether {@code i} is in the phrase of {@code ancestor} itself, not in a clause hung on it: "an airstrike in
     * Tehran" holds Tehran, but "an airstrike in Tehran, where he attended the inauguration of [Iran]'s president"
     * reaches Iran only through a relative clause, which says nothing of whose the airstrike was.
     */
    boolean inOwnPhrase(int ancestor, int i) {
        return reaches(ancestor, i, relation -> relation.equals("acl:relcl")
                || is(relation, "ccomp", "advcl", "parataxis"));
    }

    /** Whether climbing from {@code i} reaches {@code ancestor} without leaving a token by a {@code barrier} edge. */
    private boolean reaches(int ancestor, int i, java.util.function.Predicate<String> barrier) {
        int cur = i;
        for (int steps = 0; steps < sentence.tokens().size(); steps++) {
            if (cur == ancestor) return true;
            if (barrier.test(relation(cur))) return false;
            Optional<Integer> g = governor(cur);
            if (g.isEmpty()) return false;
            cur = g.get();
        }
        return false;
    }

    /** One step up the tree: the token reached and the relation of the edge climbed to reach it. */
    record Step(int token, String via) {}

    /** The ancestors of {@code i}, nearest first, each with the relation of the edge below it. */
    List<Step> ancestors(int i) {
        List<Step> out = new ArrayList<>();
        int cur = i;
        for (int steps = 0; steps < sentence.tokens().size(); steps++) {
            String via = relation(cur);
            Optional<Integer> g = governor(cur);
            if (g.isEmpty()) break;
            out.add(new Step(g.get(), via));
            cur = g.get();
        }
        return out;
    }

    /**
     * {@code i} and the ancestors that belong to its own clause chain, climbed through xcomp, acl and obj
     * ("did not [launch] an attack", "has no [plans] to invade", "[agreed] to meet"), not through ccomp.
     */
    List<Integer> clauseChain(int i) {
        List<Integer> out = new ArrayList<>();
        out.add(i);
        for (Step s : ancestors(i)) {
            int below = out.get(out.size() - 1);
            if (!is(relation(below), "xcomp", "acl", "obj")) break;
            out.add(s.token());
        }
        return out;
    }

    /**
     * The clause chain of {@code i}, and when {@code i} is a verb conjunct with no subject and no auxiliary of its
     * own, the chain of the verb it is coordinated with as well: the conjunct shares that verb's auxiliaries ("my
     * ministers will strengthen the rules and [encourage] participation", "could invade and [occupy] the city").
     */
    List<Integer> sharedAuxiliaryChain(int i) {
        List<Integer> out = new ArrayList<>(clauseChain(i));
        int cur = i;
        for (int steps = 0; steps < sentence.tokens().size(); steps++) {
            Optional<Integer> head = governor(cur);
            if (head.isEmpty() || !relation(cur).equals("conj") || !isVerb(cur) || !isVerb(head.get())) break;
            if (!children(cur, "nsubj", "nsubj:pass", "expl", "aux", "aux:pass", "mark").isEmpty()) break;
            out.addAll(clauseChain(head.get()));
            cur = head.get();
        }
        return out;
    }

    static boolean is(String relation, String... families) {
        for (String f : families) {
            if (relation.equals(f) || relation.startsWith(f + ":")) return true;
        }
        return false;
    }
}
