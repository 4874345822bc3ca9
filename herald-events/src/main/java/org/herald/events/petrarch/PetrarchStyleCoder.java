package org.herald.events.petrarch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Codes a Penn-Treebank-parsed sentence with PETRARCH/TABARI dictionaries, PETRARCH-1 style: for each dictionary
 * verb, the source is the actor of its clause's subject, the target the first actor after it in its verb phrase,
 * and the code that of the most specific matching pattern, else of the verb. Compounds ("Gondor and Osgiliath")
 * give one event per actor; "x:y" codes give an event each way; a passive verb with a "by" phrase swaps the roles;
 * a discard phrase drops the sentence, and so, with TABARI dictionaries, does a {@code [###]} code. Thread-safe once
 * built.
 */
public final class PetrarchStyleCoder {
    /** What coding one sentence gave: events, or the discard phrase that stopped it. */
    public record Result(List<CodedEvent> events, Optional<String> discard) {
        public Result {
            events = List.copyOf(events);
        }
    }

    private static final String DISCARD = "###";
    private static final Set<String> BE = Set.of("IS", "ARE", "WAS", "WERE", "BE", "BEEN", "BEING", "'S", "'RE");

    private final ActorFinder actors;
    private final VerbIndex verbs;
    private final PatternMatcher matcher;
    private final DiscardDictionary discards;
    private final boolean discardCodes;
    private final Map<VerbFamily, List<VerbPattern>> sortedPatterns = new IdentityHashMap<>();

    public PetrarchStyleCoder(PetrarchDictionaries dictionaries) {
        this.actors = new ActorFinder(dictionaries.actors(), dictionaries.agents());
        this.verbs = new VerbIndex(dictionaries.verbs());
        this.matcher = new PatternMatcher(dictionaries.verbs().synsets(), actors);
        this.discards = dictionaries.discards();
        // "### is not a discard code in PETR" (PETR.Validate.actors.txt); in TABARI files it is
        this.discardCodes = dictionaries.verbs().format() == DictionaryFormat.TABARI;
        for (VerbFamily f : dictionaries.verbs().families()) {
            List<VerbPattern> p = new ArrayList<>(f.patterns());
            p.sort(Comparator.comparingInt(VerbPattern::size).reversed());
            sortedPatterns.put(f, List.copyOf(p));
        }
    }

    /** Codes a sentence given as a bracketed parse; a malformed parse throws {@link IllegalArgumentException}. */
    public Result code(String parse, LocalDate date) {
        return code(PennTreeReader.read(parse), date);
    }

    public Result code(PennTree parse, LocalDate date) {
        ParsedSentence s = new ParsedSentence(parse);
        Optional<String> discard = discard(s.tokens).or(() -> discardCodes ? discardCode(s, date) : Optional.empty());
        if (discard.isPresent()) {
            return new Result(List.of(), discard);
        }
        Set<CodedEvent> events = new LinkedHashSet<>();
        for (int i = 0; i < s.words.size(); i++) {
            if (!s.tag(i).startsWith("VB") || isAuxiliary(s, i)) {
                continue;
            }
            List<VerbIndex.Hit> hits = verbs.verbsAt(s.tokens, i);
            if (!hits.isEmpty()) {
                events.addAll(codeVerb(s, hits, date));
                i = Math.max(i, hits.get(0).end() - 1);
            }
        }
        Optional<CodedEvent> discarded = events.stream().filter(e -> e.code().equals(DISCARD)).findFirst();
        if (discardCodes && discarded.isPresent()) {
            // "- * DIPLXMATIC [###]": a pattern that discards the sentence
            return new Result(List.of(), Optional.of("pattern coded " + DISCARD));
        }
        return new Result(new ArrayList<>(events), Optional.empty());
    }

    /**
     * TABARI's discard code: an actor or verb coded {@code ###} on the sentence's date stops it ("NASGUL [###]",
     * "USSR [USR &lt;911226] [###]" from that date, "SOCCER [###]"), whatever the word's part of speech.
     */
    private Optional<String> discardCode(ParsedSentence s, LocalDate date) {
        for (int i = 0; i < s.tokens.size(); i++) {
            Optional<PhraseIndex.Match<ActorEntry>> actor = actors.actorAt(s, i, s.tokens.size());
            if (actor.isPresent() && actor.get().value().codeOn(date).filter(DISCARD::equals).isPresent()) {
                return Optional.of(String.join(" ", s.tokens.subList(i, actor.get().end())) + " [" + DISCARD + "]");
            }
            for (VerbIndex.Hit h : verbs.verbsAt(s.tokens, i)) {
                if (h.form().code().or(() -> h.family().code()).filter(DISCARD::equals).isPresent()) {
                    return Optional.of(String.join(" ", s.tokens.subList(h.start(), h.end())) + " [" + DISCARD + "]");
                }
            }
        }
        return Optional.empty();
    }

    private List<CodedEvent> codeVerb(ParsedSentence s, List<VerbIndex.Hit> hits, LocalDate date) {
        VerbIndex.Hit hit = hits.get(0);
        PennTree verbNode = s.words.get(hit.start() + hit.form().phrase().head());
        PennTree vp = s.parent(verbNode).orElse(s.root);
        Optional<PennTree> subject = subject(s, verbNode);
        List<String> sources = subject.map(np -> actors.actorsIn(s, np, date)).orElse(List.of());
        while (sources.isEmpty() && subject.isPresent() && isPronoun(subject.get())) {
            // "Ethiopia indicated it would act": "it" takes the subject of the clause above
            subject = subject(s, subject.get());
            sources = subject.map(np -> actors.actorsIn(s, np, date)).orElse(List.of());
        }
        List<String> targets = firstActors(s, vp, hit.end(), date);
        if (isPassive(s, hit, subject)) {
            List<String> agents = byAgent(s, vp, hit.end(), date);
            if (!agents.isEmpty()) {
                targets = sources;
                sources = agents;
            }
        }
        String code = "---";
        List<VerbPattern> patterns = new ArrayList<>();
        for (VerbIndex.Hit h : hits) {
            if (code.equals("---")) {
                code = h.form().code().or(() -> h.family().code()).orElse("---");
            }
            patterns.addAll(sortedPatterns.get(h.family()));
        }
        patterns.sort(Comparator.comparingInt(VerbPattern::size).reversed());
        boolean compound = false;
        for (VerbPattern p : patterns) {
            if (p.code().equals("+++")) {
                // "- * FXLL DIPLOMATIC [+++]": a pattern that codes nothing of its own; the verb's code stands
                continue;
            }
            Optional<PatternMatcher.Captures> m = matcher.match(p, s, hit.start(), hit.end(), vp.end(), date);
            if (m.isPresent()) {
                code = p.code();
                if (!m.get().sources().isEmpty()) {
                    sources = m.get().sources();
                }
                if (!m.get().targets().isEmpty()) {
                    targets = m.get().targets();
                    if (m.get().sources().isEmpty() && targets.equals(sources) && subject.isPresent()) {
                        // "- NOTED + * [115]" on "Gondor's Prime Minister noted that Cirith Ungol regretted ...":
                        // the clause's subject is the target; the source is the subject of the clause above
                        Optional<PennTree> above = subject(s, subject.get());
                        sources = above.map(np -> actors.actorsIn(s, np, date)).orElse(List.of());
                    }
                }
                compound = p.before().stream().anyMatch(e -> e.kind() == PatternElement.Kind.COMPOUND);
                break;
            }
        }
        return events(sources, targets, code, compound);
    }

    /** One event per source and target; "032:033" also gives target → source 033; "---" codes nothing. */
    private static List<CodedEvent> events(List<String> sources, List<String> targets, String code,
            boolean compound) {
        List<CodedEvent> out = new ArrayList<>();
        if (code.startsWith("---") || code.equals("+++") || sources.isEmpty()) {
            return out;
        }
        String[] codes = code.split(":", 2);
        if (compound && sources.size() > 1) {
            // "% * TALKS": Gondor and Osgiliath held talks → each with each
            for (String a : sources) {
                for (String b : sources) {
                    if (!a.equals(b)) {
                        out.add(new CodedEvent(a, b, codes[0]));
                    }
                }
            }
            return out;
        }
        List<String> tgts = targets.isEmpty() ? List.of("---") : targets;
        for (String src : sources) {
            for (String tgt : tgts) {
                if (src.equals(tgt)) {
                    continue; // an actor acting on itself is a misreading: "Afghanistan ... extradited to Afghanistan"
                }
                out.add(new CodedEvent(src, tgt, codes[0]));
                if (codes.length == 2 && !codes[1].isEmpty()) {
                    out.add(new CodedEvent(tgt, src, codes[1]));
                }
            }
        }
        return out;
    }

    private static boolean isPronoun(PennTree np) {
        return np.children().size() == 1 && np.children().get(0).label().equals("PRP");
    }

    /** "is" in "is about to restore": a verb whose phrase continues with another verb phrase. */
    private static boolean isAuxiliary(ParsedSentence s, int i) {
        PennTree w = s.words.get(i);
        Optional<PennTree> vp = s.parent(w);
        if (vp.isEmpty() || !vp.get().label().equals("VP")) {
            return false;
        }
        boolean after = false;
        for (PennTree c : vp.get().children()) {
            if (c == w) {
                after = true;
            } else if (after && c.label().equals("VP")) {
                return true;
            }
        }
        return false;
    }

    /** The NP before the verb phrase in the nearest clause that has one: "Arnor is about to restore" → Arnor. */
    private static Optional<PennTree> subject(ParsedSentence s, PennTree verb) {
        PennTree child = verb;
        for (Optional<PennTree> p = s.parent(verb); p.isPresent(); child = p.get(), p = s.parent(p.get())) {
            PennTree node = p.get();
            if (!node.label().startsWith("S") || node.label().equals("SBAR")) {
                continue;
            }
            PennTree np = null;
            for (PennTree c : node.children()) {
                if (c == child) {
                    break;
                }
                if (c.label().startsWith("NP")) {
                    np = c;
                }
            }
            if (np != null) {
                return Optional.of(np);
            }
        }
        return Optional.empty();
    }

    /** Actors of the first NP after the verb in its verb phrase that names any: "restore ties with Gondor" → GON. */
    private List<String> firstActors(ParsedSentence s, PennTree node, int from, LocalDate date) {
        for (PennTree c : node.children()) {
            if (c.end() <= from || c.isWord()) {
                continue;
            }
            if (c.label().startsWith("NP") && c.start() >= from) {
                List<String> found = actors.actorsIn(s, c, date);
                if (!found.isEmpty()) {
                    return found;
                }
            }
            List<String> inner = firstActors(s, c, from, date);
            if (!inner.isEmpty()) {
                return inner;
            }
        }
        return List.of();
    }

    /** "was attacked by Osgiliath soldiers": a participle after a form of "be", in the same clause as its subject. */
    private static boolean isPassive(ParsedSentence s, VerbIndex.Hit hit, Optional<PennTree> subject) {
        int head = hit.start() + hit.form().phrase().head();
        if (!s.tag(head).equals("VBN") || subject.isEmpty()) {
            return false;
        }
        for (int i = head - 1; i >= subject.get().end(); i--) {
            if (BE.contains(s.tokens.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** Actors of the "by" phrase after a passive verb, also inside an adverb phrase: "opposed earlier by Osgiliath". */
    private List<String> byAgent(ParsedSentence s, PennTree vp, int from, LocalDate date) {
        for (PennTree c : vp.children()) {
            if (c.end() <= from || c.isWord() || c.label().startsWith("S") || c.label().equals("VP")) {
                continue;
            }
            if (c.label().equals("PP") && c.children().get(0).word().map(w -> w.equalsIgnoreCase("by")).orElse(false)) {
                for (PennTree np : c.children()) {
                    if (np.label().startsWith("NP")) {
                        return actors.actorsIn(s, np, date);
                    }
                }
            }
            List<String> inner = byAgent(s, c, from, date);
            if (!inner.isEmpty()) {
                return inner;
            }
        }
        return List.of();
    }

    private Optional<String> discard(List<String> tokens) {
        List<List<String>> all = new ArrayList<>(discards.storyPhrases());
        all.addAll(discards.sentencePhrases());
        for (List<String> phrase : all) {
            for (int i = 0; i + phrase.size() <= tokens.size(); i++) {
                if (tokens.subList(i, i + phrase.size()).equals(phrase)) {
                    return Optional.of(String.join(" ", phrase));
                }
            }
        }
        return Optional.empty();
    }
}
