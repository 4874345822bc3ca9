package org.herald.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NearDuplicateIndexTest {
    /** A syndicated copy: new headline, agency byline, last sentence cut, a word changed, a footer added. */
    static String syndicated(String original) {
        List<String> lines = new ArrayList<>(List.of(original.strip().split("\n")));
        lines.set(0, "UPDATE: " + lines.get(0).toUpperCase(java.util.Locale.ROOT));
        lines.add(1, "By Staff Reporter (Wire Service)");
        lines.remove(lines.size() - 1);
        lines.set(2, lines.get(2).replaceFirst(" the ", " a "));
        lines.add("Copyright 2024 Wire Service. All rights reserved.");
        return String.join("\n", lines);
    }

    @Test
    void syndicatedCopiesPointAtTheirOriginalAndOtherArticlesOfTheSameKindDoNot() {
        NearDuplicateIndex index = NearDuplicateIndex.defaults();
        List<String> originals = List.of(Samples.FIRE_CHURCH, Samples.FIRE_WAREHOUSE, Samples.TRADE_STRIKER,
                Samples.TRADE_KEEPER);
        for (int i = 0; i < originals.size(); i++) assertEquals(Optional.empty(), index.add("o" + i, originals.get(i)));
        // Rewritten by another site: the same story, not a copy.
        assertEquals(Optional.empty(), index.add("rewrite", Samples.FIRE_CHURCH_OTHER_SITE));
        for (int i = 0; i < originals.size(); i++) {
            assertEquals(Optional.of("o" + i), index.add("c" + i, syndicated(originals.get(i))), "copy of o" + i);
        }
        assertEquals(Optional.of("o0"), index.add("copy-of-copy", syndicated(syndicated(Samples.FIRE_CHURCH))));
    }

    @Test
    void textsWithoutWordsAreNeverCopies() {
        NearDuplicateIndex index = NearDuplicateIndex.defaults();
        assertEquals(Optional.empty(), index.add("a", ""));
        assertEquals(Optional.empty(), index.add("b", ""));
        assertEquals(Optional.empty(), index.add("c", "..."));
    }

    @Test
    void estimatedJaccardTracksTheShareOfSharedShingles() {
        NearDuplicateIndex index = NearDuplicateIndex.defaults();
        assertEquals(1.0, index.estimatedJaccard(Samples.FIRE_CHURCH, Samples.FIRE_CHURCH));
        assertTrue(index.estimatedJaccard(Samples.FIRE_CHURCH, Samples.TRADE_KEEPER) < 0.1);
    }

    /**
     * Precision and recall on 300 generated texts of 200 words (a Zipf-like vocabulary of 2,000 words, so texts
     * share common words as news does), each with an edited copy: 4% of words replaced, one 15-word passage cut
     * and a 12-word byline and footer added (shingle Jaccard about 0.6), filed after all originals.
     */
    @Test
    void editedCopiesOfGeneratedTextsAreFoundWithoutFalseMatches() {
        Random random = new Random(12);
        List<String> originals = new ArrayList<>();
        for (int i = 0; i < 300; i++) originals.add(text(random, 200));
        NearDuplicateIndex index = NearDuplicateIndex.defaults();
        int falseMatches = 0;
        for (int i = 0; i < originals.size(); i++) {
            if (index.add("o" + i, originals.get(i)).isPresent()) falseMatches++;
        }
        int found = 0;
        for (int i = 0; i < originals.size(); i++) {
            Optional<String> match = index.add("c" + i, edited(originals.get(i), random));
            if (match.equals(Optional.of("o" + i))) found++;
            else if (match.isPresent()) falseMatches++;
        }
        double recall = found / 300.0;
        System.out.printf(java.util.Locale.ROOT, "near-duplicates: recall %.3f (%d/300), false matches %d%n", recall,
                found, falseMatches);
        assertEquals(0, falseMatches);
        assertTrue(recall >= 0.95, "recall " + recall);
    }

    private static String text(Random r, int words) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) {
            // Squaring a uniform draw skews it to the front of the vocabulary: common words recur across texts.
            double u = r.nextDouble();
            b.append("w").append((int) (u * u * 2000)).append(i % 17 == 16 ? ".\n" : " ");
        }
        return b.toString();
    }

    private static String edited(String original, Random r) {
        List<String> words = new ArrayList<>(List.of(original.split(" ")));
        for (int i = 0; i < words.size(); i++) if (r.nextDouble() < 0.04) words.set(i, "edit" + r.nextInt(1000));
        int cut = r.nextInt(words.size() - 15);
        words.subList(cut, cut + 15).clear();
        return "By a staff writer of the agency, updated at noon today\n" + String.join(" ", words)
                + "\nAll rights reserved, the agency 2024";
    }
}
