package org.herald.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.herald.events.cameo.CameoCode;
import org.herald.model.analysis.Event;

/**
 * Scores Herald's PLOVER types and modes on the NGEC synthetic stories ({@code events-ngec}), story by story: a
 * story's types are the PLOVER types of its events (CAMEO 01 and 02 have none). Type recall: stories whose label is
 * among them; precision: the (story, type) pairs that are the label. Mode accuracy, for the stories whose label was
 * found and whose prompt gave a mode: an event of the label's type carries that mode. The labels are the prompts', not
 * a reader's (README): these are development numbers, never a headline accuracy.
 */
final class NgecEval {
    private final SentenceCoder coder;

    NgecEval(SentenceCoder coder) {
        this.coder = coder;
    }

    SuiteReport score(List<NgecSuite.Story> stories) {
        Map<String, int[]> perType = new TreeMap<>(); // stories, found, given, right, with mode, mode right
        Map<String, Map<String, Integer>> missedAs = new TreeMap<>();
        List<String> misses = new java.util.ArrayList<>();
        int withEvent = 0, withPlover = 0, found = 0, given = 0, right = 0, moded = 0, modeRight = 0;
        for (NgecSuite.Story s : stories) {
            List<Event> events = coder.code(s.text()).events();
            Set<String> types = events.stream().map(Event::plover).filter(t -> !t.equals(CameoCode.NO_PLOVER))
                    .collect(Collectors.toCollection(TreeSet::new));
            if (!events.isEmpty()) withEvent++;
            if (!types.isEmpty()) withPlover++;
            int[] gold = perType.computeIfAbsent(s.type(), t -> new int[6]);
            gold[0]++;
            for (String t : types) {
                int[] n = perType.computeIfAbsent(t, x -> new int[6]);
                n[2]++;
                if (t.equals(s.type())) n[3]++;
            }
            given += types.size();
            if (types.contains(s.type())) {
                found++;
                right++;
                gold[1]++;
                if (!s.mode().isEmpty()) {
                    moded++;
                    gold[4]++;
                    if (events.stream().anyMatch(e -> e.plover().equals(s.type())
                            && e.ploverMode().filter(m -> m.equalsIgnoreCase(s.mode())).isPresent())) {
                        modeRight++;
                        gold[5]++;
                    }
                }
            } else {
                misses.add(s.type() + (s.mode().isEmpty() ? "" : "/" + s.mode()) + ", got " + types + ": "
                        + s.text().substring(0, Math.min(200, s.text().length())).replace('\n', ' ') + " …");
                Map<String, Integer> as = missedAs.computeIfAbsent(s.type(), t -> new TreeMap<>());
                if (types.isEmpty()) as.merge(events.isEmpty() ? "no event" : "statement/appeal only", 1, Integer::sum);
                types.forEach(t -> as.merge(t, 1, Integer::sum));
            }
        }
        Map<String, Ratio> m = new LinkedHashMap<>();
        m.put("stories_with_event", new Ratio(withEvent, stories.size()));
        m.put("stories_with_plover_event", new Ratio(withPlover, stories.size()));
        m.put("plover_type_recall", new Ratio(found, stories.size()));
        m.put("plover_type_precision", new Ratio(right, given));
        m.put("mode_accuracy_found", new Ratio(modeRight, moded));
        StringBuilder b = new StringBuilder("PLOVER type per label (precision: stories given the type that carry it;"
                + " missed as: what the missed stories got):\n\n| type | stories | recall | precision | mode right |"
                + " missed as |\n| --- | --- | --- | --- | --- | --- |\n");
        perType.forEach((t, n) -> b.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %s |%n", t, n[0],
                new Ratio(n[1], n[0]), new Ratio(n[3], n[2]), new Ratio(n[5], n[4]), top(missedAs.get(t)))));
        return new SuiteReport(m, b.toString(), misses);
    }

    private static String top(Map<String, Integer> counts) {
        if (counts == null) return "";
        return counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(4)
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}
