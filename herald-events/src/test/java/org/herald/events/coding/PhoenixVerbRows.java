package org.herald.events.coding;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.herald.events.cameo.CameoCodebook;
import org.herald.events.petrarch.PatternElement;
import org.herald.events.petrarch.PatternElement.Kind;
import org.herald.events.petrarch.VerbDictionary;
import org.herald.events.petrarch.VerbDictionaryReader;
import org.herald.events.petrarch.VerbFamily;
import org.herald.events.petrarch.VerbForm;
import org.herald.events.petrarch.VerbPattern;

/**
 * Writes {@code verbs-phoenix.tsv} from the Phoenix CAMEO.2.0 verb dictionary (openeventdata/petrarch2, MIT):
 * {@code java ... PhoenixVerbRows <CAMEO.2.0.txt> <out.tsv>}. A developer tool, run by hand; the output is committed
 * and reviewed like any table.
 * <p>
 * Two kinds of row come out. Patterns that add one object or one prepositional phrase after the verb
 * ({@code - * SANCTIONS [163]}, {@code - * (TO BORDER) [154]}, {@code - * &WEAPON [194]} with the synset's one-word
 * members) become lemma/prep/object rows for every one-word verb of the family. A family's own code is used for a bare
 * verb only when the verb is in {@link #BARE}: the families are WordNet synonym sets, and many members are far too
 * general to code alone (TAKE is in APPREHEND [171], HOLD in CONFINE [170], ACCORD in GRANT [060], which "according
 * to" would turn into aid).
 */
public final class PhoenixVerbRows {
    /** Verbs whose family code holds for the verb alone; reviewed one by one against the CAMEO code's definition. */
    static final Set<String> BARE = Set.of(
            // 01 statements
            "declare", "decree", "proclaim", "announce", "assert", "clarify", "explain", "emphasize", "emphasise",
            "stress", "underline", "underscore", "reiterate", "restate", "worry", "refute",
            // 02 appeals
            "appeal", "beg", "implore", "plead", "advise", "advocate", "propose", "recommend", "suggest",
            // 03 intent to cooperate
            "offer", "pledge", "promise", "vow", "guarantee",
            // 04 consult
            "invite", "reinvite", "meet", "contact", "notify", "apprise", "phone", "telephone", "visit", "host",
            // 05 diplomatic cooperation
            "ally", "collaborate", "cooperate", "coordinate", "endorse", "acclaim", "applaud", "commend",
            "compliment", "congratulate", "extol", "hail", "praise", "laud", "appreciate", "thank", "encourage",
            "reassure", "apologise", "apologize", "forgive",
            // 06-07 material cooperation and aid
            "aid", "assist", "donate", "grant", "lend", "loan", "bestow", "finance", "fund", "bankroll", "sponsor",
            "underwrite", "arm", "extradite", "rescue", "defend", "protect", "safeguard", "shield",
            // 08 yield
            "allow", "permit", "authorise", "authorize", "pardon", "free", "liberate", "release", "emancipate",
            "withdraw", "retreat", "disengage", "comply", "obey", "abide", "acquiesce", "accede", "unblock",
            "capitulate", "cede", "concede", "relinquish", "renounce", "surrender", "succumb", "acquit", "exonerate",
            "legalise", "legalize", "decriminalise", "decriminalize",
            // 09 investigate
            "inspect", "audit", "investigate", "probe",
            // 10-11 demand, disapprove
            "demand", "exhort", "insist", "allege", "disapprove", "distrust", "rebuff", "snub", "regret", "disagree",
            "dispute", "dissent", "complain", "denigrate", "belittle", "malign", "slander", "denounce", "admonish",
            "berate", "castigate", "censure", "chastise", "chide", "criticise", "criticize", "deride", "disparage",
            "lambaste", "rebuke", "deplore", "abhor", "jeer", "scoff", "accuse", "blame", "fault", "implicate",
            // 12-13 reject, threaten
            "defer", "delay", "postpone", "obstruct", "impede", "hamper", "hinder", "stall", "shelve", "overrule",
            "threaten", "warn", "caution",
            // 14-15 protest, force posture
            "demonstrate", "march", "riot", "mobilise", "mobilize", "muster", "overfly", "patrol",
            // 16-17 reduce relations, coerce
            "blacklist", "spy", "sabotage", "undermine", "detain", "imprison", "incarcerate", "jail", "confine",
            "blockade", "boycott", "embargo", "ostracise", "ostracize", "shun", "blackmail", "compel", "coerce",
            "pressure", "impose", "levy", "reimpose", "punish", "penalize", "suppress", "repress", "quell", "subdue",
            "curb", "vandalise", "vandalize", "apprehend", "arrest", "capture", "seize", "nab", "nationalise",
            "nationalize", "commandeer", "hijack", "usurp", "annex", "confiscate", "fine", "ban", "censor",
            "criminalise", "criminalize", "forbid", "outlaw", "prohibit", "proscribe", "veto", "sentence",
            "prosecute", "rearrest", "sue", "banish", "deport", "evict", "exile", "expel", "oust",
            // 18-20 assault, fight, mass violence
            "abuse", "mistreat", "injure", "wound", "rampage", "terrorize", "terrorise", "abduct", "kidnap", "rape",
            "torture", "stab", "assassinate", "ambush", "annihilate", "decimate", "demolish", "destroy", "devastate",
            "obliterate", "bomb", "bombard", "shell", "snipe", "kill", "murder", "slay", "behead", "decapitate",
            "strangle", "assail", "assault", "attack", "clash", "raid", "loot", "pillage", "plunder", "ransack",
            "repel", "repulse", "shoot", "besiege", "invade", "occupy", "overrun", "recapture", "massacre",
            "butcher", "slaughter");

    // Larger synsets list weapon models and town names ("&WEAPON": MIG-21PFM, M14, ...): too many rows for the gain.
    private static final int MAX_SYNSET = 20;
    private static final Set<String> PREPOSITIONS = Set.of("to", "with", "for", "on", "against", "from", "into", "in",
            "of", "over", "about", "at", "by", "off", "out", "up", "down", "toward", "towards", "upon");

    private PhoenixVerbRows() {}

    public static void main(String[] args) throws IOException {
        Path in = Path.of(args[0]);
        VerbDictionary dict = VerbDictionaryReader.read(in, e -> { });
        CameoCodebook codebook = CameoCodebook.load();
        Set<String> rows = new LinkedHashSet<>();
        List<String> raw = Files.readAllLines(in, StandardCharsets.ISO_8859_1);
        for (VerbFamily f : dict.families()) {
            List<String> verbs = new ArrayList<>();
            List<String> particles = new ArrayList<>();
            for (VerbForm v : f.forms()) {
                List<String> w = v.phrase().words();
                if (w.size() == 1) {
                    verbs.add(lower(w.get(0)));
                    particles.add("-");
                } else if (w.size() == 2 && v.phrase().head() == 0) {
                    verbs.add(lower(w.get(0)));
                    particles.add(lower(w.get(1)));
                }
            }
            Optional<String> familyCode = f.code().flatMap(c -> code(c, codebook));
            for (int i = 0; i < verbs.size(); i++) {
                if (familyCode.isPresent() && BARE.contains(verbs.get(i))) {
                    rows.add(row(verbs.get(i), particles.get(i), "-", familyCode.get(), f));
                }
            }
            for (VerbPattern p : f.patterns()) {
                Optional<String> c = code(p.code(), codebook);
                if (c.isEmpty() || !p.before().isEmpty()) continue;
                List<String[]> objects = objects(p.after(), dict);
                for (String[] verb : origins(raw.get(p.line() - 1), verbs, particles)) {
                    for (String[] po : objects) {
                        if (!verb[1].equals("-") && !po[0].equals("-")) continue;
                        rows.add(row(verb[0], verb[1].equals("-") ? po[0] : verb[1], po[1], c.get(), f));
                    }
                }
            }
        }
        List<String> out = new ArrayList<>(List.of(
                "# verbs-phoenix.tsv: verb patterns derived from the Phoenix / PETRARCH-2 CAMEO verb dictionary",
                "#   CAMEO.2.0.txt (openeventdata/petrarch2, commit 676801cd9cb2924bbbad09f86d15c9323e7097bf,",
                "#   petrarch2/data/dictionaries/; MIT, Copyright (c) 2015 Open Event Data Alliance).",
                "# Written by PhoenixVerbRows (herald-events/src/test/java/org/herald/events/coding): one row per verb of a family",
                "#   for each pattern adding one object or prepositional phrase, and the family's own code for the verbs listed",
                "#   there as safe to code alone. Read after verbs.tsv, whose rows win ties. Regenerate, do not hand-edit;",
                "#   put corrections in verbs.tsv, where a more specific or earlier row overrides these.",
                "# lemma\tprep\tcomplement\tobject\tcode\ttargets\tnote"));
        out.addAll(rows);
        Files.write(Path.of(args[1]), out, StandardCharsets.UTF_8);
        System.out.println(rows.size() + " rows");
    }

    /**
     * The verbs a pattern was written for: its comment names them ("- * AID [070] # RUSH"); the family's other
     * members are WordNet synonyms that seldom take the same object. (verb, particle) pairs of the family only.
     */
    private static List<String[]> origins(String line, List<String> verbs, List<String> particles) {
        List<String[]> out = new ArrayList<>();
        int hash = line.indexOf('#');
        if (hash < 0) return out;
        for (String name : line.substring(hash + 1).split(",")) {
            String[] w = lower(name.strip()).split("[_\\s]+");
            if (w.length == 0 || w.length > 2) continue;
            String particle = w.length == 2 ? w[1] : "-";
            for (int i = 0; i < verbs.size(); i++) {
                if (verbs.get(i).equals(w[0]) && particles.get(i).equals(particle)
                        && out.stream().noneMatch(o -> o[0].equals(w[0]) && o[1].equals(particle))) {
                    out.add(new String[] {w[0], particle});
                }
            }
        }
        return out;
    }

    private static String row(String verb, String prep, String object, String code, VerbFamily f) {
        return String.join("\t", verb, prep, "-", object, code, "-", f.name() + " (CAMEO.2.0.txt:" + f.line() + ")");
    }

    // "042:043" gives the code for the active voice first; ":110" has none.
    private static Optional<String> code(String raw, CameoCodebook codebook) {
        String c = raw.split(":")[0].strip();
        if (c.isEmpty() || c.equals("---")) return Optional.empty();
        return codebook.find(c).isPresent() ? Optional.of(c) : Optional.empty();
    }

    /** (prep, object) pairs for "WORD", "{A B}", "(PREP WORD)", "&SYNSET"; empty for anything longer. */
    private static List<String[]> objects(List<PatternElement> after, VerbDictionary dict) {
        List<PatternElement> e = after.stream().filter(x -> x.kind() != Kind.TARGET && x.kind() != Kind.SOURCE).toList();
        List<String[]> out = new ArrayList<>();
        if (e.size() == 1 && e.get(0).kind() == Kind.WORD) {
            out.add(new String[] {"-", noun(e.get(0).text())});
        } else if (e.size() == 1 && e.get(0).kind() == Kind.SYNSET
                && dict.synsets().getOrDefault(e.get(0).text(), List.of()).size() <= MAX_SYNSET) {
            for (List<PatternElement> m : dict.synsets().get(e.get(0).text())) {
                if (m.size() == 1 && m.get(0).kind() == Kind.WORD) out.add(new String[] {"-", noun(m.get(0).text())});
            }
        } else if (e.size() == 4 && group(e.get(0), "{") && group(e.get(3), "}") && words(e.subList(1, 3))) {
            out.add(new String[] {"-", noun(e.get(1).text()) + " " + noun(e.get(2).text())});
        } else if (e.size() == 4 && group(e.get(0), "(") && group(e.get(3), ")") && words(e.subList(1, 3))
                && PREPOSITIONS.contains(lower(e.get(1).text()))) {
            out.add(new String[] {lower(e.get(1).text()), noun(e.get(2).text())});
        }
        return out;
    }

    private static boolean group(PatternElement e, String bracket) {
        return e.kind() == Kind.GROUP && e.text().equals(bracket);
    }

    private static boolean words(List<PatternElement> es) {
        return es.stream().allMatch(x -> x.kind() == Kind.WORD && x.text().chars().allMatch(Character::isLetter));
    }

    // The coder compares lemmas: "SANCTIONS" → sanction, "CASUALTIES" → casualty; "TALKS" → talk as CoreNLP does.
    static String noun(String word) {
        String w = lower(word);
        if (w.endsWith("ies") && w.length() > 4) return w.substring(0, w.length() - 3) + "y";
        if (w.matches(".*(ches|shes|sses|xes)")) return w.substring(0, w.length() - 2);
        if (w.endsWith("s") && !w.matches(".*(ss|us|is|news)") && w.length() > 3) return w.substring(0, w.length() - 1);
        return w;
    }

    private static String lower(String w) {
        return w.toLowerCase(Locale.ROOT);
    }
}
