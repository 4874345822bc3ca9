package org.herald.model.analysis;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** How the words are reported. */
public enum QuoteType {
    /** The speaker's own words in quotation marks. */
    DIRECT,
    /** Reported speech: "X said that …", "X warned …". */
    INDIRECT,
    /** A quoted fragment inside reported speech: X called the plan "reckless". */
    PARTIAL;

    /** The lower-case name the HTTP API takes: "direct", "indirect", "partial". */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * A comma-separated list of type names ("direct,partial"), any case, or {@code all} for every type.
     *
     * @throws IllegalArgumentException for an empty list or a name that is no type, with the names allowed
     */
    public static Set<QuoteType> parseList(String list) {
        if (list.strip().equalsIgnoreCase("all")) return EnumSet.allOf(QuoteType.class);
        Set<QuoteType> types = EnumSet.noneOf(QuoteType.class);
        for (String part : list.split(",")) {
            String name = part.strip();
            if (name.isEmpty()) continue;
            types.add(Arrays.stream(values()).filter(t -> t.key().equalsIgnoreCase(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("'" + name + "' is no quote type; give all or "
                            + Arrays.stream(values()).map(QuoteType::key).collect(Collectors.joining(", ")))));
        }
        if (types.isEmpty()) throw new IllegalArgumentException("no quote type given");
        return types;
    }
}
