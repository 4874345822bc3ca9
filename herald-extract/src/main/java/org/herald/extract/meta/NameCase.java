package org.herald.extract.meta;

import java.util.Locale;
import java.util.Set;

/**
 * Writes a name printed in capitals the way the person writes it: "ROBERT BURNS" → "Robert Burns",
 * "LUDWIG VAN BEETHOVEN" → "Ludwig van Beethoven", "SEAN O'BRIEN" → "Sean O'Brien", "JEAN-PAUL MCDONALD" →
 * "Jean-Paul McDonald". A name with any lower-case letter is left as printed: its writer chose the case.
 * Thread-safe.
 */
final class NameCase {
    /** Roman numerals after a name stay in capitals: "JOHN SMITH III". */
    private static final Set<String> NUMERALS = Set.of("II", "III", "IV", "VI", "VII", "VIII");

    private final Set<String> particles;

    /** @param particles lower-case words that stand inside names in lower case ("van", "de", "bin") */
    NameCase(Set<String> particles) {
        this.particles = particles;
    }

    /** The name in name case when it is written all in capitals, else unchanged. */
    String of(String name) {
        if (!shouted(name)) {
            return name;
        }
        String[] words = name.split(" ");
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < words.length; i++) {
            if (i > 0) out.append(' ');
            String lower = words[i].toLowerCase(Locale.ROOT);
            if (i > 0 && i < words.length - 1 && particles.contains(lower)) {
                out.append(lower);             // "de" in "Maria de Souza", but "De" opening a name
            } else if (NUMERALS.contains(words[i])) {
                out.append(words[i]);
            } else {
                out.append(word(lower));
            }
        }
        return out.toString();
    }

    /** Capitals at the start and after a hyphen, apostrophe or full stop ("J.R.", "O'Brien"); "Mc" as in McDonald. */
    private static String word(String lower) {
        StringBuilder sb = new StringBuilder(lower.length());
        boolean start = true;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            sb.append(start ? Character.toUpperCase(c) : c);
            start = c == '-' || c == '\'' || c == '’' || c == '.';
        }
        // "McDonald", "McCain", also after a hyphen ("O'Neill-McCarthy"); "Mac" is left alone, since "Machado" and
        // "Macron" are no "Mac" names
        for (int i = 0; i + 3 < sb.length(); i++) {
            boolean partStart = i == 0 || sb.charAt(i - 1) == '-';
            if (partStart && sb.charAt(i) == 'M' && sb.charAt(i + 1) == 'c' && Character.isLetter(sb.charAt(i + 2))) {
                sb.setCharAt(i + 2, Character.toUpperCase(sb.charAt(i + 2)));
            }
        }
        return sb.toString();
    }

    /** All letters are capitals, and some word has more than one letter: "J. R." is initials, not shouting. */
    static boolean shouted(String name) {
        boolean anyUpper = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLowerCase(c)) return false;
            anyUpper |= Character.isUpperCase(c);
        }
        return anyUpper && name.matches(".*\\p{Lu}{2,}.*");
    }
}
