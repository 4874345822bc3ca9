package org.herald.events.petrarch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a PETRARCH/TABARI actor dictionary. An entry is a name line, optional {@code +} synonym lines and optional
 * indented code lines; codes may also follow the name:
 * <pre>
 * AUSTRALIA [AUS]
 * +AUSTRALIAN
 * ZIMBABWE
 *     [RHO &lt;790606]
 *     [ZBW]
 * </pre>
 * A name without any code is kept with no codes (the Phoenix files have a few). A synonym or code line before any
 * name, or a malformed code block, fails with {@code file:line}.
 */
public final class ActorDictionaryReader {
    private ActorDictionaryReader() {}

    /** Reads a PETRARCH-format file strictly: the first malformed line throws. */
    public static ActorDictionary read(Path file) {
        return read(file, DictionaryFormat.PETRARCH);
    }

    /** Reads strictly in {@code format}: in a TABARI file "ARGENTIN" is a stem and "ARNOR_" a whole word. */
    public static ActorDictionary read(Path file, DictionaryFormat format) {
        return read(file, format, e -> {
            throw e;
        });
    }

    /** Reads a PETRARCH-format file leniently; see {@link #read(Path, DictionaryFormat, Consumer)}. */
    public static ActorDictionary read(Path file, Consumer<DictionaryFormatException> onBadLine) {
        return read(file, DictionaryFormat.PETRARCH, onBadLine);
    }

    /**
     * Reads leniently: a malformed code block ({@code [ARMUNR 9008223-911221]} in the Phoenix country file) is
     * passed to {@code onBadLine} and left out, and reading goes on.
     */
    public static ActorDictionary read(Path file, DictionaryFormat format,
            Consumer<DictionaryFormatException> onBadLine) {
        List<ActorEntry> entries = new ArrayList<>();
        List<List<String>> names = new ArrayList<>();
        List<List<Boolean>> stems = new ArrayList<>();
        List<DatedCode> codes = new ArrayList<>();
        int start = 0;
        for (DictionaryLines.Line line : DictionaryLines.read(file)) {
            String text = line.text();
            if (text.startsWith("+") || text.startsWith("[")) {
                if (names.isEmpty()) {
                    throw line.error("synonym or code before any actor name");
                }
                if (text.startsWith("+")) {
                    addName(line, names, stems, CodeBlocks.head(text.substring(1)), format);
                }
                codes.addAll(codes(line, text, onBadLine));
                continue;
            }
            if (!names.isEmpty()) {
                entries.add(new ActorEntry(names, stems, codes, start));
            }
            names = new ArrayList<>();
            stems = new ArrayList<>();
            codes = new ArrayList<>();
            start = line.number();
            addName(line, names, stems, CodeBlocks.head(text), format);
            codes.addAll(codes(line, text, onBadLine));
        }
        if (!names.isEmpty()) {
            entries.add(new ActorEntry(names, stems, codes, start));
        }
        return new ActorDictionary(entries);
    }

    public static ActorDictionary readAll(List<Path> files) {
        ActorDictionary all = new ActorDictionary(List.of());
        for (Path f : files) {
            all = all.plus(read(f));
        }
        return all;
    }

    private static List<DatedCode> codes(DictionaryLines.Line line, String text,
            Consumer<DictionaryFormatException> onBadLine) {
        try {
            return CodeBlocks.parse(line, text);
        } catch (DictionaryFormatException e) {
            onBadLine.accept(e);
            return List.of();
        }
    }

    private static void addName(DictionaryLines.Line line, List<List<String>> names, List<List<Boolean>> stems,
            String phrase, DictionaryFormat format) {
        List<String> words = Words.of(phrase);
        if (words.isEmpty()) {
            throw line.error("empty actor name");
        }
        names.add(words);
        stems.add(Words.stems(phrase, format));
    }
}
