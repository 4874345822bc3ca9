package org.herald.model.analysis;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Whether the text says an event happened. Only {@link #ASSERTED} events are facts the article states. */
public enum EventMode {
    /** Stated as having happened: "Russia shelled the city". */
    ASSERTED,
    /** Denied or said not to have happened: "Moscow denies it has any plans to invade". */
    NEGATED,
    /** Possible or conditional: "could invade", "would have serious consequences", "if talks fail". */
    HYPOTHETICAL,
    /** Announced for later: "will meet on Monday". */
    FUTURE,
    /** A claim attributed to a speaker rather than stated by the article: inside a quote or reported speech. */
    REPORTED;

    /** The lower-case name the JSON, the CLI and the HTTP API use: "asserted", "negated" … */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * A comma-separated list of mode names ("asserted,reported"), any case, or {@code all} for every mode.
     *
     * @throws IllegalArgumentException for an empty list or a name that is no mode, with the names allowed
     */
    public static Set<EventMode> parseList(String list) {
        if (list.strip().equalsIgnoreCase("all")) return EnumSet.allOf(EventMode.class);
        Set<EventMode> modes = EnumSet.noneOf(EventMode.class);
        for (String part : list.split(",")) {
            String name = part.strip();
            if (name.isEmpty()) continue;
            modes.add(Arrays.stream(values()).filter(m -> m.key().equalsIgnoreCase(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("'" + name + "' is no mode; give all or "
                            + Arrays.stream(values()).map(EventMode::key).collect(Collectors.joining(", ")))));
        }
        if (modes.isEmpty()) throw new IllegalArgumentException("no mode given");
        return modes;
    }
}
