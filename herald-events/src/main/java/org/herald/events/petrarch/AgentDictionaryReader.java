package org.herald.events.petrarch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PETRARCH/TABARI agent dictionary:
 * <pre>
 * !PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON      (a substitution used below)
 * CONGRESS!PERSON! [~LEG]                        (CONGRESSMAN, CONGRESSMEN, ...)
 * GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]             (explicit plural)
 * TROOPS {}  [~MIL]                              (no plural)
 * HUMAN_RIGHTS_BODY  [NGO~]                      (prefix code)
 * </pre>
 * A line without a {@code [code]}, or with an undefined {@code !NAME!}, fails with {@code file:line}.
 */
public final class AgentDictionaryReader {
    private static final Pattern SUBSTITUTION = Pattern.compile("(![A-Z0-9_]+!)\\s*=\\s*(.+)");
    private static final Pattern MARKER = Pattern.compile("![A-Z0-9_]+!");
    private static final Pattern ENTRY = Pattern.compile("([^\\[{]+?)\\s*(\\{[^}]*\\})?\\s*\\[([^\\]]*)\\]\\s*");

    private AgentDictionaryReader() {}

    /** Reads strictly: the first malformed line throws. */
    public static AgentDictionary read(Path file) {
        return read(file, e -> {
            throw e;
        });
    }

    /**
     * Reads leniently: a malformed line ({@code DEPARMENT_OF_ENVIRONMENT [~ENV}} in the Phoenix agents) is passed to
     * {@code onBadLine} and left out, and reading goes on.
     */
    public static AgentDictionary read(Path file, Consumer<DictionaryFormatException> onBadLine) {
        Map<String, List<String>> substitutions = new LinkedHashMap<>();
        List<AgentEntry> entries = new ArrayList<>();
        for (DictionaryLines.Line line : DictionaryLines.read(file)) {
            String text = line.text();
            Matcher sub = SUBSTITUTION.matcher(text);
            if (sub.matches()) {
                List<String> values = new ArrayList<>();
                for (String v : sub.group(2).split(",")) {
                    if (!v.isBlank()) {
                        values.add(v.strip());
                    }
                }
                substitutions.put(sub.group(1), values);
                continue;
            }
            Matcher m = ENTRY.matcher(text);
            if (!m.matches()) {
                onBadLine.accept(line.error("an agent line is WORDS [~CODE] or WORDS {PLURALS} [~CODE]"));
                continue;
            }
            String code = m.group(3).strip();
            boolean prefix = code.endsWith("~") && !code.startsWith("~");
            code = code.replace("~", "").strip();
            for (String phrase : expand(line, m.group(1).strip(), substitutions)) {
                List<String> words = Words.of(phrase);
                if (words.isEmpty()) {
                    throw line.error("empty agent phrase");
                }
                entries.add(new AgentEntry(words, forms(words, m.group(2)), code, prefix, line.number()));
            }
        }
        return new AgentDictionary(entries);
    }

    private static List<String> expand(DictionaryLines.Line line, String phrase, Map<String, List<String>> subs) {
        Matcher marker = MARKER.matcher(phrase);
        if (!marker.find()) {
            return List.of(phrase);
        }
        List<String> values = subs.get(marker.group());
        if (values == null) {
            throw line.error("undefined substitution " + marker.group());
        }
        List<String> out = new ArrayList<>();
        for (String v : values) {
            out.addAll(expand(line, phrase.substring(0, marker.start()) + v + phrase.substring(marker.end()), subs));
        }
        return out;
    }

    private static List<List<String>> forms(List<String> words, String braces) {
        List<List<String>> forms = new ArrayList<>();
        forms.add(words);
        if (braces == null) {
            List<String> plural = new ArrayList<>(words);
            plural.set(plural.size() - 1, plural(words.get(words.size() - 1)));
            forms.add(plural);
            return forms;
        }
        for (String p : braces.substring(1, braces.length() - 1).strip().split("\\s+")) {
            if (!p.isBlank()) {
                forms.add(Words.of(p));
            }
        }
        return forms;
    }

    /** "OFFICIAL" → "OFFICIALS", "AUTHORITY" → "AUTHORITIES", "CONGRESS" → "CONGRESSES", "MAN" → "MEN". */
    static String plural(String w) {
        if (w.endsWith("MAN")) {
            return w.substring(0, w.length() - 3) + "MEN";
        }
        if (w.endsWith("Y") && w.length() > 1 && "AEIOU".indexOf(w.charAt(w.length() - 2)) < 0) {
            return w.substring(0, w.length() - 1) + "IES";
        }
        if (w.endsWith("S") || w.endsWith("X") || w.endsWith("Z") || w.endsWith("CH") || w.endsWith("SH")) {
            return w + "ES";
        }
        return w + "S";
    }
}
