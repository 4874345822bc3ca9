package org.herald.nlp.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.herald.model.Evidence;
import org.herald.model.Span;
import org.herald.model.analysis.Entity;
import org.herald.model.analysis.Quote;
import org.herald.model.analysis.QuoteType;
import org.herald.nlp.text.Dependency;
import org.herald.nlp.text.Sentence;
import org.herald.nlp.text.Token;

/** Finds reported speech in the dependency tree: a reporting verb with a subject and a clause it reports. */
final class ReportedSpeech {
    private final Cues cues;

    ReportedSpeech(Cues cues) {
        this.cues = cues;
    }

    List<Quote> find(TextIndex index, List<MarkedQuote> marked, List<Entity> entities) {
        List<Quote> out = new ArrayList<>();
        String body = index.text();
        for (Sentence s : index.sentences()) {
            for (Token t : s.tokens()) {
                if (insideMarks(t.span(), marked)) continue;
                if (t.text().equalsIgnoreCase("according")) {
                    accordingTo(s, t, body, marked, entities).ifPresent(out::add);
                    continue;
                }
                Optional<QuoteLexicons.Verb> verb = cues.verb(t);
                if (verb.isEmpty()) continue;
                Optional<Phrase> content = Optional.empty();
                String rule = "reported-ccomp";
                Optional<Integer> clause = Trees.child(s, t.index(), "ccomp");
                Optional<Phrase> split = splitClause(s, t.index());
                if (clause.isPresent()) {
                    // Lavrov warned that the talks had failed / said on Monday the talks had failed
                    content = Optional.of(Trees.subtree(s, clause.get()));
                } else if (split.isPresent()) {
                    content = split;
                    rule = "reported-split-clause";
                } else if (verb.get().objectContent() && Trees.child(s, t.index(), "obj").isPresent()) {
                    // Lavrov denied any wrongdoing
                    content = Optional.of(Trees.subtree(s, Trees.child(s, t.index(), "obj").get()));
                    rule = "reported-object";
                } else {
                    Optional<Dependency> head = s.head(t.index());
                    if (head.isPresent() && head.get().relation().equals("parataxis") && head.get().governor() >= 0
                            && head.get().governor() < t.index() && setOffByComma(s, t.index())) {
                        // The talks have failed, the minister said. / The talks, he said, have failed.
                        content = Trees.subtreeWithout(s, head.get().governor(), t.index());
                        rule = "reported-parataxis";
                    }
                }
                if (content.isEmpty()) continue;
                // Reported speech needs a speaker: the subject, or in the passive the agent ("by officials")
                Optional<Attribution> a = Cues.passive(s, t.index())
                        ? cues.fromPassiveVerb(s, t.index(), body, entities, rule)
                        : cues.fromVerb(s, t.index(), body, entities, rule, marked);
                if (a.isEmpty()) continue;
                for (Phrase c : clauses(content.get())) {
                    if (c.to() - c.from() < 1 || mostlyQuoted(c.span(), marked) || opensWithQuote(c, marked)
                            || a.get().speaker().get().span().overlaps(c.span())) {
                        continue;
                    }
                    out.add(quote(c.span(), a.get()));
                }
            }
        }
        return out;
    }

    /** According to Interfax, the talks have failed. → reported speech by Interfax. */
    private Optional<Quote> accordingTo(Sentence s, Token according, String body, List<MarkedQuote> marked,
                                        List<Entity> entities) {
        Optional<Attribution> a = cues.accordingTo(s, according.index(), body, entities, "reported-according-to");
        if (a.isEmpty()) return Optional.empty();
        Optional<Dependency> source = s.head(according.index());
        Optional<Dependency> root = s.dependencies().stream().filter(d -> d.governor() < 0).findFirst();
        if (source.isEmpty() || root.isEmpty()) return Optional.empty();
        Optional<Phrase> content = Trees.subtreeWithout(s, root.get().dependent(), source.get().governor());
        if (content.isEmpty() || content.get().to() - content.get().from() < 2) return Optional.empty();
        Span span = content.get().span();
        if (mostlyQuoted(span, marked) || a.get().speaker().get().span().overlaps(span)) return Optional.empty();
        return Optional.of(quote(span, a.get()));
    }

    /**
     * "Scholz said Berlin would send a battery": the parser sometimes takes the reported clause's subject for
     * the verb's object and hangs the clause's verb off as {@code dep}. When a finite or modal verb follows the
     * object directly, the object and that verb's subtree are the reported clause.
     */
    private static Optional<Phrase> splitClause(Sentence s, int verb) {
        Optional<Integer> object = Trees.child(s, verb, "obj");
        if (object.isEmpty()) return Optional.empty();
        Phrase subject = Trees.subtree(s, object.get());
        for (Dependency d : s.children(verb)) {
            if (!d.relation().equals("dep") || d.dependent() <= subject.to()) continue;
            Phrase clause = Trees.subtree(s, d.dependent());
            boolean finite = s.tokens().get(d.dependent()).pos().matches("VB[DPZ]|MD")
                    || Trees.child(s, d.dependent(), "aux").isPresent();
            if (finite && clause.from() == subject.to() + 1) {
                return Optional.of(new Phrase(s, subject.from(), clause.to(), d.dependent()));
            }
        }
        return Optional.empty();
    }

    /** "The talks have failed, the minister said": the cue clause follows the content after a comma. */
    private static boolean setOffByComma(Sentence s, int verb) {
        Phrase cue = Trees.subtree(s, verb);
        int before = cue.from() - 1;
        return before > 0 && s.tokens().get(before).text().equals(",");
    }

    /**
     * Hale said "this failure was predictable" and … → the direct quote is the report; no indirect one too. But a
     * quoted phrase that only opens the clause, its verb outside the marks, does not report it: saying that
     * "bombastic comments" do more harm than good → the clause is reported speech, the phrase a partial quote in it.
     */
    private static boolean opensWithQuote(Phrase content, List<MarkedQuote> marked) {
        Span span = content.span();
        for (MarkedQuote q : marked) {
            if (Math.abs(q.outer().start() - span.start()) <= 1) return q.outer().contains(content.headToken().span());
        }
        return false;
    }

    private static Quote quote(Span content, Attribution a) {
        return new Quote(content, QuoteType.INDIRECT, a.speaker(), a.cue(), a.addressee(), a.around(content),
                new Evidence(QuoteFinder.STAGE, a.rule()));
    }

    /**
     * The reported clauses of one content phrase: "said the march had been peaceful and that police had made no
     * arrests" reports two things, each a quote of its own.
     */
    private static List<Phrase> clauses(Phrase content) {
        Sentence s = content.sentence();
        List<Phrase> parts = new ArrayList<>();
        int from = content.from();
        for (Dependency d : s.children(content.head())) {
            if (!d.relation().equals("conj") || d.dependent() < content.head()) continue;
            boolean ownClause = Trees.child(s, d.dependent(), "nsubj", "nsubj:pass", "mark").isPresent();
            if (!ownClause) continue;
            Phrase conj = Trees.subtree(s, d.dependent());
            if (conj.from() - 1 >= from) parts.add(new Phrase(s, from, conj.from() - 1, content.head()));
            from = conj.from();
            parts.add(conj);
        }
        if (parts.isEmpty()) return List.of(trim(withoutComment(content)));
        List<Phrase> out = new ArrayList<>();
        Phrase last = parts.get(parts.size() - 1);
        if (last.to() < content.to()) parts.set(parts.size() - 1, new Phrase(s, last.from(), content.to(), last.head()));
        for (Phrase p : parts) {
            Phrase t = trim(withoutComment(p));
            if (t.from() <= t.to()) out.add(t);
        }
        return out;
    }

    /** Conjunctions that open the reporter's own comment after the reported clause: ", while …", "- though …". */
    private static final java.util.Set<String> COMMENT_MARKS = java.util.Set.of("while", "though", "although",
            "whereas");

    /**
     * Without a closing clause that is the reporter's comment, not the speaker's words: said he cannot support
     * Trump, throwing a wrench in the nominee's efforts → "he cannot support Trump"; "…, while emphasizing …".
     */
    private static Phrase withoutComment(Phrase p) {
        Sentence s = p.sentence();
        List<Token> tokens = s.tokens();
        int to = p.to();
        for (Dependency d : s.dependencies()) {
            // ", throwing …" hangs on the clause's verb (advcl) or, as often, on its object (acl)
            boolean clauseLike = d.relation().startsWith("advcl") || d.relation().equals("acl");
            if (d.dependent() <= p.head() || d.dependent() > to || !clauseLike) continue;
            Phrase clause = Trees.subtree(s, d.dependent());
            int before = clause.from() - 1;
            if (before <= p.head() || clause.to() < to) continue;
            String punct = tokens.get(before).text();
            if (!(punct.equals(",") || punct.equals("-") || punct.equals("--") || punct.equals("—"))) continue;
            boolean participle = tokens.get(d.dependent()).pos().equals("VBG") && clause.from() == d.dependent();
            boolean comment = COMMENT_MARKS.contains(tokens.get(clause.from()).text().toLowerCase(java.util.Locale.ROOT));
            if (participle || comment) to = before - 1;
        }
        for (Dependency d : s.dependencies()) {
            if (d.dependent() <= p.head() || d.dependent() > to || !d.relation().equals("acl:relcl")) continue;
            Phrase clause = Trees.subtree(s, d.dependent());
            if (clause.to() < to || clause.from() <= p.head()) continue;
            String punct = tokens.get(clause.from() - 1).text();
            // said he plans to repeal the act, which was passed in 2010 … → the reporter's aside, not the speaker's.
            // Not cut: a verb phrase after "and"/"but" without its own subject ("said he is friendly with them but
            // took issue with …"): on the PolNeAR train sample it was as often the speaker's words as the reporter's.
            if (punct.equals(",")) to = clause.from() - 1;
        }
        return to >= p.from() && to >= p.head() ? new Phrase(s, p.from(), to, p.head()) : p;
    }

    /** Without the "that", "and" and commas at its edges: "and that police had made no arrests" → "police …". */
    private static Phrase trim(Phrase p) {
        List<Token> tokens = p.sentence().tokens();
        int from = p.from();
        int to = p.to();
        while (from < p.head() && edge(tokens.get(from))) from++;
        while (to > p.head() && edge(tokens.get(to))) to--;
        return new Phrase(p.sentence(), from, to, p.head());
    }

    private static boolean edge(Token t) {
        String w = t.text().toLowerCase(java.util.Locale.ROOT);
        return Trees.isPunct(t) && !isMark(t) || w.equals("that") || w.equals("and") || w.equals("but")
                || w.equals("or");
    }

    private static boolean isMark(Token t) {
        return "\"“”«»„‚‘’'`".indexOf(t.text().charAt(0)) >= 0;
    }

    private static boolean insideMarks(Span span, List<MarkedQuote> marked) {
        for (MarkedQuote q : marked) {
            if (q.outer().contains(span)) return true;
        }
        return false;
    }

    /** Whether half of the span is inside quotation marks: then the direct quote already reports it. */
    private static boolean mostlyQuoted(Span span, List<MarkedQuote> marked) {
        int quoted = 0;
        for (MarkedQuote q : marked) {
            int start = Math.max(span.start(), q.outer().start());
            int end = Math.min(span.end(), q.outer().end());
            if (end > start) quoted += end - start;
        }
        return quoted * 2 >= span.length();
    }
}
