package org.herald.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.herald.model.Span;

/**
 * Reads the CAMEO_ConfliBERT coder rounds in {@code shared/eval/events/cameo-conflibert-rounds} in place: the latest
 * full coding of each sentence set, {@code training_round_7/summary.csv} for sentences 1-100 and
 * {@code training_round_9/summary.csv} for 101-200 (round 10 recoded only 50 sentences per coder; the README says
 * which files to ignore). Columns are taken by name: {@code sentences}, and per coder k {@code anncomplete_k},
 * {@code entities_k} ((label, text, start) tuples, start in code points), {@code 1_Relevant_k} and
 * {@code Action<i>_CAMEO_k} ("4-18 Assualt": PentaClass, CAMEO root, name). Only coders who marked the sentence
 * complete count.
 */
final class RoundsSuite {
    static final List<String> FILES = List.of("training_round_7/summary.csv", "training_round_9/summary.csv");

    private RoundsSuite() {}

    /** One sentence and each active coder's events; spans index {@code text}. */
    record RoundCase(String id, String text, List<Coding> codings) {
        RoundCase {
            codings = List.copyOf(codings);
        }
    }

    /** One coder's reading: no events when the coder found nothing codable. */
    record Coding(int coder, List<CoderEvent> events) {
        Coding {
            events = List.copyOf(events);
        }
    }

    /** One coded action: its CAMEO root ("01" … "20") and the spans the coder tagged as its sides. */
    record CoderEvent(String root, List<Span> sources, List<Span> targets) {
        CoderEvent {
            sources = List.copyOf(sources);
            targets = List.copyOf(targets);
        }
    }

    static List<RoundCase> read(Path dir) {
        List<RoundCase> cases = new ArrayList<>();
        for (String file : FILES) {
            List<List<String>> rows = Csv.read(dir.resolve(file));
            List<String> header = rows.get(0);
            for (List<String> row : rows.subList(1, rows.size())) {
                if (row.size() < header.size()) continue;
                cases.add(read(header, row));
            }
        }
        return cases;
    }

    private static RoundCase read(List<String> header, List<String> row) {
        String raw = cell(header, row, "sentences");
        String text = raw.strip();
        int lead = raw.indexOf(text.isEmpty() ? raw : text.substring(0, 1));
        String id = cell(header, row, "plain_text").replaceAll("^(No\\. \\d+).*", "$1").strip();
        List<Coding> codings = new ArrayList<>();
        for (int k = 1; k <= 5; k++) {
            if (!cell(header, row, "anncomplete_" + k).equalsIgnoreCase("true")) continue;
            boolean irrelevant = cell(header, row, "1_Relevant_" + k).equalsIgnoreCase("false");
            Map<Integer, List<Span>> sources = new TreeMap<>(), targets = new TreeMap<>();
            for (PythonTuples.Tuple t : PythonTuples.parse(cell(header, row, "entities_" + k))) {
                String[] label = t.label().split("-");
                if (label.length != 2 || !label[1].matches("\\d")) continue;
                int start = raw.offsetByCodePoints(0, t.start()) - lead;
                Span span = new Span(Math.max(0, start), Math.max(0, start) + t.text().length());
                if (span.end() > text.length()) continue;
                Map<Integer, List<Span>> side = switch (label[0]) {
                    case "Source" -> sources;
                    case "Target" -> targets;
                    default -> null;
                };
                if (side != null) side.computeIfAbsent(Integer.parseInt(label[1]), x -> new ArrayList<>()).add(span);
            }
            List<CoderEvent> events = new ArrayList<>();
            for (int i = 1; i <= 4 && !irrelevant; i++) {
                String code = cell(header, row, "Action" + i + "_CAMEO_" + k);
                if (!code.matches("\\d-\\d{1,2}\\b.*")) continue;
                String root = code.replaceAll("^\\d-(\\d{1,2}).*", "$1");
                events.add(new CoderEvent(root.length() == 1 ? "0" + root : root, sources.getOrDefault(i, List.of()),
                        targets.getOrDefault(i, List.of())));
            }
            codings.add(new Coding(k, events));
        }
        return new RoundCase(id, text, codings);
    }

    private static String cell(List<String> header, List<String> row, String column) {
        int i = header.indexOf(column);
        return i < 0 || i >= row.size() ? "" : row.get(i).strip();
    }
}
