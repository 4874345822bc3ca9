package org.herald.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.herald.stories.NearDuplicateIndex;

/**
 * {@code duplicates-ecbplus}: precision and recall of {@link NearDuplicateIndex} on syndicated copies made from the
 * ECB+ texts (real news, so shingles recur across articles as they do in a feed). Every document gets one copy,
 * edited the way agencies and partner sites edit (a new headline, a byline, one sentence cut when there are four
 * or more, 3% of the words replaced by other words of the text, a footer), seeded by the file name so the suite is
 * fixed. All originals are filed first, then all copies. The other articles of a topic (the same event told by
 * other papers, and the other event of the same kind) are the near misses.
 */
final class DuplicateEval {
    private DuplicateEval() {}

    /**
     * @param originalsFlagged suite texts flagged as copies of an earlier suite text (ECB+ holds real wire copies)
     * @param flaggedRight of those, the ones whose exact word-trigram Jaccard with the text named reaches 0.4
     */
    record Result(int copies, int found, int wrongOriginal, int originalsFlagged, int flaggedRight) {
        double recall() {
            return copies == 0 ? 0 : (double) found / copies;
        }

        /** Right matches over all matches: made copies found, and suite texts flagged that really are copies. */
        double precision() {
            int matches = found + wrongOriginal + originalsFlagged;
            return matches == 0 ? 1 : (double) (found + flaggedRight) / matches;
        }

        String line(String label) {
            return String.format(Locale.ROOT, "%s: %d copies, recall %.3f (%d found), precision %.3f (%d copies"
                    + " matched to another article; %d suite texts flagged as copies of another, %d of them at exact"
                    + " trigram Jaccard >= 0.4)", label, copies, recall(), found, precision(), wrongOriginal,
                    originalsFlagged, flaggedRight);
        }
    }

    static Result score(List<StorySuites.StoryDoc> docs) {
        NearDuplicateIndex index = NearDuplicateIndex.defaults();
        int flagged = 0;
        int flaggedRight = 0;
        java.util.Map<String, String> originalOf = new java.util.HashMap<>();
        java.util.Map<String, String> texts = new java.util.HashMap<>();
        for (StorySuites.StoryDoc d : docs) {
            texts.put(d.id(), d.text());
            Optional<String> of = index.add(d.id(), d.text());
            originalOf.put(d.id(), of.orElse(d.id()));
            if (of.isPresent()) {
                flagged++;
                if (jaccard(trigrams(d.text()), trigrams(texts.get(of.get()))) >= 0.4) flaggedRight++;
            }
        }
        int found = 0;
        int wrong = 0;
        for (StorySuites.StoryDoc d : docs) {
            Optional<String> match = index.add("copy of " + d.id(), copy(d));
            // An original flagged as a copy of an earlier text hands its copies to that text: counted right here,
            // and the flag itself counted against precision above.
            if (match.equals(Optional.of(originalOf.get(d.id())))) found++;
            else if (match.isPresent()) wrong++;
        }
        return new Result(docs.size(), found, wrong, flagged, flaggedRight);
    }

    /** Word trigrams of a text, words being lower-cased runs of letters and digits: the truth MinHash estimates. */
    static java.util.Set<String> trigrams(String text) {
        List<String> w = List.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).stream()
                .filter(x -> !x.isEmpty()).toList();
        java.util.Set<String> out = new java.util.HashSet<>();
        for (int i = 0; i + 2 < w.size(); i++) out.add(w.get(i) + " " + w.get(i + 1) + " " + w.get(i + 2));
        return out;
    }

    static double jaccard(java.util.Set<String> a, java.util.Set<String> b) {
        java.util.Set<String> both = new java.util.HashSet<>(a);
        both.retainAll(b);
        int union = a.size() + b.size() - both.size();
        return union == 0 ? 0 : (double) both.size() / union;
    }

    static String copy(StorySuites.StoryDoc d) {
        Random r = new Random(SuiteSplit.crc(d.id()));
        List<String> lines = new ArrayList<>(List.of(d.text().split("\n")));
        if (lines.size() >= 4) lines.remove(1 + r.nextInt(lines.size() - 1));
        List<String> words = List.of(String.join("\n", lines.subList(1, lines.size())).split(" "));
        List<String> edited = new ArrayList<>(words);
        for (int i = 0; i < edited.size(); i++) {
            if (r.nextDouble() < 0.03) edited.set(i, words.get(r.nextInt(words.size())));
        }
        return "UPDATED: " + lines.get(0) + "\nBy Staff Reporter, Wire Service\n" + String.join(" ", edited)
                + "\n(c) 2024 Wire Service. Reporting by staff; editing by the desk.";
    }
}
