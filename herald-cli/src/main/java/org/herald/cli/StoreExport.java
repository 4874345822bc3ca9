package org.herald.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.herald.events.export.GdeltWriter;
import org.herald.events.export.PloverWriter;
import org.herald.model.analysis.EventMode;
import org.herald.nlp.entity.Places;
import org.herald.store.DateRange;
import org.herald.store.EventPage;
import org.herald.store.EventQuery;
import org.herald.store.EventTraits;
import org.herald.store.Paging;
import org.herald.store.Store;
import org.herald.store.export.CsvTables;
import org.herald.store.export.EventExports;
import org.herald.store.export.Rows;
import org.herald.store.export.StorePages;

/**
 * {@code ./herald export --store DIR}: the store's events matching the filters of {@code GET /api/events}, newest
 * first, read a page at a time with cursors, so the store may be of any size. The store is opened read-only, as a
 * serve without a token opens it, so a running serve or ingest keeps it meanwhile.
 */
final class StoreExport {
    private StoreExport() {}

    static int run(Args a, String format, ExportCommand.Options o, Streams io) {
        EventQuery query = query(a, format, o);
        try (Store store = Stores.openReadOnly(o.store.orElseThrow())) {
            Rows<EventPage.Hit> rows = rows(format, store, o.header);
            Writer out = new BufferedWriter(new OutputStreamWriter(io.out(), StandardCharsets.UTF_8));
            rows.header(out);
            long[] written = {0};
            long hits = StorePages.forEach(StorePages.events(store, query),
                    hit -> written[0] += rows.write(hit, out));
            out.flush();
            io.err().println(written[0] + " events from the store" + (hits > written[0]
                    ? " (" + (hits - written[0]) + " more matched that " + format + " has no row for)" : ""));
            return ExitCode.OK;
        } catch (IOException e) {
            io.err().println("herald: " + Terminal.safe("cannot export " + o.store.get() + ": " + e.getMessage()));
            return ExitCode.SOME_FAILED;
        }
    }

    private static Rows<EventPage.Hit> rows(String format, Store store, boolean header) {
        return switch (format) {
            case "gdelt" -> EventExports.gdelt(store, new GdeltWriter(Places.load(), Clock.systemUTC()), header);
            case "plover" -> EventExports.plover(store, new PloverWriter());
            case "jsonl" -> EventExports.jsonl(store);
            default -> CsvTables.events();
        };
    }

    /** The filters as the store's query; a bad value is a usage error naming its option. */
    private static EventQuery query(Args a, String format, ExportCommand.Options o) {
        Map<String, String> f = o.filters;
        Optional<String> cameo = Optional.ofNullable(f.get("cameo"));
        if (cameo.isPresent() && !cameo.get().matches("\\d{1,4}")) {
            throw a.error("--cameo must be a CAMEO code or prefix of one to four digits, not '" + cameo.get() + "'");
        }
        Optional<Integer> quad = Optional.ofNullable(f.get("quad")).map(q -> {
            if (!q.matches("[1-4]")) throw a.error("--quad must be 1 to 4, not '" + q + "'");
            return Integer.parseInt(q);
        });
        Set<EventMode> modes = o.modes.orElse(format.equals("gdelt") ? EnumSet.of(EventMode.ASSERTED)
                : EnumSet.allOf(EventMode.class));
        try {
            DateRange dates = new DateRange(day(a, f, "from"), day(a, f, "to"));
            return new EventQuery(Optional.ofNullable(f.get("source")), Optional.ofNullable(f.get("target")), cameo,
                    Optional.ofNullable(f.get("plover")), Optional.ofNullable(f.get("entity")), dates,
                    new EventTraits(modes, quad, o.minConfidence), Paging.first(StorePages.PAGE_SIZE));
        } catch (IllegalArgumentException e) {
            throw a.error(e.getMessage());
        }
    }

    private static Optional<LocalDate> day(Args a, Map<String, String> f, String option) {
        return Optional.ofNullable(f.get(option)).map(v -> {
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw a.error("--" + option + " must be a day as YYYY-MM-DD, not '" + v + "'");
            }
        });
    }
}
