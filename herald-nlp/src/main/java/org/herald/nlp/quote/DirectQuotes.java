package org.herald.nlp.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.herald.model.Evidence;
import org.herald.model.Span;
import org.herald.model.analysis.Entity;
import org.herald.model.analysis.Quote;
import org.herald.model.analysis.QuoteType;
import org.herald.nlp.text.Sentence;
import org.herald.nlp.text.Token;

/** Attributes the quotes found by their marks: direct quotes and partial quotes inside a sentence. */
final class DirectQuotes {
    private final Cues cues;

    DirectQuotes(Cues cues) {
        this.cues = cues;
    }

    List<Quote> attribute(TextIndex index, List<MarkedQuote> marked, List<Entity> entities) {
        List<Quote> out = new ArrayList<>();
        for (int i = 0; i < marked.size(); i++) {
            MarkedQuote q = marked.get(i);
            Optional<Sentence> first = index.sentenceAt(q.outer().start());
            Optional<Sentence> last = index.sentenceAt(q.outer().end() - 1);
            if (first.isEmpty() || last.isEmpty()) continue;
            // appeared on “Meet the Press”, the “Black Lives Matter” movement: a name in marks, not speech
            if (QuotedNames.isName(q.content(), index.text(), first.get(), last.get())) continue;
            int before = i > 0 ? Math.max(marked.get(i - 1).outer().end(), first.get().span().start())
                    : first.get().span().start();
            int after = i + 1 < marked.size() ? Math.min(marked.get(i + 1).outer().start(), last.get().span().end())
                    : last.get().span().end();
            List<Token> pre = tokensBetween(first.get(), before, q.outer().start());
            List<Token> post = tokensBetween(last.get(), q.outer().end(), after);
            boolean partial = isPartial(pre);
            Optional<Attribution> found = inSentence(index, first.get(), last.get(), pre, post, entities, marked);
            if (found.isEmpty()) {
                // with party leader Helena Marsh calling it "reckless" and "a gift to speculators"
                List<Token> earlier = unquoted(first.get()).stream()
                        .filter(t -> t.span().end() <= q.outer().start()).toList();
                found = lastVerb(first.get(), earlier, index.text(), entities, "direct-before-cue", marked);
            }
            if (found.isEmpty() && !partial) {
                found = nearby(index, q, first.get(), last.get(), pre, post, entities, marked);
            }
            if (found.isEmpty() && !partial) found = continuation(index, q, pre, first.get(), out);
            // Words in marks that no cue gives to anyone, in the sentence, beside it or by continuation, are not
            // taken for speech: scare quotes (the so-called “peace plan”), fragments (the race, “on her worst
            // day,” …), slogans, tweets and headlines in marks. On the PolNeAR train sample such quotes were right
            // (no source in the gold either) too rarely to pay for the ones left without their speaker.
            if (found.isEmpty()) continue;
            Attribution a = found.get();
            Span content = trimmedContent(index.text(), q.content());
            partial = partial || continuesReportersSentence(index.text(), content, pre, i > 0
                    && marked.get(i - 1).outer().end() > first.get().span().start());
            boolean local = a.rule().startsWith("direct-after") || a.rule().startsWith("direct-before")
                    || a.rule().startsWith("direct-colon") || a.rule().startsWith("partial");
            Span span = local ? a.around(q.outer()) : q.outer();
            out.add(new Quote(content, partial ? QuoteType.PARTIAL : QuoteType.DIRECT, a.speaker(), a.cue(),
                    a.addressee(), span, new Evidence(QuoteFinder.STAGE,
                    partial ? a.rule().replace("direct-", "partial-") : a.rule())));
        }
        return out;
    }

    /**
     * A quote is partial when the words before it in its sentence do not introduce it:
     * X called the plan "reckless" → partial; X said: "…" / X said, "…" / X said "…" → direct.
     */
    private boolean isPartial(List<Token> pre) {
        if (pre.isEmpty()) return false;
        Token lastToken = pre.get(pre.size() - 1);
        String t = lastToken.text();
        // the so-called "peace dividend": "called" after a hyphen is part of an adjective, not a cue
        boolean hyphenated = pre.size() > 1 && pre.get(pre.size() - 2).text().equals("-");
        return !(t.equals(",") || t.equals(":") || t.equals("—") || t.equals("--") || t.equals("-")
                || t.equals(";") || Trees.isPunct(lastToken) || cues.isReportingVerb(lastToken) && !hyphenated);
    }

    /**
     * A quote that opens in lower case after the reporter's own words goes on with the reporter's sentence, so it is
     * a fragment of what was said, not a whole utterance: Trump called it "a disgrace," / the governor told
     * reporters, "it starts to pay off." The second half of a quote split around its cue is still direct:
     * "We will," he said, "win this." (the sentence holds a quote before this one).
     */
    private static boolean continuesReportersSentence(String body, Span content, List<Token> pre,
                                                      boolean quoteBefore) {
        if (pre.isEmpty() || quoteBefore) return false;
        for (int i = content.start(); i < content.end(); i++) {
            char c = body.charAt(i);
            if (Character.isLetter(c)) return Character.isLowerCase(c);
            if (Character.isDigit(c)) return false;
        }
        return false;
    }

    private Optional<Attribution> inSentence(TextIndex index, Sentence first, Sentence last, List<Token> pre,
                                             List<Token> post, List<Entity> entities, List<MarkedQuote> marked) {
        String body = index.text();
        if (!pre.isEmpty()) {
            Token end = pre.get(pre.size() - 1);
            // X said: "…" / X said, "…" / X said "…" → the cue before wins
            boolean introduces = end.text().equals(":") || cues.isReportingVerb(end)
                    || (end.text().equals(",") && pre.size() > 1 && cues.isReportingVerb(pre.get(pre.size() - 2)));
            if (introduces) {
                Optional<Attribution> a = lastVerb(first, pre, body, entities, "direct-before-cue", marked);
                if (a.isPresent()) return a;
                if (end.text().equals(":")) {
                    a = cues.colon(first, end.index(), body, entities, "direct-colon");
                    if (a.isPresent()) return a;
                }
            }
        }
        for (Token t : post) {
            // "…," Lavrov said / "…," said Lavrov / "…," he told reporters
            if (cues.isReportingVerb(t)) {
                Optional<Attribution> a = cues.fromVerb(last, t.index(), body, entities, "direct-after-cue", marked);
                if (a.isPresent()) return a;
            }
            if (t.text().equalsIgnoreCase("according")) {
                Optional<Attribution> a = cues.accordingTo(last, t.index(), body, entities, "direct-according-to");
                if (a.isPresent()) return a;
            }
        }
        for (Token t : pre) {
            if (t.text().equalsIgnoreCase("according")) {
                Optional<Attribution> a = cues.accordingTo(first, t.index(), body, entities, "direct-according-to");
                if (a.isPresent()) return a;
            }
        }
        // The plan, the minister said, was "reckless" → a verb earlier in the sentence
        return lastVerb(first, pre, body, entities, "direct-before-cue", marked);
    }

    private Optional<Attribution> lastVerb(Sentence s, List<Token> pre, String body, List<Entity> entities,
                                           String rule, List<MarkedQuote> marked) {
        for (int i = pre.size() - 1; i >= 0; i--) {
            if (cues.isReportingVerb(pre.get(i))) {
                Optional<Attribution> a = cues.fromVerb(s, pre.get(i).index(), body, entities, rule, marked);
                if (a.isPresent()) return a;
            }
        }
        return Optional.empty();
    }

    /** The cue in the next or previous sentence of the same paragraph. */
    private Optional<Attribution> nearby(TextIndex index, MarkedQuote q, Sentence first, Sentence last,
                                         List<Token> pre, List<Token> post, List<Entity> entities,
                                         List<MarkedQuote> marked) {
        String body = index.text();
        Optional<Sentence> next = index.next(last);
        boolean endsSentence = post.stream().allMatch(Trees::isPunct);
        // “… We will not back down.” He said. / "… back down." the minister added.
        if (endsSentence && next.isPresent() && index.sameParagraph(last, next.get())) {
            Sentence n = next.get();
            for (Token t : n.tokens()) {
                if (t.index() > 5 || t.span().start() >= nextMarkOrEnd(body, n)) break;
                if (cues.isReportingVerb(t) && Trees.child(n, t.index(), "ccomp").isEmpty()) {
                    Optional<Attribution> a = cues.fromVerb(n, t.index(), body, entities, "direct-next-sentence",
                            marked);
                    if (a.isPresent()) return a;
                }
            }
        }
        Optional<Sentence> previous = index.previous(first);
        // The minister was blunt: → the introduction ends the sentence before, in this paragraph or, when it ends
        // with a colon, the one before: Trump issued the following statement: ¶ “Our prayers are with …”
        if (pre.isEmpty() && previous.isPresent() && (index.sameParagraph(first, previous.get())
                || endsWithColon(previous.get()) && index.paragraph(previous.get().span().start()) + 1
                == index.paragraph(q.outer().start()))) {
            Sentence p = previous.get();
            List<Token> tokens = p.tokens();
            Token end = tokens.get(tokens.size() - 1);
            Optional<Attribution> a = lastVerb(p, unquoted(p), body, entities, "direct-previous-sentence", marked);
            if (a.isEmpty() && end.text().equals(":")) {
                a = cues.colon(p, end.index(), body, entities, "direct-previous-sentence");
            }
            // Tamm said she regretted the decision. "We offered a fair compromise." → the same speaker
            if (a.isPresent()) return a;
        }
        return Optional.empty();
    }

    private static boolean endsWithColon(Sentence s) {
        List<Token> tokens = s.tokens();
        return tokens.get(tokens.size() - 1).text().equals(":");
    }

    /** The tokens of a sentence that are not inside quotation marks. */
    private static List<Token> unquoted(Sentence s) {
        List<Token> out = new ArrayList<>();
        boolean inside = false;
        for (Token t : s.tokens()) {
            if (t.text().length() == 1 && "\"“”«»„".indexOf(t.text().charAt(0)) >= 0
                    || t.text().equals("``") || t.text().equals("''")) {
                inside = !inside;
                continue;
            }
            if (!inside) out.add(t);
        }
        return out;
    }

    private static int nextMarkOrEnd(String body, Sentence s) {
        for (int i = s.span().start(); i < s.span().end(); i++) {
            if ("\"“«„".indexOf(body.charAt(i)) >= 0) return i;
        }
        return s.span().end();
    }

    /**
     * News convention: an unattributed quote goes on with the last speaker when it follows that speaker's quote in
     * the same paragraph, or opens the paragraph after it. "…," Lavrov said. "We are ready." → Lavrov.
     */
    private static Optional<Attribution> continuation(TextIndex index, MarkedQuote q, List<Token> pre,
                                                      Sentence first, List<Quote> previous) {
        if (previous.isEmpty()) return Optional.empty();
        Quote last = previous.get(previous.size() - 1);
        // America needs leaders “who understand …,” Clinton said. ¶ “And that’s why …” → Clinton again
        boolean spoken = last.type() == QuoteType.DIRECT || last.evidence().rule().equals("partial-after-cue");
        if (!spoken || last.speaker().isEmpty()) return Optional.empty();
        int here = index.paragraph(q.outer().start());
        int there = index.paragraph(last.span().end() - 1);
        boolean opensParagraph = pre.isEmpty() && (first.index() == 0
                || index.paragraph(index.sentences().get(first.index() - 1).span().start()) != here);
        if (here == there || (here == there + 1 && opensParagraph)) {
            return Optional.of(new Attribution(last.speaker(), Optional.empty(), Optional.empty(),
                    "direct-continuation"));
        }
        return Optional.empty();
    }

    private static List<Token> tokensBetween(Sentence s, int from, int to) {
        List<Token> out = new ArrayList<>();
        for (Token t : s.tokens()) {
            if (t.span().start() >= from && t.span().end() <= to) out.add(t);
        }
        return out;
    }

    /** "We will win," → "We will win": the comma belongs to the sentence around the quote. */
    private static Span trimmedContent(String body, Span content) {
        int end = content.end();
        while (end > content.start() + 1 && (body.charAt(end - 1) == ',' || Character.isWhitespace(body.charAt(end - 1)))) {
            end--;
        }
        return new Span(content.start(), end);
    }
}
