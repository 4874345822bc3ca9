package org.herald.store;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.herald.model.analysis.EntityType;
import org.herald.model.lexicon.Lexicon;

/**
 * Store ids of entities ({@link EntitySummary#id()}): {@code type:normalised-name}, e.g. {@code person:sergei-lavrov}.
 * The name is lower-cased, accents are dropped, a few letters are spelt in ASCII ({@code letter-folds.tsv}) and
 * every run of other characters becomes one {@code -}; so "Sergei Lavrov", "SERGEI LAVROV" and "Sergéi  Lavrov"
 * share a key, while a person and an organisation of the same name do not. Letters of other scripts are kept
 * (lower-cased, with their marks): a client percent-encodes them in a URL path, and dropping them would merge
 * unrelated names.
 */
public final class EntityKeys {
    /** Used when a name has no letter or digit at all ("???"), so the key is never empty. */
    static final String NAMELESS = "unnamed";

    private final Map<Integer, String> folds;

    /** Loads the letter table; build one and share it. */
    public EntityKeys() {
        Map<Integer, String> table = new HashMap<>();
        for (List<String> row : Lexicon.rows(EntityKeys.class, "letter-folds.tsv", 2, 3)) {
            if (row.get(0).codePointCount(0, row.get(0).length()) != 1) {
                throw new IllegalStateException("letter-folds.tsv: not one letter: " + row.get(0));
            }
            table.put(row.get(0).codePointAt(0), row.get(1));
        }
        this.folds = Map.copyOf(table);
    }

    /** The store id of an entity of this type and name. */
    public String key(EntityType type, String name) {
        Objects.requireNonNull(type, "type");
        return typeKey(type) + ":" + normalise(name);
    }

    /** The type part of a key: the enum name in lower case with hyphens ({@code state-or-province}). */
    public static String typeKey(EntityType type) {
        return type.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** True when the text has the shape of a store id (a known type, a colon and a normalised name). */
    /** Throws {@link IllegalArgumentException} unless {@code type} is an entity type as ids spell it. */
    public static void requireType(String type) {
        for (EntityType t : EntityType.values()) {
            if (typeKey(t).equals(type)) return;
        }
        throw new IllegalArgumentException("type must be an entity type as ids spell it (person, organization,"
                + " country …), not '" + type + "'");
    }

    public boolean isKey(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) return false;
        String type = text.substring(0, colon);
        boolean knownType = false;
        for (EntityType t : EntityType.values()) {
            knownType |= typeKey(t).equals(type);
        }
        String name = text.substring(colon + 1);
        return knownType && !name.isEmpty() && normalise(name).equals(name);
    }

    /** The name part of a key. */
    public String normalise(String name) {
        Objects.requireNonNull(name, "name");
        // NFKD splits "é" into "e" + a combining accent and spells ligatures and full-width forms plainly.
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean gap = false;
        boolean afterLatin = false;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            int category = Character.getType(cp);
            if (category == Character.NON_SPACING_MARK || category == Character.ENCLOSING_MARK
                    || category == Character.COMBINING_SPACING_MARK) {
                // Accents go on Latin letters only: Cyrillic й is и plus a breve after NFKD, yet a letter of its own.
                if (!afterLatin && out.length() > 0) out.appendCodePoint(cp);
                continue;
            }
            afterLatin = Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
            String fold = folds.get(cp);
            if (fold == null && !Character.isLetterOrDigit(cp)) {
                gap = true;
                continue;
            }
            if (gap && out.length() > 0) out.append('-');
            gap = false;
            if (fold != null) out.append(fold);
            else out.appendCodePoint(cp);
        }
        // Recompose what was kept whole (й), so that a key has one spelling.
        return out.length() == 0 ? NAMELESS : Normalizer.normalize(out, Normalizer.Form.NFC);
    }
}
