package org.herald.nlp.quote;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.herald.model.Span;
import org.herald.model.analysis.Cue;
import org.herald.model.analysis.Entity;
import org.herald.model.analysis.Speaker;
import org.herald.nlp.text.Dependency;
import org.herald.nlp.text.Sentence;
import org.herald.nlp.text.Token;

/** Reads a cue from the tree: a reporting verb with its speaker and addressee, or "according to X". */
final class Cues {
    private final QuoteLexicons lexicons;
    private final SpeakerLinker linker;

    Cues(QuoteLexicons lexicons, SpeakerLinker linker) {
        this.lexicons = lexicons;
        this.linker = linker;
    }

    /** A verb that can introduce a direct quote: a speech verb, not a cognition verb ("“…,” I think" is no cue). */
    boolean isReportingVerb(Token t) {
        return Trees.isVerb(t) && lexicons.verb(t.lemma()).filter(v -> !v.belief()).isPresent();
    }

    Optional<QuoteLexicons.Verb> verb(Token t) {
        return Trees.isVerb(t) ? lexicons.verb(t.lemma()) : Optional.empty();
    }

    /**
     * The attribution made by reporting verb {@code verb}: its subject is the speaker ("Lavrov said", "said Lavrov"),
     * its object the addressee when the verb takes one ("told reporters"). Empty when no speaker can be found.
     */
    Optional<Attribution> fromVerb(Sentence s, int verb, String body, List<Entity> entities, String rule) {
        return fromVerb(s, verb, body, entities, rule, List.of());
    }

    /**
     * As {@link #fromVerb(Sentence, int, String, List, String)}, but a speaker is never words inside quotation
     * marks: ''My business in 2006, it got bad,'' Mr. Hutto said → the parser may take "business" for the subject
     * of "said"; the speaker is then the noun phrase next to the verb outside the marks ("Mr. Hutto").
     */
    Optional<Attribution> fromVerb(Sentence s, int verb, String body, List<Entity> entities, String rule,
                                   List<MarkedQuote> marked) {
        // Syed Farook's name was announced … as a "workplace" issue: a passive verb's subject is what was said or
        // who was told, never the speaker; its agent is
        if (passive(s, verb)) return fromPassiveVerb(s, verb, body, entities, rule);
        Optional<Integer> subject = subject(s, verb, lexicons.verb(s.tokens().get(verb).lemma())
                .map(QuoteLexicons.Verb::takesAddressee).orElse(false));
        if (subject.isPresent() && quoted(Trees.nounPhrase(s, subject.get()).span(), marked)) {
            subject = besideVerb(s, verb, marked);
        }
        if (subject.isPresent() && inDateline(s, subject.get(), body)) subject = afterDateline(s, verb, body);
        if (subject.isEmpty()) return Optional.empty();
        return withSpeaker(s, verb, subject.get(), body, entities, rule);
    }

    /** Dashes that close a dateline: WASHINGTON ― …, DALLAS (AP) — …, MACAU (Reuters) – … */
    private static final Set<String> DATELINE_DASHES = Set.of("―", "—", "–", "--", "-");
    /** A dateline is a place and an agency: a handful of tokens before its dash. */
    private static final int MAX_DATELINE_TOKENS = 8;

    /**
     * Whether the token lies in the dateline that opens its paragraph: WASHINGTON (AFP) – Democrat Hillary Clinton
     * has taken a swipe …, saying → some parses make "WASHINGTON" the subject; a place in a dateline says nothing.
     */
    private static boolean inDateline(Sentence s, int token, String body) {
        int dash = datelineDash(s, body);
        return dash > 0 && token < dash;
    }

    private static int datelineDash(Sentence s, String body) {
        List<Token> tokens = s.tokens();
        int start = tokens.get(0).span().start();
        if (start > 0 && body.charAt(start - 1) != '\n') return -1;
        for (int i = 1; i < tokens.size() && i <= MAX_DATELINE_TOKENS; i++) {
            Token t = tokens.get(i);
            if (DATELINE_DASHES.contains(t.text())) return i;
            boolean placeOrAgency = t.pos().startsWith("NNP") || Trees.isPunct(t);
            if (!placeOrAgency) return -1;
        }
        return -1;
    }

    /** The speaker after the dateline: the head of the first noun phrase after its dash, when it precedes the verb. */
    private static Optional<Integer> afterDateline(Sentence s, int verb, String body) {
        int dash = datelineDash(s, body);
        List<Token> tokens = s.tokens();
        for (int i = dash + 1; i < verb; i++) {
            if (!isNominal(tokens.get(i))) continue;
            int head = i;
            for (int hop = 0; hop < 4; hop++) {
                Optional<Dependency> up = s.head(head);
                if (up.isEmpty() || !Set.of("compound", "flat", "flat:name", "amod", "det").contains(up.get().relation())
                        || up.get().governor() >= verb) {
                    break;
                }
                head = up.get().governor();
            }
            return Optional.of(head);
        }
        return Optional.empty();
    }

    /**
     * The attribution of a reporting verb in the passive: its agent is the speaker ("it was reported by the Times
     * that …"); without one there is no speaker ("Trump was told that …" names the addressee, "it is said that …"
     * no one), so the attribution is empty.
     */
    Optional<Attribution> fromPassiveVerb(Sentence s, int verb, String body, List<Entity> entities, String rule) {
        for (Dependency d : s.children(verb)) {
            boolean agent = d.relation().equals("obl:agent") || d.relation().startsWith("obl")
                    && Trees.child(s, d.dependent(), "case").filter(c -> s.tokens().get(c).text()
                    .equalsIgnoreCase("by")).isPresent();
            if (agent && d.dependent() > verb) return withSpeaker(s, verb, d.dependent(), body, entities, rule);
        }
        return Optional.empty();
    }

    /**
     * Whether the verb is passive: "was told", "is believed", "were reported". Only a past participle is: across a
     * quotation the parser sometimes hangs a passive subject on "…,” he said (VBD), which is active.
     */
    static boolean passive(Sentence s, int verb) {
        return s.tokens().get(verb).pos().equals("VBN") && Trees.child(s, verb, "nsubj:pass", "aux:pass").isPresent();
    }

    private Optional<Attribution> withSpeaker(Sentence s, int verb, int subject, String body, List<Entity> entities,
                                              String rule) {
        Phrase speakerPhrase = Trees.nounPhrase(s, subject);
        Speaker speaker = linker.link(speakerPhrase, body, entities);
        Token v = s.tokens().get(verb);
        int cueEnd = v.span().end();
        Optional<Integer> particle = Trees.child(s, verb, "compound:prt");
        if (particle.isPresent() && particle.get() > verb) cueEnd = s.tokens().get(particle.get()).span().end();
        Optional<String> addressee = Optional.empty();
        if (lexicons.verb(v.lemma()).map(QuoteLexicons.Verb::takesAddressee).orElse(false)) {
            Optional<Integer> object = Trees.child(s, verb, "iobj", "obj");
            if (object.isPresent() && object.get() > verb && !object.get().equals(subject)) {
                Phrase to = Trees.nounPhrase(s, object.get());
                addressee = Optional.of(to.text(body));
                // "told reporters" is the cue; "told the BBC in an interview" keeps only "told the BBC"
                if (to.from() <= verb + 2) cueEnd = Math.max(cueEnd, to.span().end());
            }
        }
        Span cueSpan = new Span(v.span().start(), cueEnd);
        return Optional.of(new Attribution(Optional.of(speaker), Optional.of(new Cue(cueSpan.of(body), cueSpan)),
                addressee, rule));
    }

    /** "… according to Interfax" → the attribution to Interfax, cue "according to". */
    Optional<Attribution> accordingTo(Sentence s, int according, String body, List<Entity> entities, String rule) {
        List<Token> tokens = s.tokens();
        if (according + 1 >= tokens.size() || !tokens.get(according).text().equalsIgnoreCase("according")
                || !tokens.get(according + 1).text().equalsIgnoreCase("to")) {
            return Optional.empty();
        }
        Optional<Dependency> head = s.head(according);
        int source = head.isPresent() && head.get().governor() > according + 1 ? head.get().governor() : according + 2;
        if (source >= tokens.size() || Trees.isPunct(tokens.get(source))) return Optional.empty();
        Speaker speaker = linker.link(Trees.nounPhrase(s, source), body, entities);
        Span cueSpan = new Span(tokens.get(according).span().start(), tokens.get(according + 1).span().end());
        return Optional.of(new Attribution(Optional.of(speaker), Optional.of(new Cue(cueSpan.of(body), cueSpan)),
                Optional.empty(), rule));
    }

    /** Attribution by a colon with no reporting verb: "The minister was blunt: “…”" → the clause's subject. */
    Optional<Attribution> colon(Sentence s, int colon, String body, List<Entity> entities, String rule) {
        for (int i = colon - 1; i >= 0; i--) {
            Optional<Integer> subject = Trees.child(s, i, "nsubj", "nsubj:pass");
            if (subject.isPresent() && subject.get() < colon) {
                Speaker speaker = linker.link(Trees.nounPhrase(s, subject.get()), body, entities);
                Span cueSpan = s.tokens().get(colon).span();
                return Optional.of(new Attribution(Optional.of(speaker),
                        Optional.of(new Cue(cueSpan.of(body), cueSpan)), Optional.empty(), rule));
            }
        }
        // Kasich: ‘We are going all the way’ (a headline): a name alone before the colon is the speaker
        boolean nameOnly = colon > 0 && colon <= 4;
        for (int i = 0; i < colon && nameOnly; i++) nameOnly = s.tokens().get(i).pos().startsWith("NNP");
        if (nameOnly) {
            Speaker speaker = linker.link(Trees.nounPhrase(s, colon - 1), body, entities);
            Span cueSpan = s.tokens().get(colon).span();
            return Optional.of(new Attribution(Optional.of(speaker), Optional.of(new Cue(cueSpan.of(body), cueSpan)),
                    Optional.empty(), rule));
        }
        return Optional.empty();
    }

    /**
     * The subject of a reporting verb, looking through relative clauses ("Lavrov, who said …"), coordination
     * ("Lavrov arrived and said …") and adverbial clauses ("…," he said, adding that …).
     */
    private static Optional<Integer> subject(Sentence s, int verb, boolean takesAddressee) {
        int current = verb;
        for (int hop = 0; hop < 3; hop++) {
            Optional<Integer> subject = Trees.child(s, current, "nsubj", "nsubj:pass");
            Optional<Dependency> head = s.head(current);
            String relation = head.map(Dependency::relation).orElse("root");
            if (subject.isPresent()) {
                String pos = s.tokens().get(subject.get()).pos();
                if (pos.equals("WP") || pos.equals("WDT")) {
                    // those "who put the interest …", said X / X, who said …: the relative pronoun stands for the
                    // noun its clause hangs on
                    Optional<Integer> antecedent = relativeAntecedent(s, current);
                    if (antecedent.isPresent()) return antecedent;
                }
                return Optional.of(parentheticalSpeaker(s, subject.get(), verb));
            }
            if (hop == 0 && relation.equals("acl:relcl") && head.get().governor() < verb
                    && isNominal(s.tokens().get(head.get().governor()))) {
                // "…," Harry Bond, 30, who was among those polled, said → "said" parsed as Bond's relative clause
                return Optional.of(head.get().governor());
            }
            if (hop == 0 && verb > 0 && !takesAddressee && afterQuote(s, verb)) {
                // "…," said the lead mediator, Amélie Roux / "…," said McDonald: some parses attach the inverted
                // subject as an object or an xcomp. Not "telling the crowd, “…”": the object of tell is its addressee.
                Optional<Integer> inverted = Trees.child(s, current, "obj", "dep", "obl:npmod", "xcomp");
                if (inverted.isPresent() && inverted.get() > verb && isNominal(s.tokens().get(inverted.get()))) {
                    return inverted;
                }
            }
            // "He defended the law, saying it would …" hangs "saying" on "defended" as conj, advcl, xcomp or dep
            if (!(relation.equals("conj") || relation.equals("advcl") || relation.equals("xcomp")
                    || relation.equals("dep"))) {
                break;
            }
            current = head.get().governor();
        }
        return Optional.empty();
    }

    /** The noun a relative clause around {@code node} hangs on: the leadership, who said … → leadership. */
    private static Optional<Integer> relativeAntecedent(Sentence s, int node) {
        int current = node;
        for (int hop = 0; hop < 3; hop++) {
            Optional<Dependency> head = s.head(current);
            if (head.isEmpty() || head.get().governor() < 0) return Optional.empty();
            if (head.get().relation().equals("acl:relcl")) return Optional.of(head.get().governor());
            if (!head.get().relation().equals("conj") && !head.get().relation().equals("xcomp")) {
                return Optional.empty();
            }
            current = head.get().governor();
        }
        return Optional.empty();
    }

    /**
     * The plan, an inside source said, is … : the parser may take "The plan" for the subject of "said" and the
     * speaker for its apposition. An apposition that runs up to the verb with no comma between is the speaker
     * ("Lavrov, the minister, said" keeps Lavrov: a comma closes the apposition).
     */
    private static int parentheticalSpeaker(Sentence s, int subject, int verb) {
        for (Dependency d : s.children(subject)) {
            if (!d.relation().equals("appos") || d.dependent() < subject || d.dependent() > verb) continue;
            Phrase appos = Trees.subtree(s, d.dependent());
            if (appos.to() == verb - 1) return d.dependent();
        }
        return subject;
    }

    /** "…,” said X / The talks have failed, said the minister: the verb follows a quotation mark or a comma. */
    private static boolean afterQuote(Sentence s, int verb) {
        return s.tokens().get(verb - 1).text().matches("[,”\"»“’'`]+");
    }

    private static boolean isNominal(Token t) {
        return t.pos().startsWith("NN") || t.pos().equals("PRP");
    }

    private static boolean quoted(Span span, List<MarkedQuote> marked) {
        for (MarkedQuote q : marked) {
            if (q.outer().overlaps(span)) return true;
        }
        return false;
    }

    /**
     * The nominal next to the verb outside quotation marks: the nearest before it, back to the closing mark
     * ("…,'' Mr. Hutto said"), else the first one right after it ("…,” said Fleischer"), climbing from a
     * compound to the head of its name.
     */
    private static Optional<Integer> besideVerb(Sentence s, int verb, List<MarkedQuote> marked) {
        List<Token> tokens = s.tokens();
        Optional<Integer> found = Optional.empty();
        for (int i = verb - 1; i >= 0 && found.isEmpty(); i--) {
            Token t = tokens.get(i);
            if (quoted(t.span(), marked)) break;
            if (isNominal(t)) found = Optional.of(i);
        }
        for (int i = verb + 1; i < tokens.size() && i <= verb + 4 && found.isEmpty(); i++) {
            Token t = tokens.get(i);
            if (quoted(t.span(), marked)) break;
            if (isNominal(t)) found = Optional.of(i);
        }
        if (found.isEmpty()) return found;
        int head = found.get();
        for (int hop = 0; hop < 4; hop++) {
            Optional<Dependency> up = s.head(head);
            if (up.isEmpty() || !Set.of("compound", "flat", "flat:name").contains(up.get().relation())) break;
            if (quoted(tokens.get(up.get().governor()).span(), marked) || up.get().governor() == verb) break;
            head = up.get().governor();
        }
        return Optional.of(head);
    }
}
