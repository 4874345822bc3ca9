package org.herald.cli;

import java.util.List;
import java.util.Locale;
import org.herald.events.cameo.CameoCode;
import org.herald.events.cameo.CameoCodebook;
import org.herald.model.Outcome;
import org.herald.model.Warning;
import org.herald.model.analysis.Analysis;
import org.herald.model.analysis.Entity;
import org.herald.model.analysis.EntityType;
import org.herald.model.analysis.Event;
import org.herald.model.analysis.Quote;

/** A few readable lines on what understanding found in one article: people, quotes and events. */
final class AnalysisSummary {
    private static final int SHOWN = 4;
    private static final int QUOTE_CHARS = 70;

    private final CameoCodebook codebook = CameoCodebook.load();

    String format(Outcome<Analysis> outcome) {
        if (!(outcome instanceof Outcome.Ok<Analysis> ok)) {
            return "   (not analysed: " + ((Outcome.Failed<Analysis>) outcome).detail() + ")";
        }
        Analysis a = ok.value();
        StringBuilder sb = new StringBuilder();
        for (Warning w : ok.warnings()) {
            if (w.code().equals("language_not_supported")) {
                return "   (understanding is English-only: entities, quotes and events skipped)";
            }
        }
        List<Entity> people = a.entities().stream().filter(e -> e.type() == EntityType.PERSON).toList();
        line(sb, "people", people.stream().limit(SHOWN).map(AnalysisSummary::person).toList());
        String body = a.article().body();
        line(sb, "quotes", a.quotes().stream().limit(SHOWN).map(q -> quote(q, body)).toList());
        line(sb, "events", a.events().stream().limit(SHOWN).map(this::event).toList());
        return sb.toString().stripTrailing();
    }

    private static String person(Entity e) {
        String role = e.title().map(t -> t + (e.country().isPresent() ? ", " + e.country().get() : ""))
                .or(() -> e.country()).orElse("");
        return e.name() + (role.isEmpty() ? "" : " (" + role + ")");
    }

    private static String quote(Quote q, String body) {
        String text = q.content().of(body).replaceAll("\\s+", " ");
        if (text.length() > QUOTE_CHARS) text = text.substring(0, QUOTE_CHARS - 1) + "…";
        return q.speaker().map(s -> s.name()).orElse("(unattributed)") + ": \u201c" + text + "\u201d";
    }

    /** "RUSGOV → UKR  CAMEO 112 Accuse · ACCUSE, …"; a statement or appeal (no PLOVER type) shows its name alone. */
    private String event(Event e) {
        String name = codebook.find(e.cameo()).map(c -> " " + c.name()).orElse("");
        String plover = e.plover().equals(CameoCode.NO_PLOVER) ? "" : " \u00b7 " + e.plover();
        return String.format(Locale.ROOT, "%s → %s  CAMEO %s%s%s, Goldstein %+.1f, %s (\u201c%s\u201d)",
                e.source().code().isEmpty() ? e.source().name() : e.source().code(),
                e.target().map(t -> t.code().isEmpty() ? t.name() : t.code()).orElse("-"),
                e.cameo(), name, plover, e.goldstein(), e.mode().key(), e.trigger());
    }

    private static void line(StringBuilder sb, String name, List<String> items) {
        if (items.isEmpty()) return;
        sb.append(String.format(Locale.ROOT, "   %-9s %s%n", name + ":", items.get(0)));
        for (String item : items.subList(1, items.size())) {
            sb.append(String.format(Locale.ROOT, "   %-9s %s%n", "", item));
        }
    }
}
