package org.herald.eval;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.herald.eval.TabariRecords.Expectation;
import org.herald.eval.TabariRecords.TabariRecord;
import org.herald.events.petrarch.ActorDictionaryReader;
import org.herald.events.petrarch.AgentDictionaryReader;
import org.herald.events.petrarch.CodedEvent;
import org.herald.events.petrarch.DictionaryFormat;
import org.herald.events.petrarch.DiscardDictionary;
import org.herald.events.petrarch.PetrarchDictionaries;
import org.herald.events.petrarch.PetrarchStyleCoder;
import org.herald.events.petrarch.VerbDictionaryReader;
import org.herald.nlp.corenlp.CoreNlpTreebankParser;

/**
 * Scores a coder on the TABARI validation records. An expected (source, target, code) event passes when the coder
 * produces it; a record passes when all its expected events do. {@code {---}} (must not code) and {@code {###}}
 * (discarded) records pass when they code nothing. Predicted events that are neither expected nor deactivated are
 * counted as extra. Option records switch {@link TabariOptions} from that record on; options we cannot honour are
 * listed, and the records coded under them are scored all the same.
 */
final class TabariEval {
    /** Codes one sentence or paragraph: every event, in order of the sentences and their verbs. */
    @FunctionalInterface
    interface Coder {
        List<List<CodedEvent>> code(String text, LocalDate date);
    }

    /** Counts for one category, or for all. */
    record Score(String category, int eventRecords, int passedRecords, int expected, int passed, int extra,
            int mustNotCode, int mustNotCodeQuiet, int discarded, int discardedQuiet) {
        static Score empty(String category) {
            return new Score(category, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        }

        double eventRate() {
            return expected == 0 ? 0 : (double) passed / expected;
        }

        Score plus(Score o) {
            return new Score(category, eventRecords + o.eventRecords, passedRecords + o.passedRecords,
                    expected + o.expected, passed + o.passed, extra + o.extra, mustNotCode + o.mustNotCode,
                    mustNotCodeQuiet + o.mustNotCodeQuiet, discarded + o.discarded, discardedQuiet + o.discardedQuiet);
        }
    }

    /**
     * The run: overall and per-category counts, records that are no coding test and the events they still gave,
     * unsupported options as "record: option", and one line per failed record.
     */
    record Report(Score overall, List<Score> categories, int notATest, int notATestEvents,
            List<String> unsupportedOptions, List<String> failures) {
        Report {
            categories = List.copyOf(categories);
            unsupportedOptions = List.copyOf(unsupportedOptions);
            failures = List.copyOf(failures);
        }

        String summary() {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "%-9s %15s %9s %6s %13s %11s%n", "category", "events passed",
                    "records", "extra", "{---} quiet", "{###} quiet"));
            b.append(line(overall));
            categories.forEach(s -> b.append(line(s)));
            b.append(String.format(Locale.ROOT, "not a coding test ({+++} or no marker): %d records, %d events coded%n",
                    notATest, notATestEvents));
            b.append("options not supported (records coded as if absent):\n");
            unsupportedOptions.forEach(o -> b.append("  ").append(o).append('\n'));
            return b.toString();
        }

        private static String line(Score s) {
            return String.format(Locale.ROOT, "%-9s %3d/%3d %5.1f%% %4d/%4d %6d %6d/%6d %5d/%5d%n", s.category(),
                    s.passed(), s.expected(), 100 * s.eventRate(), s.passedRecords(), s.eventRecords(), s.extra(),
                    s.mustNotCodeQuiet(), s.mustNotCode(), s.discardedQuiet(), s.discarded());
        }
    }

    private TabariEval() {}

    /**
     * Codes the suite in {@code folder} (read in place) with its own dictionaries: TABARI.Demo.actors and
     * TABARI.Demo.verbs read as TABARI files (words are stems unless they end in {@code _}), Validate.agents as
     * written (whole words and their plurals); no discard file: TABARI discards through {@code [###]} codes, and a
     * record with a discarded sentence codes nothing. Each sentence is parsed by {@code parser} and coded by the PETRARCH-style coder.
     */
    static Report run(Path folder, CoreNlpTreebankParser parser) {
        PetrarchDictionaries dictionaries = new PetrarchDictionaries(
                ActorDictionaryReader.read(folder.resolve("TABARI.Demo.actors"), DictionaryFormat.TABARI),
                AgentDictionaryReader.read(folder.resolve("Validate.agents")),
                VerbDictionaryReader.read(folder.resolve("TABARI.Demo.verbs"), DictionaryFormat.TABARI),
                DiscardDictionary.empty());
        PetrarchStyleCoder coder = new PetrarchStyleCoder(dictionaries);
        return run(TabariRecords.read(folder.resolve("tabari_validate.jsonl")), (text, date) -> {
            List<List<CodedEvent>> sentences = new ArrayList<>();
            for (String parse : parser.parse(text)) {
                PetrarchStyleCoder.Result r = coder.code(parse, date);
                if (r.discard().isPresent()) {
                    // a [###] code discards the whole story, as TABARI does
                    return List.of();
                }
                sentences.add(r.events());
            }
            return sentences;
        });
    }

    static Report run(List<TabariRecord> records, Coder coder) {
        TabariOptions options = TabariOptions.defaults();
        Map<String, Score> byCategory = new TreeMap<>();
        int notATest = 0;
        int notATestEvents = 0;
        List<String> unsupported = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (TabariRecord r : records) {
            for (String o : r.options()) {
                TabariOptions.Applied applied = options.apply(o);
                options = applied.options();
                if (!applied.supported()) unsupported.add(r.id() + ": " + o);
            }
            Set<CodedEvent> got = code(r, coder, options);
            if (r.expectation() == Expectation.NOT_A_TEST) {
                notATest++;
                notATestEvents += got.size();
                continue;
            }
            Score s = score(r, got);
            byCategory.merge(r.category(), s, Score::plus);
            boolean passed = s.passedRecords() + s.mustNotCodeQuiet() + s.discardedQuiet() == 1;
            if (!passed) {
                failures.add(r.id() + " " + marker(r) + ": expected " + r.expected() + " got " + got);
            }
        }
        Score overall = Score.empty("ALL");
        for (Score s : byCategory.values()) overall = overall.plus(s);
        List<Score> categories = new ArrayList<>(byCategory.values());
        categories.sort((a, b) -> a.expected() != b.expected() ? b.expected() - a.expected()
                : a.category().compareTo(b.category()));
        return new Report(overall, categories, notATest, notATestEvents, unsupported, failures);
    }

    private static Set<CodedEvent> code(TabariRecord r, Coder coder, TabariOptions options) {
        Set<CodedEvent> got = new LinkedHashSet<>();
        if (options.tooShort(r.text())) return got;
        for (List<CodedEvent> sentence : coder.code(r.text(), r.date())) {
            List<CodedEvent> kept = options.firstEventOnly() && !sentence.isEmpty() ? sentence.subList(0, 1) : sentence;
            for (CodedEvent e : kept) {
                got.add(new CodedEvent(options.actorCode(e.source()), options.actorCode(e.target()), e.code()));
            }
        }
        return got;
    }

    /** One record's counts, under its category. */
    static Score score(TabariRecord r, Set<CodedEvent> got) {
        int extra = (int) got.stream().filter(e -> !r.expected().contains(e) && !r.deactivated().contains(e)).count();
        Score empty = Score.empty(r.category());
        return switch (r.expectation()) {
            case EVENTS -> {
                int passed = (int) r.expected().stream().filter(got::contains).count();
                yield new Score(r.category(), 1, passed == r.expected().size() ? 1 : 0, r.expected().size(), passed,
                        extra, 0, 0, 0, 0);
            }
            case MUST_NOT_CODE -> new Score(r.category(), 0, 0, 0, 0, extra, 1, got.isEmpty() ? 1 : 0, 0, 0);
            case DISCARDED -> new Score(r.category(), 0, 0, 0, 0, extra, 0, 0, 1, got.isEmpty() ? 1 : 0);
            case NOT_A_TEST -> empty;
        };
    }

    private static String marker(TabariRecord r) {
        return switch (r.expectation()) {
            case MUST_NOT_CODE -> "{---}";
            case DISCARDED -> "{###}";
            default -> "";
        };
    }
}
