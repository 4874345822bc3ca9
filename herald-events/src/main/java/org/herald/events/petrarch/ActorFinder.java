package org.herald.events.petrarch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Codes noun phrases with the actor and agent dictionaries: "Arnor" → ARN, "Arnor's army" → ARNMIL, "MSF Arnor"
 * → NGOARN, "the ambassadors of Arnor and Gondor" → ARNGOV, GONGOV, "a senior official" → ---GOV.
 */
final class ActorFinder {
    private final PhraseIndex<ActorEntry> actors = new PhraseIndex<>();
    private final PhraseIndex<AgentEntry> agents = new PhraseIndex<>();

    ActorFinder(ActorDictionary actorDictionary, AgentDictionary agentDictionary) {
        for (ActorEntry e : actorDictionary.entries()) {
            for (int n = 0; n < e.names().size(); n++) {
                actors.add(e.names().get(n), e.stems().get(n), e);
            }
        }
        for (AgentEntry a : agentDictionary.entries()) {
            a.forms().forEach(f -> agents.add(f, a));
        }
    }

    /** Is there an actor name starting at word {@code i}? */
    Optional<PhraseIndex.Match<ActorEntry>> actorAt(ParsedSentence s, int i, int limit) {
        return actors.longestAt(s.tokens, i, limit);
    }

    Optional<PhraseIndex.Match<AgentEntry>> agentAt(ParsedSentence s, int i, int limit) {
        return agents.longestAt(s.tokens, i, limit);
    }

    /** The actor codes of a noun phrase on {@code date}; empty when it names no actor and no agent. */
    List<String> actorsIn(ParsedSentence s, PennTree np, LocalDate date) {
        List<List<PennTree>> conjuncts = conjuncts(np);
        if (conjuncts.size() == 1) {
            return actorsIn(s, List.of(np), date);
        }
        List<List<String>> coded = new ArrayList<>();
        String base = null;
        for (List<PennTree> c : conjuncts) {
            List<String> codes = actorsIn(s, c, date);
            coded.add(codes);
            if (base == null && !codes.isEmpty() && codes.stream().noneMatch(x -> x.startsWith("---"))) {
                base = withoutLastAgent(s, c, codes.get(0));
            }
        }
        // "(NP Danish media and government)" → DNKMED, DNKGOV: a bare agent word shares its sibling's actor; as
        // separate NPs, "(NP (NP the Danish media) and (NP government))", it does not
        List<String> all = new ArrayList<>();
        for (int k = 0; k < coded.size(); k++) {
            boolean phrase = conjuncts.get(k).size() == 1 && conjuncts.get(k).get(0).label().startsWith("NP");
            for (String code : coded.get(k)) {
                all.add(base != null && !phrase && code.startsWith("---")
                        ? combine(base, List.of(), List.of(code.substring(3))) : code);
            }
        }
        return all;
    }

    /** "DNKMED" for "Danish media" → "DNK": the code without the agent of the phrase's last word. */
    private String withoutLastAgent(ParsedSentence s, List<PennTree> phrase, String code) {
        int last = phrase.get(phrase.size() - 1).end() - 1;
        for (int i = last; i >= phrase.get(0).start(); i--) {
            Optional<PhraseIndex.Match<AgentEntry>> agent = agentAt(s, i, last + 1);
            if (agent.isPresent() && agent.get().end() == last + 1) {
                String a = agent.get().value().code();
                return code.endsWith(a) && code.length() > a.length() ? code.substring(0, code.length() - a.length())
                        : code;
            }
        }
        return code;
    }

    private List<String> actorsIn(ParsedSentence s, List<PennTree> phrase, LocalDate date) {
        if (phrase.size() == 1 && !phrase.get(0).isWord() && conjuncts(phrase.get(0)).size() > 1) {
            return actorsIn(s, phrase.get(0), date);
        }
        List<Integer> head = new ArrayList<>();
        List<PennTree> coordinated = new ArrayList<>();
        phrase.forEach(p -> collectHead(p, head, coordinated, true));
        // names may run on into a PP: "(NP (NP the Prince) (PP of (NP Dol Amroth)))" → PRINCE OF DOL AMROTH
        int limit = phrase.get(phrase.size() - 1).end();
        List<String> prefixes = new ArrayList<>();
        List<String> suffixes = new ArrayList<>();
        List<String> found = new ArrayList<>();
        int next = 0;
        for (int i : head) {
            if (i < next) {
                continue;
            }
            next = i + 1;
            Optional<PhraseIndex.Match<ActorEntry>> actor = actorAt(s, i, limit);
            Optional<String> code = actor.flatMap(m -> m.value().codeOn(date));
            if (actor.isPresent() && code.isPresent() && found.isEmpty()) {
                for (String alt : code.get().split("/")) {
                    found.add(alt);
                }
                next = actor.get().end();
                continue;
            }
            Optional<PhraseIndex.Match<AgentEntry>> agent = agentAt(s, i, limit);
            if (agent.isPresent()) {
                (agent.get().value().prefix() ? prefixes : suffixes).add(agent.get().value().code());
                next = agent.get().end();
            }
        }
        List<String> agentsOnly = new ArrayList<>();
        if (found.isEmpty()) {
            // "Old foes Gondor and Osgiliath" → the coordinated NP inside
            for (PennTree c : coordinated) {
                found.addAll(actorsIn(s, c, date));
            }
            if (!found.isEmpty() && found.stream().allMatch(c -> c.startsWith("---"))) {
                // "Lawmakers and officials in Fornost and Gondor": the agents wait for the PP's actors
                agentsOnly.addAll(found);
                found.clear();
            }
        }
        if (found.isEmpty()) {
            // "soldiers from Gondor", "the ambassadors of Arnor, Osgiliath and Gondor"
            List<PennTree> children = new ArrayList<>();
            phrase.forEach(p -> children.addAll(p.children()));
            for (PennTree c : children) {
                if (c.label().equals("PP")) {
                    for (PennTree inner : c.children()) {
                        if (inner.label().startsWith("NP")) {
                            found.addAll(actorsIn(s, inner, date));
                        }
                    }
                    if (!found.isEmpty()) {
                        break;
                    }
                }
            }
        }
        if (!agentsOnly.isEmpty()) {
            if (found.isEmpty()) {
                return agentsOnly;
            }
            List<String> crossed = new ArrayList<>();
            for (String actor : found) {
                for (String agent : agentsOnly) {
                    crossed.add(combine(actor, prefixes, List.of(agent.substring(3))));
                }
            }
            return crossed;
        }
        if (found.isEmpty() && (prefixes.isEmpty() && suffixes.isEmpty())) {
            return List.of();
        }
        if (found.isEmpty()) {
            found.add("---");
        }
        List<String> coded = new ArrayList<>();
        for (String actor : found) {
            coded.add(combine(actor, prefixes, suffixes));
        }
        return coded;
    }

    /** "ARN" + [GOV] → ARNGOV; "USAGOV" + [GOV] → USAGOV (no repeats); [NGO] + "ARN" → NGOARN. */
    static String combine(String actor, List<String> prefixes, List<String> suffixes) {
        StringBuilder code = new StringBuilder();
        for (String p : prefixes) {
            if (!actor.startsWith(p)) {
                code.append(p);
            }
        }
        code.append(actor);
        for (String sfx : suffixes) {
            if (actor.length() <= 3 || !actor.substring(3).contains(sfx)) {
                code.append(sfx);
            }
        }
        return code.toString();
    }

    private static void collectHead(PennTree t, List<Integer> out, List<PennTree> coordinated, boolean top) {
        if (t.isWord()) {
            out.add(t.start());
            return;
        }
        if (!top && (t.label().equals("PP") || t.label().startsWith("S") || t.label().equals("VP"))) {
            return;
        }
        if (!top && t.label().startsWith("NP") && conjuncts(t).size() > 1) {
            coordinated.add(t);
            return;
        }
        for (PennTree c : t.children()) {
            collectHead(c, out, coordinated, false);
        }
    }

    /**
     * The conjuncts of a coordinated NP: "(NP (NP Arnor) (, ,) (NP Osgiliath) (CC and) (NP Gondor))" → three
     * groups; "(NP (NNP Minas) (NNP Tirith) (CC and) (NNP Osgiliath))" → [Minas Tirith], [Osgiliath]. One group,
     * the NP itself, when not coordinated.
     */
    private static List<List<PennTree>> conjuncts(PennTree np) {
        boolean coordinated = np.children().stream().anyMatch(c -> c.label().equals("CC"));
        if (!coordinated) {
            return List.of(List.of(np));
        }
        List<List<PennTree>> groups = new ArrayList<>();
        List<PennTree> current = new ArrayList<>();
        for (PennTree c : np.children()) {
            if (c.label().equals("CC") || c.label().equals(",")) {
                if (!current.isEmpty()) {
                    groups.add(current);
                }
                current = new ArrayList<>();
            } else {
                current.add(c);
            }
        }
        if (!current.isEmpty()) {
            groups.add(current);
        }
        return groups.size() > 1 ? groups : List.of(List.of(np));
    }
}
