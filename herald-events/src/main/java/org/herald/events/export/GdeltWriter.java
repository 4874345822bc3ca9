package org.herald.events.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.herald.geo.Gazetteer;
import org.herald.nlp.entity.Places;

/**
 * GDELT 2.0 event records, tab-separated, one per event; see {@link GdeltColumns} for what is filled. GDELT has no
 * mode column, so a row reads as a fact: by default only asserted events are written ({@link EventSelection#asserted()}).
 * The header line ({@link #header()}) is not part of GDELT's files; callers write it only when asked.
 */
public final class GdeltWriter {
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter ADDED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);

    private final Places places;
    private final GeoColumns geo;
    private final Clock clock;

    /** With the gazetteer built into herald-geo (loaded here, about a second). */
    public GdeltWriter(Places places, Clock clock) {
        this(places, Gazetteer.load(), clock);
    }

    public GdeltWriter(Places places, Gazetteer gazetteer, Clock clock) {
        this.places = places;
        this.geo = new GeoColumns(places, gazetteer);
        this.clock = clock;
    }

    public String header() {
        return String.join("\t", GdeltColumns.NAMES);
    }

    /** The 61 column names, in the order of every row: for writers of other formats (the Spark job's tables). */
    public static List<String> columns() {
        return GdeltColumns.NAMES;
    }

    /** The rows of one analysed document's asserted events, no trailing newline on each. */
    public List<String> rows(JsonNode document) {
        return rows(document, EventSelection.asserted());
    }

    /** The rows of the events of one analysed document that the selection accepts. */
    public List<String> rows(JsonNode document, EventSelection selection) {
        EventRows rows = EventRows.of(document, selection);
        String added = LocalDateTime.now(clock).format(ADDED);
        return rows.events().stream().map(e -> row(rows, e, StoryCounts.SINGLE, added)).toList();
    }

    /**
     * The row of one event of an analysed document, whatever its mode or confidence: the caller chose it (a store
     * export whose query already filtered). The same row {@link #rows(JsonNode, EventSelection)} writes for it.
     */
    public String row(JsonNode document, JsonNode event) {
        return row(document, event, StoryCounts.SINGLE);
    }

    /**
     * The same row with NumMentions, NumSources and NumArticles as the event's story counts them (a store knows the
     * story; a document read alone is {@link StoryCounts#SINGLE}).
     */
    public String row(JsonNode document, JsonNode event, StoryCounts counts) {
        return row(new EventRows(document, List.of(event)), event, counts, LocalDateTime.now(clock).format(ADDED));
    }

    private String row(EventRows rows, JsonNode e, StoryCounts counts, String added) {
        String[] cells = new String[GdeltColumns.NAMES.size()];
        Arrays.fill(cells, "");
        set(cells, "GlobalEventID", Long.toString(rows.id(e)));
        EventRows.text(e, "date").ifPresent(iso -> dateColumns(cells, iso));
        actor(cells, "Actor1", e.path("source"));
        actor(cells, "Actor2", e.path("target"));
        set(cells, "IsRootEvent", rows.inLead(e) ? "1" : "0");
        String cameo = GeoColumns.text(e.path("cameo"));
        set(cells, "EventCode", cameo);
        set(cells, "EventBaseCode", cameo.length() > 3 ? cameo.substring(0, 3) : cameo);
        set(cells, "EventRootCode", cameo.length() >= 2 ? cameo.substring(0, 2) : cameo);
        set(cells, "QuadClass", Integer.toString(e.path("quad_class").asInt()));
        set(cells, "GoldsteinScale", String.format(Locale.ROOT, "%.1f", e.path("goldstein").asDouble()));
        set(cells, "NumMentions", Long.toString(counts.mentions()));
        set(cells, "NumSources", Long.toString(counts.sources()));
        set(cells, "NumArticles", Long.toString(counts.articles()));
        geo.action(cells, e.path("location"));
        geo.actor(cells, "Actor1Geo", e.path("source"));
        geo.actor(cells, "Actor2Geo", e.path("target"));
        set(cells, "DATEADDED", added);
        set(cells, "SOURCEURL", clean(rows.origin()));
        return String.join("\t", cells);
    }

    /**
     * The date columns to the precision the event's own date has; GDELT's columns are a day (SQLDATE), a month
     * (MonthYear), a year and a fraction of a year, and Herald fills only those the text gives. A day
     * ("2024-03-04") fills all four. A month ("2019-11") fills MonthYear and Year; a year ("1967") Year alone;
     * a week ("2024-W10") its year, and its month when the week lies within one; a decade ("199X") none. The
     * day is never invented: writing 19670101 for "in 1967" (the first day) or the publication day would tell a
     * GDELT user, who reads SQLDATE as the day of the event, a day the text never gave. An event without a date
     * (its article had none, or its sentence dates it only from another event) has empty date columns.
     */
    static void dateColumns(String[] cells, String iso) {
        try {
            if (iso.matches("\\d{4}")) {
                set(cells, "Year", iso);
            } else if (iso.matches("\\d{4}-\\d{2}")) {
                set(cells, "MonthYear", iso.replace("-", ""));
                set(cells, "Year", iso.substring(0, 4));
            } else if (iso.matches("\\d{4}-W\\d{2}")) {
                LocalDate monday = LocalDate.parse(iso + "-1", DateTimeFormatter.ISO_WEEK_DATE);
                LocalDate sunday = monday.plusDays(6);
                if (monday.getYear() == sunday.getYear()) set(cells, "Year", Integer.toString(monday.getYear()));
                if (monday.getMonth() == sunday.getMonth() && monday.getYear() == sunday.getYear()) {
                    set(cells, "MonthYear", monday.format(DAY).substring(0, 6));
                }
            } else if (iso.length() >= 10 && iso.substring(0, 10).matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate d = LocalDate.parse(iso.substring(0, 10));
                set(cells, "Day", d.format(DAY));
                set(cells, "MonthYear", d.format(DAY).substring(0, 6));
                set(cells, "Year", Integer.toString(d.getYear()));
                set(cells, "FractionDate", String.format(Locale.ROOT, "%.4f", d.getYear() + d.getDayOfYear() / 365.0));
            }
        } catch (DateTimeException e) {
            // a value the resolver should not have written: no date columns rather than a wrong one
        }
    }

    /** RUSGOV → country RUS, type GOV; NATO → known group NATO; the name upper-cased as GDELT writes it. */
    private void actor(String[] cells, String prefix, JsonNode actor) {
        if (!actor.isObject()) return;
        String code = GeoColumns.text(actor.path("code"));
        set(cells, prefix + "Code", code);
        set(cells, prefix + "Name", clean(GeoColumns.text(actor.path("name"))).toUpperCase(Locale.ROOT));
        boolean country = places.countryOfCode(code).isPresent();
        if (country) {
            set(cells, prefix + "CountryCode", code.substring(0, 3));
            if (code.length() >= 6) set(cells, prefix + "Type1Code", code.substring(3, 6));
        } else if (!code.isEmpty()) {
            set(cells, prefix + "KnownGroupCode", code);
        }
    }

    static void set(String[] cells, String column, String value) {
        cells[GdeltColumns.index(column)] = value;
    }

    /** Tabs and line breaks would break the row. */
    static String clean(String s) {
        return s.replaceAll("[\\t\\r\\n]+", " ").strip();
    }
}
