package org.herald.nlp.quote;

import java.util.ArrayList;
import org.herald.model.Evidence;
import org.herald.model.Span;
import org.herald.model.analysis.QuoteType;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.herald.model.analysis.Entity;
import org.herald.model.analysis.Quote;
import org.herald.nlp.entity.Genders;
import org.herald.nlp.text.ParsedText;

/**
 * Finds who said what in an article: direct quotes in any quotation-mark style, partial quotes inside a sentence,
 * and reported speech read from the dependency tree; each with its speaker, cue and addressee when given.
 * Lexicons are read once at construction; {@link #find} is thread-safe.
 *
 * <pre>{@code
 * QuoteFinder finder = new QuoteFinder();
 * List<Quote> quotes = finder.find(parser.parse(body), entityFinder.find(parsed));
 * }</pre>
 */
public final class QuoteFinder {
    /** The stage name in every quote's {@link org.herald.model.Evidence}. */
    public static final String STAGE = "quote";

    private final QuoteMarks marks = new QuoteMarks();
    private final DirectQuotes direct;
    private final ReportedSpeech reported;
    private final PronounSpeakers pronouns;

    public QuoteFinder() {
        QuoteLexicons lexicons = QuoteLexicons.load();
        SpeakerLinker linker = new SpeakerLinker(lexicons, Genders.load());
        Cues cues = new Cues(lexicons, linker);
        this.pronouns = new PronounSpeakers(lexicons, linker);
        this.direct = new DirectQuotes(cues);
        this.reported = new ReportedSpeech(cues);
    }

    /**
     * The quotes of one parsed article, in body order.
     *
     * @param entities the article's entities; a speaker is linked to the entity whose mention overlaps it, else, on
     *                 clear evidence, to the person or organisation a pronoun or a noun such as "the minister" refers
     *                 back to; a pronoun or noun left without one is marked unresolved
     */
    public List<Quote> find(ParsedText parsed, List<Entity> entities) {
        Objects.requireNonNull(parsed, "parsed");
        Objects.requireNonNull(entities, "entities");
        TextIndex index = new TextIndex(parsed);
        List<MarkedQuote> marked = marks.find(parsed.text());
        List<Quote> quotes = new ArrayList<>(direct.attribute(index, marked, entities));
        quotes.addAll(reported.find(index, marked, entities));
        quotes.sort(Comparator.comparingInt((Quote q) -> q.content().start()).thenComparingInt(q -> q.content().end()));
        quotes = inheritReportersSpeaker(pronouns.resolve(quotes, entities, marked, parsed.text()), parsed.text());
        quotes.sort(Comparator.comparingInt((Quote q) -> q.content().start()).thenComparingInt(q -> q.content().end()));
        return List.copyOf(quotes);
    }

    /**
     * A partial quote inside reported speech is the reporter's words: Peskov told reporters that Western weapons
     * would "not change the course" of what Moscow calls … → "not change the course" is Peskov's, whatever the
     * verbs around the fragment ("calls") suggested.
     */
    private static List<Quote> inheritReportersSpeaker(List<Quote> quotes, String body) {
        List<Quote> out = new ArrayList<>(quotes.size());
        for (Quote q : quotes) {
            Quote result = q;
            if (q.type() == QuoteType.PARTIAL) {
                for (Quote r : quotes) {
                    if (r.type() == QuoteType.INDIRECT && r.speaker().isPresent() && inside(q.content(), r.content(), body)) {
                        result = new Quote(q.content(), q.type(), r.speaker(), r.cue(), r.addressee(), q.span(),
                                new Evidence(STAGE, "partial-inside-reported"));
                        break;
                    }
                }
            }
            out.add(result);
        }
        return out;
    }

    /**
     * Whether the words of {@code part} lie inside {@code whole}; a reported clause ends before the closing mark and
     * stop that a partial quote keeps: He said the line lost money and called it "pure theatre."
     */
    private static boolean inside(Span part, Span whole, String body) {
        int end = part.end();
        while (end > part.start() && !Character.isLetterOrDigit(body.charAt(end - 1))) end--;
        return part.start() >= whole.start() && end <= whole.end() && end > part.start();
    }
}
