package org.herald.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.herald.model.analysis.EventMode;
import org.herald.model.analysis.QuoteType;
import org.herald.store.DateRange;
import org.herald.store.EventTraits;
import org.herald.store.Paging;
import org.herald.store.TimelineQuery;

/**
 * A request's query parameters as the types the store takes. Every malformed value is a 400 naming the parameter,
 * so a handler never sees a string it has to check; range rules (limit ≤ 1000, from ≤ to) stay with the store's
 * query records, whose {@link IllegalArgumentException} also becomes a 400.
 */
final class Params {
    static final int DEFAULT_LIMIT = 20;
    /** Longest free-text parameter: a search box, not a document. */
    private static final int MAX_TEXT = 500;

    private final Context ctx;

    Params(Context ctx) {
        this.ctx = ctx;
    }

    /** The parameter, stripped; absent when missing or blank ({@code ?q=} means no filter). */
    Optional<String> text(String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        if (value.length() > MAX_TEXT) {
            throw ApiError.badParameter(name, name + " is longer than " + MAX_TEXT + " characters");
        }
        return Optional.of(value.strip());
    }

    /** An ISO day, {@code 2024-05-31}. */
    Optional<LocalDate> date(String name) {
        return text(name).map(value -> {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw ApiError.badParameter(name, name + " must be a date as YYYY-MM-DD, not '" + value + "'");
            }
        });
    }

    /** {@code from} and {@code to}, inclusive. */
    DateRange dates() {
        return new DateRange(date("from"), date("to"));
    }

    /**
     * {@code limit} (default {@value #DEFAULT_LIMIT}) and either {@code offset} (default 0) or {@code cursor} (the
     * {@code cursor} of the page before); whether a cursor fits the search is the store's to say.
     */
    Paging paging() {
        int limit = integer("limit").orElse(DEFAULT_LIMIT);
        Optional<String> cursor = text("cursor");
        Optional<Integer> offset = integer("offset");
        if (cursor.isPresent() && offset.isPresent()) {
            throw ApiError.badParameter("cursor", "cursor and offset cannot be combined: the cursor says where the"
                    + " page starts");
        }
        return new Paging(limit, offset.orElse(0), cursor);
    }

    int limit() {
        return paging().limit();
    }

    /** {@code interval}: day, week or month (default month). */
    TimelineQuery.Interval interval() {
        Optional<String> value = text("interval");
        if (value.isEmpty()) {
            return TimelineQuery.Interval.MONTH;
        }
        return switch (value.get().toLowerCase(Locale.ROOT)) {
            case "day" -> TimelineQuery.Interval.DAY;
            case "week" -> TimelineQuery.Interval.WEEK;
            case "month" -> TimelineQuery.Interval.MONTH;
            default -> throw ApiError.badParameter("interval",
                    "interval must be day, week or month, not '" + value.get() + "'");
        };
    }

    /**
     * The event filters {@code mode} (comma-separated modes, or {@code all}; default {@code defaults}' modes),
     * {@code quad} (1–4) and {@code min_confidence} (0–1, default 0).
     */
    EventTraits traits(EventTraits defaults) {
        Set<EventMode> modes = text("mode").map(value -> {
            try {
                return EventMode.parseList(value);
            } catch (IllegalArgumentException e) {
                throw ApiError.badParameter("mode", "mode: " + e.getMessage());
            }
        }).orElse(defaults.modes());
        Optional<Integer> quad = integer("quad").map(q -> {
            if (q < 1 || q > 4) throw ApiError.badParameter("quad", "quad must be 1 to 4, not " + q);
            return q;
        });
        return new EventTraits(modes, quad, minConfidence());
    }

    /** {@code type}: comma-separated quote types (direct, indirect, partial) or {@code all}, the default. */
    Set<QuoteType> quoteTypes() {
        return text("type").map(value -> {
            try {
                return QuoteType.parseList(value);
            } catch (IllegalArgumentException e) {
                throw ApiError.badParameter("type", "type: " + e.getMessage());
            }
        }).orElse(EnumSet.allOf(QuoteType.class));
    }

    /** {@code cameo}: a CAMEO code prefix, one to four digits ("19", "0311"). */
    Optional<String> cameoPrefix() {
        Optional<String> value = text("cameo");
        if (value.isPresent() && !value.get().matches("\\d{1,4}")) {
            throw ApiError.badParameter("cameo", "cameo must be a CAMEO code prefix of one to four digits, not '"
                    + value.get() + "'");
        }
        return value;
    }

    private double minConfidence() {
        Optional<String> value = text("min_confidence");
        if (value.isEmpty()) return 0;
        double x;
        try {
            x = Double.parseDouble(value.get());
        } catch (NumberFormatException e) {
            x = Double.NaN;
        }
        if (!(x >= 0 && x <= 1)) {
            throw ApiError.badParameter("min_confidence", "min_confidence must be a number from 0 to 1, not '"
                    + value.get() + "'");
        }
        return x;
    }

    /** {@code url}: the posted page's address, absolute http(s). */
    Optional<String> httpUrl(String name) {
        return text(name).map(value -> {
            if (!Links.isHttp(value)) {
                throw ApiError.badParameter(name, name + " must be an absolute http or https URL, not '" + value + "'");
            }
            return value;
        });
    }

    private Optional<Integer> integer(String name) {
        return text(name).map(value -> {
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw ApiError.badParameter(name, name + " must be a whole number, not '" + value + "'");
            }
        });
    }
}
