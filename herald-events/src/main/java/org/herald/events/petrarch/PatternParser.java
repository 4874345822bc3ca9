package org.herald.events.petrarch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns pattern text into elements: "SUGGESTED_+ * DEMAND_&GENINT" → SUGGESTED(joined) + * DEMAND(joined) &GENINT. */
final class PatternParser {
    private PatternParser() {}

    static List<PatternElement> elements(DictionaryLines.Line line, String body) {
        // PETRARCH-2 "(TO BORDER)", "{ARMS SHIPMENT}" and TABARI "{ A | B }": the brackets become elements of their own
        String spaced = body.replaceAll("([(){}|])", " $1 ");
        List<PatternElement> out = new ArrayList<>();
        for (String chunk : spaced.strip().split("\\s+")) {
            if (chunk.isEmpty()) {
                continue;
            }
            // CAMEO.2.0 writes "*SCEPTICAL" for "*_SCEPTICAL"
            String[] pieces = chunk.replaceAll("^\\*(?=[^_])", "*_").replaceAll("(?<=[^_])\\*$", "_*").split("_", -1);
            List<String> words = new ArrayList<>();
            for (String p : pieces) {
                if (!p.isEmpty()) {
                    words.add(p);
                }
            }
            for (int i = 0; i < words.size(); i++) {
                out.add(element(line, words.get(i), i + 1 < words.size()));
            }
        }
        return out;
    }

    private static PatternElement element(DictionaryLines.Line line, String w, boolean joined) {
        String up = w.toUpperCase(Locale.ROOT);
        switch (up) {
            case "*":
                return new PatternElement(PatternElement.Kind.VERB, up, joined);
            case "$":
                return new PatternElement(PatternElement.Kind.SOURCE, up, joined);
            case "+":
                return new PatternElement(PatternElement.Kind.TARGET, up, joined);
            case "%":
                return new PatternElement(PatternElement.Kind.COMPOUND, up, joined);
            case "^":
                return new PatternElement(PatternElement.Kind.SKIP, up, joined);
            case "(": case ")": case "{": case "}": case "|":
                return new PatternElement(PatternElement.Kind.GROUP, up, joined);
            default:
                if (up.startsWith("&")) {
                    if (up.length() == 1) {
                        throw line.error("synset reference without a name");
                    }
                    return new PatternElement(PatternElement.Kind.SYNSET, synsetName(up), joined);
                }
                return new PatternElement(PatternElement.Kind.WORD, up, joined);
        }
    }

    /** "&PREPOSIT1_" and "&PREPOSIT1" name the same synset. */
    static String synsetName(String text) {
        String name = text.strip().toUpperCase(Locale.ROOT);
        while (name.endsWith("_")) {
            name = name.substring(0, name.length() - 1);
        }
        return name;
    }
}
