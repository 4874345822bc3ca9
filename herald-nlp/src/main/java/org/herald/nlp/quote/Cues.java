package org.herald.nlp.quote;

import java.util.List;
import java.util.Optional;
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

    Cues(QuoteLexicons lexicons) {
        this.lexicons = lexicons;
        this.linker = new SpeakerLinker(lexicons);
    }

    boolean isReportingVerb(Token t) {
        return Trees.isVerb(t) && lexicons.verb(t.lemma()).isPresent();
    }

    Optional<QuoteLexicons.Verb> verb(Token t) {
        return Trees.isVerb(t) ? lexicons.verb(t.lemma()) : Optional.empty();
    }

    /**
     * The attribution made by reporting verb {@code verb}: its subject is the speaker ("Lavrov said", "said Lavrov"),
     * its object the addressee when the verb takes one ("told reporters"). Empty when no speaker can be found.
     */
    Optional<Attribution> fromVerb(Sentence s, int verb, String body, List<Entity> entities, String rule) {
        Optional<Integer> subject = subject(s, verb);
        if (subject.isEmpty()) return Optional.empty();
        Phrase speakerPhrase = Trees.nounPhrase(s, subject.get());
        Speaker speaker = linker.link(speakerPhrase, body, entities);
        Token v = s.tokens().get(verb);
        int cueEnd = v.span().end();
        Optional<Integer> particle = Trees.child(s, verb, "compound:prt");
        if (particle.isPresent() && particle.get() > verb) cueEnd = s.tokens().get(particle.get()).span().end();
        Optional<String> addressee = Optional.empty();
        if (lexicons.verb(v.lemma()).map(QuoteLexicons.Verb::takesAddressee).orElse(false)) {
            Optional<Integer> object = Trees.child(s, verb, "iobj", "obj");
            if (object.isPresent() && object.get() > verb && !object.get().equals(subject.get())) {
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
        return Optional.empty();
    }

    /**
     * The subject of a reporting verb, looking through relative clauses ("Lavrov, who said …"), coordination
     * ("Lavrov arrived and said …") and adverbial clauses ("…," he said, adding that …).
     */
    private static Optional<Integer> subject(Sentence s, int verb) {
        int current = verb;
        for (int hop = 0; hop < 3; hop++) {
            Optional<Integer> subject = Trees.child(s, current, "nsubj", "nsubj:pass");
            Optional<Dependency> head = s.head(current);
            String relation = head.map(Dependency::relation).orElse("root");
            if (subject.isPresent()) {
                String pos = s.tokens().get(subject.get()).pos();
                if ((pos.equals("WP") || pos.equals("WDT")) && relation.equals("acl:relcl")) {
                    return Optional.of(head.get().governor());
                }
                return subject;
            }
            if (hop == 0 && verb > 0) {
                // "…," said the lead mediator, Amélie Roux: some parses attach the inverted subject as an object
                String before = s.tokens().get(verb - 1).text();
                Optional<Integer> inverted = Trees.child(s, current, "obj", "dep", "obl:npmod");
                if (inverted.isPresent() && inverted.get() > verb && before.matches("[,”\"»“’'`]+")) {
                    String pos = s.tokens().get(inverted.get()).pos();
                    if (pos.startsWith("NN") || pos.equals("PRP")) return inverted;
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
}
