package org.herald.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a suite run measured: its headline metrics by name (the names {@code event-floors.tsv} uses), the tables
 * behind them in Markdown, and the cases Herald got wrong, one line each (what was expected, what it gave).
 */
record SuiteReport(Map<String, Ratio> metrics, String details, List<String> misses) {
    SuiteReport {
        metrics = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
        misses = List.copyOf(misses);
    }

    Ratio metric(String name) {
        Ratio r = metrics.get(name);
        if (r == null) throw new IllegalArgumentException("no metric " + name + " in " + metrics.keySet());
        return r;
    }

    /** One Markdown table with a column per run: the dev and held-out halves side by side. */
    static String sideBySide(List<String> labels, List<SuiteReport> reports) {
        StringBuilder b = new StringBuilder("| metric |");
        labels.forEach(l -> b.append(' ').append(l).append(" |"));
        b.append("\n| --- |");
        labels.forEach(l -> b.append(" --- |"));
        b.append('\n');
        for (String name : reports.get(0).metrics().keySet()) {
            b.append("| ").append(name).append(" |");
            reports.forEach(r -> b.append(' ').append(r.metric(name)).append(" |"));
            b.append('\n');
        }
        return b.toString();
    }
}
