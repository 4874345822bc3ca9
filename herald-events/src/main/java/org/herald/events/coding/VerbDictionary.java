package org.herald.events.coding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.herald.events.cameo.CameoCodebook;
import org.herald.model.lexicon.Lexicon;

/**
 * The verb and event-noun patterns of {@code verbs.tsv} and then {@code verbs-phoenix.tsv} (derived from the Phoenix
 * CAMEO.2.0 dictionary), by lemma; a lemma's rows keep that order, so Herald's own rows win ties. Last come the
 * fallbacks of {@code bare-verbs.tsv}: a code for a verb on its own, for verbs whose other rows all need an object,
 * complement or preposition; with no conditions they lose to any other matching row. A row whose code is
 * {@code -} names a sense that is never a political event ("take part", "defend a title"): when it is the best match,
 * the clause has no event, however the verb's other rows read. Every other code is
 * checked against the codebook at load, so a typo fails at start-up with {@code file: entry}. Immutable.
 */
final class VerbDictionary {
    static final String FILE = "verbs.tsv";
    static final String PHOENIX_FILE = "verbs-phoenix.tsv";
    static final String BARE_FILE = "bare-verbs.tsv";
    private static final Set<String> TARGET_SLOTS = Set.of("obj", "iobj", "ccomp");

    private final Map<String, List<VerbEntry>> byLemma;

    private VerbDictionary(Map<String, List<VerbEntry>> byLemma) {
        this.byLemma = byLemma;
    }

    static VerbDictionary load(CameoCodebook codebook) {
        Map<String, List<VerbEntry>> byLemma = new HashMap<>();
        read(FILE, codebook, byLemma);
        read(PHOENIX_FILE, codebook, byLemma);
        readBare(codebook, byLemma);
        return new VerbDictionary(byLemma);
    }

    private static void read(String file, CameoCodebook codebook, Map<String, List<VerbEntry>> byLemma) {
        int line = 0;
        for (List<String> row : Lexicon.rows(VerbDictionary.class, file, 6, 7)) {
            line++;
            String code = row.get(4);
            if (!code.equals(VerbEntry.NO_EVENT) && codebook.find(code).isEmpty()) {
                throw new IllegalStateException(file + ": entry " + line + " (" + row.get(0) + "): unknown CAMEO code "
                        + code);
            }
            List<String> targets = row.get(5).equals("-") ? withPrepositionalObject(defaultTargets(file, row.get(0),
                    byLemma), row.get(1), row.get(3)) : Arrays.asList(row.get(5).split(","));
            for (String t : targets) {
                if (t.isBlank()) throw new IllegalStateException(file + ": entry " + line + ": empty target slot");
                if (!TARGET_SLOTS.contains(t) && !t.chars().allMatch(Character::isLetter)) {
                    throw new IllegalStateException(file + ": entry " + line + ": bad target slot '" + t + "'");
                }
            }
            VerbEntry e = new VerbEntry(row.get(0), dash(row.get(1)), dash(row.get(2)), dash(row.get(3)), code,
                    targets, file, line);
            byLemma.computeIfAbsent(e.lemma(), k -> new ArrayList<>()).add(e);
        }
    }

    private static void readBare(CameoCodebook codebook, Map<String, List<VerbEntry>> byLemma) {
        int line = 0;
        for (List<String> row : Lexicon.rows(VerbDictionary.class, BARE_FILE, 4, 5)) {
            line++;
            String lemma = row.get(0);
            String code = row.get(1);
            if (codebook.find(code).isEmpty()) {
                throw new IllegalStateException(BARE_FILE + ": entry " + line + " (" + lemma + "): unknown CAMEO code "
                        + code);
            }
            List<VerbEntry> rows = byLemma.computeIfAbsent(lemma, k -> new ArrayList<>());
            if (rows.stream().anyMatch(VerbEntry::isBare)) {
                // The other table's bare row would always tie with this one and win: the fallback would be dead.
                throw new IllegalStateException(BARE_FILE + ": entry " + line + " (" + lemma
                        + "): the verb already has a bare row");
            }
            List<String> targets = Arrays.asList(row.get(2).split(","));
            for (String t : targets) {
                if (!TARGET_SLOTS.contains(t) && !(t.length() > 0 && t.chars().allMatch(Character::isLetter))) {
                    throw new IllegalStateException(BARE_FILE + ": entry " + line + ": bad target slot '" + t + "'");
                }
            }
            rows.add(new VerbEntry(lemma, Optional.empty(), Optional.empty(), Optional.empty(), code, targets,
                    BARE_FILE, line));
        }
    }

    // A row that names both a preposition and its object ("call for resignation", "warn of exodus") has that object
    // where the other rows have their direct object: it, or its owner, is a target too ("called for [Putin]'s
    // resignation").
    private static List<String> withPrepositionalObject(List<String> targets, String prep, String object) {
        if (prep.equals("-") || object.equals("-") || targets.contains(prep)) return targets;
        List<String> out = new ArrayList<>(targets);
        out.add(prep);
        return out;
    }

    // Where a verb's target sits is a property of the verb, which Herald's rows state: a derived row "extradite
    // suspect" takes "to" from Herald's "extradite … to", so "extradited two suspects to Germany" keeps Germany.
    private static List<String> defaultTargets(String file, String lemma, Map<String, List<VerbEntry>> byLemma) {
        if (file.equals(PHOENIX_FILE)) {
            for (VerbEntry e : byLemma.getOrDefault(lemma, List.of())) {
                if (e.file().equals(FILE) && e.isBare()) {
                    return e.targets();
                }
            }
        }
        return List.of("obj", "iobj");
    }

    boolean has(String lemma) {
        return byLemma.containsKey(key(lemma));
    }

    /**
     * Whether a noun of this lemma can name an event: only Herald's own {@code verbs.tsv} lists event nouns ("talks",
     * "attack", "blockade"). The Phoenix rows are verb patterns; read as nouns they turn people and things into acts
     * ("Kyiv's European [allies]" is no act of support).
     */
    boolean hasEventNoun(String lemma) {
        return byLemma.getOrDefault(key(lemma), List.of()).stream().anyMatch(e -> e.file().equals(FILE));
    }

    /** The entries for a lemma in file order; empty when it has none. */
    List<VerbEntry> entries(String lemma) {
        return byLemma.getOrDefault(key(lemma), List.of());
    }

    // "re-examine", "re-impose": a hyphenated repetition is the same act again, coded as the verb itself.
    private String key(String lemma) {
        if (lemma.startsWith("re-") && lemma.length() > 3 && !byLemma.containsKey(lemma)) return lemma.substring(3);
        return lemma;
    }

    private static Optional<String> dash(String cell) {
        return cell.isEmpty() || cell.equals("-") ? Optional.empty() : Optional.of(cell);
    }
}
