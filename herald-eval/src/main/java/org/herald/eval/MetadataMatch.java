package org.herald.eval;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How one metadata field compares with the gold value. {@code NOT_SCORED} when the gold has no value, so
 * accuracies are taken over the cases that have one (33 dates, 73 languages, 76 bylines in the Readability suite).
 */
enum MetadataMatch {
    MATCH, MISS, NOT_SCORED;

    /** Matches out of the scored cases: a field's accuracy over the pages whose gold gives it. */
    static Ratio accuracy(Stream<MetadataMatch> cases) {
        List<MetadataMatch> scored = cases.filter(m -> m != NOT_SCORED).toList();
        return new Ratio((int) scored.stream().filter(m -> m == MATCH).count(), scored.size());
    }

    static MetadataMatch title(Optional<String> gold, Optional<String> ours) {
        if (gold.isEmpty()) return NOT_SCORED;
        return of(ours.map(MetadataMatch::spaces).equals(gold.map(MetadataMatch::spaces)));
    }

    /** Author sets equal after lower-casing, dropping a leading "by" and splitting on commas, semicolons, "and", "&". */
    static MetadataMatch byline(Optional<String> gold, List<String> ours) {
        if (gold.isEmpty()) return NOT_SCORED;
        Set<String> goldNames = names(gold.get());
        Set<String> ourNames = names(String.join(", ", ours));
        return of(!goldNames.isEmpty() && goldNames.equals(ourNames));
    }

    /** Same calendar day as written (the first ten characters of an ISO date or date-time). */
    static MetadataMatch day(Optional<String> gold, Optional<String> ours) {
        if (gold.isEmpty()) return NOT_SCORED;
        String g = gold.get().strip();
        return of(ours.isPresent() && g.length() >= 10 && ours.get().length() >= 10
                && g.substring(0, 10).equals(ours.get().substring(0, 10)));
    }

    /** Primary language subtag: "en-US" and "en" agree. */
    static MetadataMatch language(Optional<String> gold, Optional<String> ours) {
        if (gold.isEmpty()) return NOT_SCORED;
        return of(ours.map(MetadataMatch::primary).equals(gold.map(MetadataMatch::primary)));
    }

    private static MetadataMatch of(boolean match) {
        return match ? MATCH : MISS;
    }

    private static String spaces(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static String primary(String tag) {
        return tag.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
    }

    private static Set<String> names(String byline) {
        String s = spaces(byline).toLowerCase(Locale.ROOT).replaceFirst("^by\\s+", "");
        return Arrays.stream(s.split("\\s*(?:,|;|&|\\band\\b)\\s*"))
                .map(String::strip).filter(n -> !n.isEmpty()).collect(Collectors.toSet());
    }
}
