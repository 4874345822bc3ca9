package org.herald.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.herald.events.actor.DictionaryActorCoder;
import org.herald.events.coding.CameoCoder;
import org.herald.events.coding.Explainer;
import org.herald.model.analysis.TimeExpression;
import org.herald.nlp.entity.EntityFinder;
import org.herald.nlp.text.ParsedText;
import org.herald.nlp.time.TimeResolver;

/**
 * {@code ./herald explain [--published DATE] "sentence"}: why a sentence got, or did not get, each event — the
 * clauses considered, the dictionary entries tried, the actors coded and the mode.
 */
final class ExplainCommand {
    static final String USAGE = """
            usage: herald explain [--published DATE] SENTENCE...

            Parses the text (one argument, or several joined by spaces), finds its entities and shows, clause by
            clause, which verb entries were tried, how the actors were coded, which modality rule fired and
            which events were emitted or dropped, and why. Loads the English language models (a few seconds).

              --published D   the date relative expressions resolve against (YYYY-MM-DD); default today
            """;

    private ExplainCommand() {}

    private static final class Options {
        Optional<LocalDate> published = Optional.empty();
    }

    static int run(List<String> args, Streams io) {
        Args a = new Args(args, USAGE);
        Options o = new Options();
        Optional<List<String>> words = a.read(name -> {
            if (!name.equals("published")) throw a.unknown(name);
            String value = a.value("published");
            try {
                o.published = Optional.of(LocalDate.parse(value));
            } catch (DateTimeParseException e) {
                throw a.error("--published wants YYYY-MM-DD, not " + value);
            }
        });
        if (words.isEmpty()) {
            io.out().print(USAGE);
            return ExitCode.OK;
        }
        Optional<LocalDate> published = o.published;
        String text = String.join(" ", words.get()).strip();
        if (text.isEmpty()) {
            throw a.error("no sentence given");
        }
        ParsedText parsed = Understanding.parser().parse(text);
        Explainer explainer = new Explainer(new CameoCoder(new DictionaryActorCoder()));
        // The sentence's own dates, resolved against the publication day as analyze does ("in 1967" dates the event).
        List<TimeExpression> dates = published.map(day -> TimeResolver.english().resolve(parsed, day)).orElse(List.of());
        io.out().print(explainer.explain(parsed, new EntityFinder().find(parsed), dates, published));
        return ExitCode.OK;
    }
}
