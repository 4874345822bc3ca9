package org.herald.eval;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * The dev / held-out split every helper of issue 9 uses on the wave-2 event suites ({@code conflibert-train},
 * {@code cameo-conflibert-rounds}, {@code ngec-synthetic}), so that tuning never touches the held-out half: the
 * CRC32 of a case's text as UTF-8, after {@link String#trim()} and collapsing every run of {@code \s} to one space,
 * is even for the dev half (tune and train on it) and odd for the held-out half (only report it).
 * <p>
 * The rule hashes the text alone, so it needs no list of ids and a case keeps its half when a file is reordered.
 * {@code ngec-synthetic} hashes each story's headline template instead ({@link NgecSuite.Story#template()}): its
 * stories are written from 332 templates, and near-copies of one template must not sit in both halves.
 */
enum SuiteSplit {
    /** Even CRC32: the half rules and classifiers may be tuned on. */
    DEV,
    /** Odd CRC32: never tuned or trained on; its numbers are the ones that say how the coder generalises. */
    HELDOUT,
    /** Both halves. */
    ALL;

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** The half a case's text falls in: {@link #DEV} or {@link #HELDOUT}, never {@link #ALL}. */
    static SuiteSplit half(String text) {
        return crc(text) % 2 == 0 ? DEV : HELDOUT;
    }

    /** CRC32 of the normalised text's UTF-8 bytes. */
    static long crc(String text) {
        CRC32 crc = new CRC32();
        crc.update(normalise(text).getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }

    /** The text the hash is taken of: trimmed, each white-space run one space ("a \n b " → "a b"). */
    static String normalise(String text) {
        return WHITESPACE.matcher(text.trim()).replaceAll(" ");
    }

    /** Whether a case with this text belongs to this split. */
    boolean contains(String text) {
        return this == ALL || half(text) == this;
    }

    /** The cases of this split, in their order. */
    <T> List<T> select(List<T> cases, Function<T, String> text) {
        return cases.stream().filter(c -> contains(text.apply(c))).toList();
    }

    /** The name used on the command line: dev, heldout, all. */
    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads {@code dev}, {@code heldout} or {@code all}; anything else is a caller mistake. */
    static SuiteSplit parse(String name) {
        for (SuiteSplit s : values()) {
            if (s.label().equals(name)) return s;
        }
        throw new IllegalArgumentException("unknown split: " + name + " (dev, heldout or all)");
    }
}
