package org.herald.events.coding;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.herald.model.analysis.Actor;
import org.herald.model.analysis.Entity;
import org.herald.model.analysis.Event;
import org.herald.model.analysis.TimeExpression;
import org.herald.nlp.text.ParsedText;

/**
 * Says why a text got, or did not get, each event: every verb and event noun considered, the dictionary entries
 * tried, the sources and targets coded, the mode and the rule that set it, what was dropped or merged, and each
 * event's confidence with the features that moved it most. For {@code ./herald explain "sentence"}.
 *
 * <pre>{@code
 * System.out.println(new Explainer(coder).explain(parsed, entities, Optional.of(LocalDate.parse("2024-03-04"))));
 * }</pre>
 */
public final class Explainer {
    /** Features listed per event's confidence. */
    private static final int REASONS = 4;
    private final CameoCoder coder;

    public Explainer(CameoCoder coder) {
        this.coder = Objects.requireNonNull(coder, "coder");
    }

    /** A readable trace, one line per step, ending with the number of events coded; no dates found in the text. */
    public String explain(ParsedText parsed, List<Entity> entities, Optional<LocalDate> published) {
        return explain(parsed, entities, List.of(), published);
    }

    /**
     * The same with the text's resolved time expressions, so an event dated by its own sentence ("in 1967") shows that
     * date, as {@code analyze} gives it, rather than the publication day.
     */
    public String explain(ParsedText parsed, List<Entity> entities, List<TimeExpression> dates,
                          Optional<LocalDate> published) {
        StringBuilder out = new StringBuilder();
        List<Event> events = coder.code(parsed, entities, dates, List.of(), published,
                Trace.to(line -> out.append(line).append('\n')));
        for (Event e : events) {
            // The confidence and the features that moved it most: "0.71 for RUS → UKR 190 (root=19 +0.62, …)".
            out.append(String.format(Locale.ROOT, "confidence %.2f for %s → %s %s (%s)%n", e.confidence(),
                    e.source().code(), e.target().map(Actor::code).orElse("-"), e.cameo(),
                    String.join(", ", coder.confidence().reasons(e, events, parsed.text(), List.of(), REASONS))));
        }
        out.append(events.size()).append(events.size() == 1 ? " event" : " events").append('\n');
        return out.toString();
    }
}
