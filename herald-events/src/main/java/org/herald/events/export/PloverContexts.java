package org.herald.events.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.herald.events.cameo.CameoCode;
import org.herald.events.cameo.CameoCodebook;
import org.herald.model.analysis.EventMode;
import org.herald.model.lexicon.Lexicon;

/**
 * The PLOVER contexts of an event that Herald can tell without reading the story as a whole: those the
 * CAMEO-to-PLOVER conversion gives its code ({@code cameo-plover.tsv}: 0312 → military), those of its mode and
 * its actors' sectors ({@code plover-contexts.tsv}: negated → negation, RUSMIL → military), and "historical" when
 * its own date ends more than a year before the article was published. PLOVER's topical contexts that need the
 * document (election, disease, cyber …) are not guessed.
 */
final class PloverContexts {
    private final CameoCodebook codebook;
    private final Map<String, String> byMode = new HashMap<>();
    private final Map<String, String> bySector = new HashMap<>();

    PloverContexts(CameoCodebook codebook) {
        this.codebook = codebook;
        for (List<String> row : Lexicon.rows(PloverContexts.class, "plover-contexts.tsv", 3, 4)) {
            switch (row.get(0)) {
                case "mode" -> byMode.put(EventMode.parseList(row.get(1)).iterator().next().key(), row.get(2));
                case "sector" -> bySector.put(row.get(1), row.get(2));
                default -> throw new IllegalStateException("plover-contexts.tsv: unknown kind " + row.get(0));
            }
        }
    }

    /** The contexts in a stable order: the code's, then the mode's, the actors', and "historical". */
    List<String> of(JsonNode event, Optional<String> published) {
        Set<String> contexts = new LinkedHashSet<>();
        codebook.find(event.path("cameo").asText()).map(CameoCode::ploverContext).ifPresent(contexts::addAll);
        Optional.ofNullable(byMode.get(event.path("mode").asText())).ifPresent(contexts::add);
        sectors(event.path("source"), contexts);
        sectors(event.path("target"), contexts);
        if (historical(EventRows.text(event, "date"), published)) contexts.add("historical");
        return List.copyOf(contexts);
    }

    // "RUSMIL" → MIL, "IGOWSTNAT" → WST, NAT: every three-letter part after the first.
    private void sectors(JsonNode actor, Set<String> contexts) {
        String code = actor.path("code").asText();
        for (int i = 3; i + 3 <= code.length(); i += 3) {
            String context = bySector.get(code.substring(i, i + 3));
            if (context != null) contexts.add(context);
        }
    }

    /** "1967" in an article of 2019 is history; "last week" (a day) or "2019-11" in a December 2019 article is not. */
    static boolean historical(Optional<String> own, Optional<String> published) {
        Optional<LocalDate> end = own.flatMap(PloverContexts::lastDay);
        Optional<LocalDate> day = published.filter(p -> p.length() >= 10).flatMap(p -> parse(p.substring(0, 10)));
        return end.isPresent() && day.isPresent() && end.get().isBefore(day.get().minusYears(1));
    }

    private static Optional<LocalDate> lastDay(String iso) {
        try {
            if (iso.matches("\\d{4}")) return Optional.of(LocalDate.of(Integer.parseInt(iso), 12, 31));
            if (iso.matches("\\d{4}-\\d{2}")) return Optional.of(YearMonth.parse(iso).atEndOfMonth());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return iso.length() >= 10 ? parse(iso.substring(0, 10)) : Optional.empty();
    }

    private static Optional<LocalDate> parse(String day) {
        try {
            return Optional.of(LocalDate.parse(day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
