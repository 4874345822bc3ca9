package org.herald.store.entities;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.herald.model.lexicon.Lexicon;
import org.herald.store.EntityKeys;

/**
 * The field of life a role belongs to ({@code role-fields.tsv}): "senator" is government, "head-coach" sport. The
 * join rule uses it to refuse a surname to a full name whose roles lie elsewhere and to prefer one whose roles agree
 * ({@link EntityResolver#choose}). Roles come as {@link EntityKeys#normalise} gives them.
 */
final class RoleFields {
    private final Map<String, String> fields = new HashMap<>();

    RoleFields() {
        for (var row : Lexicon.rows(EntityKeys.class, "role-fields.tsv", 2, 3)) {
            if (!row.get(1).isEmpty()) fields.put(row.get(0), row.get(1));
        }
    }

    /** The role's field: the whole role's, else its last word's ("foreign-minister" → minister); empty if unknown. */
    Optional<String> fieldOf(String role) {
        if (role.isEmpty()) return Optional.empty();
        String whole = fields.get(role);
        if (whole != null) return Optional.of(whole);
        int dash = role.lastIndexOf('-');
        return dash < 0 ? Optional.empty() : Optional.ofNullable(fields.get(role.substring(dash + 1)));
    }
}
