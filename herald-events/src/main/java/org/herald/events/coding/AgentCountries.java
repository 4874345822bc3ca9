package org.herald.events.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.herald.events.actor.ActorCoding;
import org.herald.model.analysis.Actor;
import org.herald.model.analysis.Entity;
import org.herald.model.analysis.EntityType;
import org.herald.nlp.text.ParsedText;
import org.herald.nlp.text.Sentence;
import org.herald.nlp.text.Token;

/**
 * Gives an ownerless agent ("police", "the government", "officials", "troops", "protesters") the country the text
 * puts it in, so "police" codes as KENCOP rather than COP. Precedence, first that applies:
 * <ol>
 * <li>the country named nearest to the agent, in words, in its own sentence, outside the phrases of the event's
 * other actors: "Police in [Nairobi] fired tear gas at protesters" → KENCOP, "Troops opened fire on protesters in
 * the [Kenyan] port of Mombasa" → KENMIL; but in "Troops shelled [Ukrainian] positions" Ukraine owns the target, not
 * the troops, and in "Police arrested two [Syrians]" the Syrians are the target; nor a country inside the phrase
 * of another clause's subject ("..., the [Syrian] observatory said") or naming where someone is based ("killed by
 * government forces, the [UK]-based observatory said": the forces are not Britain's);</li>
 * <li>else, for a bare role noun only, the article's dominant country: the one named most often in the whole text,
 * the earlier named on a tie, which in a wire story is usually the dateline's ("NAIROBI, Kenya (Reuters) - ... Police
 * said on Monday" → KENCOP); a named person or organisation, or a phrase with a name in it ("the Senate", "Alibaba
 * spokesperson"), never takes the story's country (issue 9);</li>
 * <li>else the agent stays as it was ("COP"), as GDELT codes it.</li>
 * </ol>
 * The sentence's own country comes first because a story often covers several (a Kenyan story that mentions
 * Uganda's police). One instance serves one text; the article count is made on first use only.
 */
final class AgentCountries {
    /** Where the country came from: the agent's own sentence or the whole article. */
    enum Source { SENTENCE, ARTICLE }

    /** An inferred owner and where it was found. */
    record Placed(String country, Source source) {
        /** The rule-id suffix that marks an inferred actor: "+source-country:sentence". */
        String mark(String side) {
            return "+" + side + "-country:" + source.name().toLowerCase(Locale.ROOT);
        }
    }

    /** A country named at one token of a sentence. */
    private record Mention(int token, String country) {}

    /**
     * Agents that the story's country does not own: "the company", "investors", "the newspaper" are the state's no
     * more than a named firm is (issue 9: a company's country only from evidence about it); a hand look at 25 article
     * placements on the Fundus pages (../shared/eval/extraction/fundus) found these among the wrong ones.
     */
    private static final Set<String> NOT_THE_STORYS = Set.of("BUS", "MED");

    private final ParsedText text;
    private final ActorCoding actors;
    private final List<Entity> entities;
    private final Map<Integer, List<Mention>> mentions = new HashMap<>();
    private Map<String, Integer> counts;

    AgentCountries(ParsedText text, ActorCoding actors, List<Entity> entities) {
        this.text = text;
        this.actors = actors;
        this.entities = entities;
    }

    /**
     * The inferred country of an ownerless actor, when the text names one; empty for an actor with an owner.
     *
     * @param head the agent's head token
     * @param others heads of the event's other actors, whose phrases' countries are theirs, not the agent's
     */
    Optional<Placed> place(Tree tree, Actor actor, int head, List<Integer> others) {
        if (!actors.isOwnerless(actor.code())) return Optional.empty();
        // "Britain is advising [its] citizens against travel to … Pakistan": a possessive pronoun says the agent
        // belongs to someone the text has named, not to a country the sentence mentions.
        if (tree.children(head, "nmod:poss").stream().anyMatch(o -> tree.token(o).pos().equals("PRP$"))) {
            return Optional.empty();
        }
        Mention nearest = null;
        Map<String, Integer> theirs = new HashMap<>();
        boolean named = isNamed(tree, actor, head);
        for (Mention m : mentionsOf(tree.sentence())) {
            if (others.stream().anyMatch(o -> tree.dominates(o, m.token()))) {
                theirs.merge(m.country(), 1, Integer::sum);
                continue;
            }
            // "But Connolly has gone farther, defending Hamas' right to play a role in any [Palestinian] state": a
            // named person's country comes from their own phrase ("Irish senator Connolly"); where they act or
            // what they speak of is no evidence about them, as a US envoy in Kyiv is not Ukraine's.
            if (named && !tree.inOwnPhrase(head, m.token())) continue;
            if (inAnotherPhrase(tree, m.token(), head)) continue;
            // An unnamed attacker is whose only its own words say ("[Nigerian] gunmen", "gunmen [from] Mali"): the
            // place of the attack is the victim's ("an assassination in [Tehran]", "killed in an ambush in [Niger]"),
            // and giving the attacker that country turns an attack from abroad into a domestic one (hand check of
            // issue 9: IRNUAF, UKRUAF). The place stays the event's location.
            if (actor.code().equals(UnnamedAttackers.CODE) && !describesTheAttacker(tree, head, m.token())) continue;
            if (!saysWhose(tree, head, m.token())) {
                // the sentence gives that country to another party: it weighs against the article's too
                theirs.merge(m.country(), 1, Integer::sum);
                continue;
            }
            if (nearest == null || Math.abs(m.token() - head) < Math.abs(nearest.token() - head)) nearest = m;
        }
        if (nearest != null) return Optional.of(new Placed(nearest.country(), Source.SENTENCE));
        // nor is the country the story is about: an airstrike in an Iran story may well be another country's
        if (named || NOT_THE_STORYS.contains(actor.code()) || isMunition(tree, head)
                || actor.code().equals(UnnamedAttackers.CODE)) {
            return Optional.empty();
        }
        return dominant(theirs).map(c -> new Placed(c, Source.ARTICLE));
    }

    // "[Nigerian] gunmen", "[Iran]'s proxies", "gunmen [from] Mali": words on the attacker noun itself. The verb of an
    // attack with no doer named ("was shot dead in [Nairobi]") and the attack's own place ("an ambush in [Niger]")
    // say where, not whose.
    private static boolean describesTheAttacker(Tree tree, int head, int mention) {
        if (!tree.isNoun(head) || tree.governor(mention).filter(g -> g == head).isEmpty()) return false;
        String relation = tree.relation(mention);
        if (Tree.is(relation, "amod", "compound", "nmod:poss")) return true;
        return Tree.is(relation, "nmod") && tree.caseWord(mention).filter(c -> c.equals("from") || c.equals("of"))
                .isPresent();
    }

    /**
     * Whether the agent is a named person or organisation, or a phrase with a name in it ("[Alibaba] spokesperson",
     * "the [Trump] administration", "Gordon Sondland", "he" standing for a person), whose country must come from
     * evidence about it (its title, an apposition, a table), never from what the story is about: a US ambassador in
     * a Ukraine story is not Ukraine's. A bare role noun ("police", "the Government", "protesters") takes the
     * article's country; so does a one-word institution the tagger makes an organisation ("Police said").
     */
    private boolean isNamed(Tree tree, Actor actor, int head) {
        Optional<Entity> entity = actor.entityIn(entities);
        if (entity.isPresent()) {
            return entity.get().type() == EntityType.PERSON || entity.get().name().trim().contains(" ");
        }
        for (int c : tree.children(head, "compound", "flat", "nmod:poss", "appos", "amod")) {
            if (isProperNoun(tree, c)) return true;
        }
        return false;
    }

    // The tagger often reads a capitalised first word as a name ("Police arrested …"): that capital is evidence only
    // when the word is an entity's ("Alibaba spokesperson …").
    private boolean isProperNoun(Tree tree, int i) {
        Token t = tree.token(i);
        if (!t.pos().startsWith("NNP")) return false;
        return i > 0 || entities.stream().flatMap(e -> e.mentions().stream()).anyMatch(m -> m.span().overlaps(t.span()));
    }

    /**
     * Whether the country at {@code mention} modifies the phrase of another clause's subject, which the agent at
     * {@code head} is no part of: climbing through modifiers (amod, compound, nmod, obl, acl) to the phrase's top,
     * "killed by government forces, the [Syrian] observatory said" reaches "observatory", subject of "said". A top
     * above the agent keeps the country: "Troops opened fire on protesters in the [Kenyan] port of Mombasa" climbs
     * to "opened", the troops' own verb.
     */
    private static boolean inAnotherPhrase(Tree tree, int mention, int head) {
        int top = mention;
        while (Tree.is(tree.relation(top), "amod", "compound", "nmod", "obl", "acl", "flat")) {
            Optional<Integer> up = tree.governor(top);
            if (up.isEmpty()) break;
            top = up.get();
        }
        if (top == head || tree.dominates(top, head) || tree.dominates(head, top)) return false;
        return Tree.is(tree.relation(top), "nsubj");
    }

    /** Prepositions that say where something happens: "police [in] Nairobi", "fired on protesters [in] the port". */
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "across", "throughout", "inside",
            "around", "within", "outside");
    /**
     * Prepositions that bring in another party of the act, whose country is theirs: "a cowardly act [by] India",
     * "support [to] Ukraine", "talks [with] Iran", "sanctions [against] Russia".
     */
    private static final Set<String> PARTY = Set.of("by", "to", "toward", "towards", "against", "with", "from", "on",
            "for", "into", "over", "between", "among", "upon");
    /** Agents that are weapons: where they hit says nothing of whose they are ("killed by an airstrike in Tehran"). */
    private static final Set<String> MUNITIONS = Set.of("airstrike", "strike", "missile", "drone", "rocket", "shell",
            "bomb", "shelling", "bombardment", "artillery", "bombing", "raid");

    /**
     * Whether a country mention the agent's clause holds says whose the agent is. One in the agent's own phrase does
     * ("the [Israeli] army"), and so does one saying where the act happens ("police [in] Nairobi", "[in] the Kenyan
     * port of Mombasa") or whose the thing acted on is ("boycott [Algeria]'s elections"); one another party brings in
     * does not ("condemned what he calls a cowardly act [by] India" is no Indian condemnation: a hand check of 100
     * events on the Trafilatura and Fundus pages found 7 such). For a munition only its own modifiers count: where
     * an airstrike hit is no clue whose it was ("an airstrike in Tehran").
     */
    private static boolean saysWhose(Tree tree, int head, int mention) {
        boolean own = tree.inOwnPhrase(head, mention);
        Optional<String> preposition = prepositionOf(tree, mention);
        if (isMunition(tree, head)) return own && preposition.filter(LOCATIVE::contains).isEmpty();
        return own || preposition.filter(PARTY::contains).isEmpty();
    }

    private static boolean isMunition(Tree tree, int head) {
        return MUNITIONS.contains(tree.lemma(head));
    }

    /**
     * The preposition that brings a country mention's phrase into the clause, climbing through its modifiers and
     * "of" phrases ("[in] the Kenyan port of Mombasa"); empty when none does ("Algeria's elections" as an object).
     */
    private static Optional<String> prepositionOf(Tree tree, int mention) {
        int n = mention;
        for (int steps = 0; steps < 4; steps++) {
            for (int c : tree.children(n, "case")) {
                String word = tree.word(c).toLowerCase(Locale.ROOT);
                if (!word.equals("of") && !word.equals("'s")) return Optional.of(word);
            }
            boolean up = Tree.is(tree.relation(n), "amod", "compound", "flat", "nmod:poss")
                    || tree.relation(n).startsWith("nmod") && tree.hasCase(n, "of");
            if (!up || tree.governor(n).isEmpty()) return Optional.empty();
            n = tree.governor(n).get();
        }
        return Optional.empty();
    }

    // "the [UK]-based observatory", "a [London]-based group": where an organisation sits, not whose it is, nor what
    // the story is about. CoreNLP splits "UK-based" into "UK", "-", "based"; a single token is also checked.
    private static boolean isBase(Sentence s, int i) {
        List<Token> tokens = s.tokens();
        if (tokens.get(i).text().toLowerCase(Locale.ROOT).endsWith("-based")) return true;
        return i + 2 < tokens.size() && tokens.get(i + 1).text().equals("-")
                && tokens.get(i + 2).text().equalsIgnoreCase("based");
    }

    // A sentence is scanned once, on first use.
    private List<Mention> mentionsOf(Sentence s) {
        return mentions.computeIfAbsent(s.index(), k -> {
            List<Mention> out = new ArrayList<>();
            for (int i = 0; i < s.tokens().size(); i++) {
                int at = i;
                if (isBase(s, i)) continue;
                actors.countryNamedAt(s, i).ifPresent(c -> out.add(new Mention(at, c)));
            }
            return out;
        });
    }

    // The other actors' own countries are not counted: in "Police arrested two Syrians", alone in its article, the
    // police are not Syria's.
    private Optional<String> dominant(Map<String, Integer> theirs) {
        String best = null;
        int most = 0;
        for (Map.Entry<String, Integer> e : counts().entrySet()) {
            int n = e.getValue() - theirs.getOrDefault(e.getKey(), 0);
            if (n > most) {
                best = e.getKey();
                most = n;
            }
        }
        return Optional.ofNullable(best);
    }

    // Mentions per country over the whole text, in order of first mention; made once, on first use.
    private Map<String, Integer> counts() {
        if (counts != null) return counts;
        counts = new LinkedHashMap<>();
        for (Sentence s : text.sentences()) {
            Mention previous = null;
            for (Mention m : mentionsOf(s)) {
                // "the [United] [States]": one name, one mention.
                boolean sameName = previous != null && previous.token() == m.token() - 1
                        && previous.country().equals(m.country());
                if (!sameName) counts.merge(m.country(), 1, Integer::sum);
                previous = m;
            }
        }
        return counts;
    }
}
