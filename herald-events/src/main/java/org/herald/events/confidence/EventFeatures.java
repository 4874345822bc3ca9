package org.herald.events.confidence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.herald.model.Span;
import org.herald.model.analysis.Event;
import org.herald.model.analysis.EventMode;
import org.herald.model.analysis.Quote;

/**
 * The facts about a coded event that say how far to trust it, as binary feature names ("root=19", "target=none"):
 * what the coder already knows, read back from the event, its rule id and its sentence, so that the coder and the
 * trainer ({@code ./herald eval train-confidence}) compute them the same way.
 * <ul>
 *   <li>the rule: its kind ({@code svo}, {@code passive}, {@code relcl}, {@code nominal} for an event noun,
 *   {@code converse}), whether it is a stated intention or refusal, its table, its verb lemma, whether the row asks
 *   for more than the verb ("threaten to impose sanction"), and the rule's marks (a country from the article, a
 *   source from the sentence before, a target from a decision);</li>
 *   <li>the code: CAMEO root and quad class; the mode;</li>
 *   <li>the actors: whether there is a target, whether each side is a named entity or a common noun ("the police"),
 *   and how long its code is (country only, or with an agent);</li>
 *   <li>the sentence: its length in words, whether the event sits inside a quotation, and how many events it has.</li>
 * </ul>
 */
public final class EventFeatures {
    private static final Set<String> MODES = Arrays.stream(EventMode.values())
            .map(m -> m.name().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());

    private EventFeatures() {}

    /**
     * The features of {@code event}, a member of {@code documentEvents} (every event coded from the same text);
     * {@code body} is the text all spans index, {@code quotes} its quotations.
     */
    public static List<String> of(Event event, String body, List<Event> documentEvents, List<Quote> quotes) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(body, "body");
        List<String> f = new ArrayList<>();
        rule(event.evidence().rule(), f);
        f.add("root=" + event.cameo().substring(0, Math.min(2, event.cameo().length())));
        f.add("quad=" + event.quadClass());
        f.add("mode=" + event.mode().name().toLowerCase(Locale.ROOT));
        f.add("source=" + (event.source().entityId().isPresent() ? "named" : "common"));
        f.add("source-code=" + codeLength(event.source().code()));
        f.add("target=" + event.target().map(t -> t.entityId().isPresent() ? "named" : "common").orElse("none"));
        event.target().ifPresent(t -> f.add("target-code=" + codeLength(t.code())));
        f.add("words=" + wordsBucket(words(event.sentence(), body)));
        if (quotes.stream().anyMatch(q -> q.content().contains(event.span()))) f.add("quoted");
        long inSentence = documentEvents.stream().filter(e -> e.sentence().equals(event.sentence())).count();
        f.add("sentence-events=" + (inSentence >= 3 ? "3+" : Long.toString(Math.max(1, inSentence))));
        return f;
    }

    // "intent:svo:verbs.tsv:attack+by-will+source-country:article": stated kind, clause kind, table, row, marks.
    private static void rule(String rule, List<String> f) {
        String rest = rule;
        for (String stated : List.of("intent:", "refusal:")) {
            if (rest.startsWith(stated)) {
                f.add("stated=" + stated.substring(0, stated.length() - 1));
                rest = rest.substring(stated.length());
            }
        }
        String[] parts = rest.split("\\+");
        String[] head = parts[0].split(":", 3);
        f.add("kind=" + head[0]);
        if (head.length == 3) {
            f.add("table=" + head[1]);
            String pattern = head[2].strip();
            int space = pattern.indexOf(' ');
            f.add("verb=" + (space < 0 ? pattern : pattern.substring(0, space)).toLowerCase(Locale.ROOT));
            f.add("row=" + (space < 0 ? "bare" : "specific"));
        }
        for (int i = 1; i < parts.length; i++) {
            // "+future" repeats the event's mode, which is a feature already.
            if (MODES.contains(parts[i])) continue;
            // The cue of a stated intention is a word ("by-will"); its kind is what matters.
            f.add("mark=" + (parts[i].startsWith("by-") ? "by-cue" : parts[i]));
        }
    }

    // "RUS" is a country, "RUSGOV" a country's agent, "IGOWSTNAT" an organisation.
    private static String codeLength(String code) {
        return code.length() <= 3 ? "3" : code.length() <= 6 ? "6" : "9+";
    }

    private static int words(Span sentence, String body) {
        if (sentence.end() > body.length()) return 0;
        String text = sentence.of(body).strip();
        return text.isEmpty() ? 0 : text.split("\\s+").length;
    }

    private static String wordsBucket(int words) {
        if (words <= 12) return "1-12";
        if (words <= 25) return "13-25";
        if (words <= 40) return "26-40";
        return "41+";
    }
}
