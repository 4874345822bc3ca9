package org.herald.events.coding;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.herald.model.analysis.Entity;
import org.herald.model.analysis.Event;
import org.herald.nlp.text.ParsedText;

/**
 * Says why a text got, or did not get, each event: every verb and event noun considered, the dictionary entries
 * tried, the sources and targets coded, the mode and the rule that set it, and what was dropped or merged. For
 * {@code ./herald explain "sentence"}.
 *
 * <pre>{@code
 * System.out.println(new Explainer(coder).explain(parsed, entities, Optional.of(LocalDate.parse("2024-03-04"))));
 * }</pre>
 */
public final class Explainer {
    private final CameoCoder coder;

    public Explainer(CameoCoder coder) {
        this.coder = Objects.requireNonNull(coder, "coder");
    }

    /** A readable trace, one line per step, ending with the number of events coded. */
    public String explain(ParsedText parsed, List<Entity> entities, Optional<LocalDate> published) {
        StringBuilder out = new StringBuilder();
        List<Event> events = coder.code(parsed, entities, List.of(), List.of(), published,
                Trace.to(line -> out.append(line).append('\n')));
        out.append(events.size()).append(events.size() == 1 ? " event" : " events").append('\n');
        return out.toString();
    }
}
