package org.herald.store.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.herald.model.lexicon.Lexicon;
import org.herald.store.EntityKeys;

/**
 * Names of the bodies every state has ({@code state-bodies.tsv}): "Senate", "Supreme Court", "Ministry of
 * Defence". Such a name alone does not say which organisation it is, so the store keys it with its country.
 */
public final class StateBodies {
    private final Set<String> names = new HashSet<>();
    private final List<Pattern> patterns = new ArrayList<>();

    public StateBodies() {
        for (List<String> row : Lexicon.rows(EntityKeys.class, "state-bodies.tsv", 1, 2)) {
            String name = row.get(0);
            if (!name.contains("*")) {
                names.add(name);
                continue;
            }
            // "ministry-of-*" → ministry-of-.+ ; "*-ministry" → .+-ministry
            List<String> parts = new ArrayList<>();
            for (String part : name.split("\\*", -1)) parts.add(Pattern.quote(part));
            patterns.add(Pattern.compile(String.join(".+", parts)));
        }
    }

    /** True for a normalised name ({@link EntityKeys#normalise}) that every state gives one of its bodies. */
    boolean isStateBody(String normalisedName) {
        if (names.contains(normalisedName)) return true;
        for (Pattern p : patterns) {
            if (p.matcher(normalisedName).matches()) return true;
        }
        return false;
    }
}
