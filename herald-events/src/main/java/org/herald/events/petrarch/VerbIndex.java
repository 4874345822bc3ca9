package org.herald.events.petrarch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds dictionary verbs in a sentence by their inflected head word: ABANDON is found as "abandons", "abandoned",
 * "abandoning"; BREAK {BROKE BROKEN} also as "broke"; WIRE_+TAP as "wire tapped". In a TABARI dictionary the stem
 * RESTOR is found as any word starting with it ("restore", "restored", "restoring"), and DEPART_ as "depart" with
 * its regular endings.
 */
final class VerbIndex {
    /** A verb of {@code family} found at words [{@code start}, {@code end}). */
    record Hit(VerbFamily family, VerbForm form, int start, int end) {}

    private record Candidate(VerbFamily family, VerbForm form, List<String> words, List<Boolean> stems, int head) {}

    private final Map<String, List<Candidate>> byHead = new HashMap<>();
    private boolean anyStemHead;

    VerbIndex(VerbDictionary dictionary) {
        for (VerbFamily f : dictionary.families()) {
            for (VerbForm form : f.forms()) {
                VerbPhrase p = form.phrase();
                String head = p.words().get(p.head());
                // a TABARI stem is found by prefix lookup and needs no endings
                Set<String> written = p.stems().get(p.head()) ? Set.of(head) : endings(head, dictionary.format());
                for (String inflected : written) {
                    List<String> words = new ArrayList<>(p.words());
                    words.set(p.head(), inflected);
                    add(inflected, new Candidate(f, form, words, p.stems(), p.head()));
                }
                for (VerbPhrase irregular : form.irregular()) {
                    add(irregular.words().get(irregular.head()),
                            new Candidate(f, form, irregular.words(), irregular.stems(), irregular.head()));
                }
            }
        }
    }

    private void add(String head, Candidate c) {
        anyStemHead |= c.stems().get(c.head());
        byHead.computeIfAbsent(head, k -> new ArrayList<>()).add(c);
    }

    /**
     * The longest dictionary verbs whose head is word {@code i}, in file order: several when families share a verb
     * ({@code --- SHOT [---] ---} and {@code --- SHOT [223] ---}).
     */
    List<Hit> verbsAt(List<String> tokens, int i) {
        List<Hit> best = new ArrayList<>();
        for (Candidate c : candidates(tokens.get(i))) {
            int start = i - c.head();
            int end = start + c.words().size();
            if (start < 0 || end > tokens.size() || !Words.matches(tokens.subList(start, end), c.words(), c.stems())) {
                continue;
            }
            int length = best.isEmpty() ? 0 : best.get(0).end() - best.get(0).start();
            if (end - start > length) {
                best.clear();
            }
            if (end - start >= length && best.stream().noneMatch(h -> h.family() == c.family())) {
                best.add(new Hit(c.family(), c.form(), start, end));
            }
        }
        return best;
    }

    /** Verbs whose head may be {@code token}: written as it, or a stem it starts with (longest stem first). */
    private List<Candidate> candidates(String token) {
        if (!anyStemHead) {
            return byHead.getOrDefault(token, List.of());
        }
        List<Candidate> out = new ArrayList<>();
        for (int k = token.length(); k >= 1; k--) {
            for (Candidate c : byHead.getOrDefault(token.substring(0, k), List.of())) {
                if (k == token.length() || c.stems().get(c.head())) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /**
     * The regular forms of a whole-word verb. TABARI also takes -ES and -EN: its validation records code "Estonia
     * departes" and "departen" with DEPART_ (VERBEND-01d, 01e) and leave "departx" and "departink" uncoded.
     */
    static Set<String> endings(String w, DictionaryFormat format) {
        Set<String> out = inflections(w);
        if (format == DictionaryFormat.TABARI) {
            if (w.endsWith("E")) {
                out.add(w + "N");
            } else {
                out.add(w + "ES");
                out.add(w + "EN");
            }
        }
        return out;
    }

    /** "RESTORE" → RESTORE, RESTORES, RESTORED, RESTORING; "STAB" → also STABBED, STABBING. */
    static Set<String> inflections(String w) {
        Set<String> out = new LinkedHashSet<>();
        out.add(w);
        char last = w.charAt(w.length() - 1);
        boolean consonantY = w.endsWith("Y") && w.length() > 1 && "AEIOU".indexOf(w.charAt(w.length() - 2)) < 0;
        if (consonantY) {
            String stem = w.substring(0, w.length() - 1);
            out.add(stem + "IES");
            out.add(stem + "IED");
        } else if (w.endsWith("S") || w.endsWith("X") || w.endsWith("Z") || w.endsWith("CH") || w.endsWith("SH")) {
            out.add(w + "ES");
        } else {
            out.add(w + "S");
        }
        if (w.endsWith("E")) {
            out.add(w + "D");
            out.add(w.substring(0, w.length() - 1) + "ING");
        } else {
            out.add(w + "ED");
            out.add(w + "ING");
            if ("AEIOUYWX".indexOf(last) < 0) {
                out.add(w + last + "ED");
                out.add(w + last + "ING");
            }
        }
        return out;
    }
}
