package org.herald.events.petrarch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a verb dictionary in PETRARCH-1, PETRARCH-2 (CAMEO.2.0) or TABARI format:
 * <pre>
 * &amp;TIETYPES                       (synset and its members)
 * +MILITARY
 * --- ABANDON  [345]  ---          (family header; TABARI files have none)
 * ABANDON                          (verb; irregular forms in braces: BREAK { BROKE BROKEN })
 * +BREAK_DOWN {+BROKE_DOWN}        (multi-word verb, + marks the verb proper)
 * - * &amp;TIETYPES TIES [902]         (pattern: * verb, $ source, + target, % compound, ^ skip)
 * </pre>
 * A pattern without a code or a verb slot, or before any verb, fails with {@code file:line}.
 */
public final class VerbDictionaryReader {
    private static final Pattern HEADER = Pattern.compile("---\\s*(.*?)\\s*\\[([^\\]]*)\\][-\\s]*");
    private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]\\s*$");
    private static final Pattern BRACES = Pattern.compile("\\{([^}]*)\\}");

    private VerbDictionaryReader() {}

    /** Reads a PETRARCH-format file strictly: the first malformed line throws. */
    public static VerbDictionary read(Path file) {
        return read(file, DictionaryFormat.PETRARCH);
    }

    /** Reads strictly in {@code format}: in a TABARI file "RESTOR" is a stem and "BAN_" the word "ban" only. */
    public static VerbDictionary read(Path file, DictionaryFormat format) {
        return read(file, format, e -> {
            throw e;
        });
    }

    /** Reads a PETRARCH-format file leniently; see {@link #read(Path, DictionaryFormat, Consumer)}. */
    public static VerbDictionary read(Path file, Consumer<DictionaryFormatException> onBadLine) {
        return read(file, DictionaryFormat.PETRARCH, onBadLine);
    }

    /** Reads leniently: a malformed line is passed to {@code onBadLine} and left out, and reading goes on. */
    public static VerbDictionary read(Path file, DictionaryFormat format,
            Consumer<DictionaryFormatException> onBadLine) {
        List<DictionaryLines.Line> lines = DictionaryLines.read(file);
        boolean headers = lines.stream().anyMatch(l -> l.text().startsWith("---"));
        List<VerbFamily> families = new ArrayList<>();
        Map<String, List<List<PatternElement>>> synsets = new LinkedHashMap<>();
        Family family = null;
        String synset = null;
        for (DictionaryLines.Line line : lines) {
            try {
                family = readLine(line, format, headers, families, synsets, family, synset);
                synset = line.text().startsWith("&") ? PatternParser.synsetName(line.text().split("\\s+")[0])
                        : line.text().startsWith("+") ? synset : null;
            } catch (DictionaryFormatException e) {
                onBadLine.accept(e);
            }
        }
        finish(families, family);
        Map<String, List<List<PatternElement>>> frozen = new LinkedHashMap<>();
        synsets.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new VerbDictionary(families, frozen, format);
    }

    /** Reads one line into the family or synset being built; returns the family now being built. */
    private static Family readLine(DictionaryLines.Line line, DictionaryFormat format, boolean headers, List<VerbFamily> families,
            Map<String, List<List<PatternElement>>> synsets, Family family, String synset) {
        String text = line.text();
        if (text.startsWith("&")) {
            synsets.put(PatternParser.synsetName(text.split("\\s+")[0]), new ArrayList<>());
            return family;
        }
        if (text.startsWith("+") && synset != null) {
            List<PatternElement> member = PatternParser.elements(line, text.substring(1));
            if (member.isEmpty()) {
                throw line.error("empty synset member");
            }
            synsets.get(synset).add(member);
            return family;
        }
        if (text.startsWith("---")) {
            Matcher h = HEADER.matcher(text);
            if (!h.matches()) {
                throw line.error("a family header is --- NAME [CODE] ---");
            }
            family = finish(families, family);
            family = new Family(h.group(1), Optional.of(h.group(2).strip()), line.number());
        } else if (text.startsWith("{")) {
            // TABARI lists forms on the line after the verb: "ACT_ [100]" then "{ ACTING_ ACTXD_ ACTUALITY }"
            if (family == null || family.forms.isEmpty()) {
                throw line.error("verb forms before any verb");
            }
            VerbForm last = family.forms.remove(family.forms.size() - 1);
            List<VerbPhrase> irregular = new ArrayList<>(last.irregular());
            irregular.addAll(form(line, "X " + text, format).irregular());
            family.forms.add(new VerbForm(last.phrase(), irregular, last.code(), last.line()));
        } else if (text.startsWith("-")) {
            if (family == null) {
                throw line.error("pattern before any verb");
            }
            family.patterns.add(pattern(line, text.substring(1)));
        } else {
            VerbForm form = form(line, text, format);
            if (!headers && !text.startsWith("+")) {
                family = finish(families, family);
                family = new Family(String.join(" ", form.phrase().words()), form.code(), line.number());
            } else if (family == null) {
                throw line.error("verb before any --- family header");
            }
            family.forms.add(form);
        }
        return family;
    }

    private static VerbPattern pattern(DictionaryLines.Line line, String text) {
        Matcher code = CODE.matcher(text);
        if (!code.find()) {
            throw line.error("pattern without a [code]");
        }
        List<PatternElement> elements = PatternParser.elements(line, text.substring(0, code.start()));
        int verb = -1;
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i).kind() == PatternElement.Kind.VERB) {
                verb = i;
                break;
            }
        }
        if (verb < 0) {
            throw line.error("pattern without the verb slot *");
        }
        boolean joinedBefore = verb > 0 && elements.get(verb - 1).joinedToNext();
        return new VerbPattern(elements.subList(0, verb), elements.subList(verb + 1, elements.size()), joinedBefore,
                elements.get(verb).joinedToNext(), code.group(1).strip(), line.number());
    }

    // "BAN {BANS BANNED}", "+CORDON_OFF {+CORDONED_OFF +CORDONS_OFF}", "KLM_NOP_+RST [002]"
    private static VerbForm form(DictionaryLines.Line line, String text, DictionaryFormat format) {
        String rest = text;
        List<VerbPhrase> irregular = new ArrayList<>();
        Matcher braces = BRACES.matcher(rest);
        if (braces.find()) {
            for (String f : braces.group(1).strip().split("\\s+")) {
                if (!f.isBlank()) {
                    irregular.add(VerbPhrase.parse(line, f, format));
                }
            }
            rest = rest.substring(0, braces.start()) + rest.substring(braces.end());
        }
        if (rest.indexOf('{') >= 0 || rest.indexOf('}') >= 0) {
            throw line.error("unbalanced { } in verb forms");
        }
        Optional<String> code = Optional.empty();
        Matcher c = CODE.matcher(rest);
        if (c.find()) {
            code = Optional.of(c.group(1).strip());
            rest = rest.substring(0, c.start());
        }
        if (rest.indexOf('[') >= 0 || rest.indexOf(']') >= 0) {
            throw line.error("unbalanced [ ] in verb line");
        }
        return new VerbForm(VerbPhrase.parse(line, rest, format), irregular, code, line.number());
    }

    private static Family finish(List<VerbFamily> families, Family family) {
        if (family != null) {
            families.add(new VerbFamily(family.name, family.code, family.forms, family.patterns, family.line));
        }
        return null;
    }

    /** A family while its lines are being read. */
    private static final class Family {
        final String name;
        final Optional<String> code;
        final int line;
        final List<VerbForm> forms = new ArrayList<>();
        final List<VerbPattern> patterns = new ArrayList<>();

        Family(String name, Optional<String> code, int line) {
            this.name = name;
            this.code = code;
            this.line = line;
        }
    }
}
