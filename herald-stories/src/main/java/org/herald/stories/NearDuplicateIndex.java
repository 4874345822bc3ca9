package org.herald.stories;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds copies of a document among those added before: syndicated and updated versions of one text. Each text is
 * cut into overlapping word shingles ({@code shingleWords} words), summarised by a MinHash signature of
 * {@code bands × rows} values, and filed under one key per band (LSH banding), so a new text meets only the texts
 * it shares a whole band with, never all of them. A candidate is a copy when the signatures agree on at least
 * {@code threshold} of their values, the MinHash estimate of the shingle sets' Jaccard similarity. With 42 bands
 * of 3 rows, a pair at Jaccard 0.4 becomes a candidate with probability {@code 1 - (1 - 0.4^3)^42} = 0.94, at
 * 0.5 with 0.996, and one at 0.1 (the same story rewritten by another site) with 0.04, to be checked and dropped.
 * Not thread-safe.
 */
public final class NearDuplicateIndex {
    private final int bands;
    private final int rows;
    private final int shingleWords;
    private final double threshold;
    private final long[] seeds;
    private final List<String> ids = new ArrayList<>();
    /**
     * Originals' signatures, 16 bits of each MinHash value kept (two values agree by chance once in 65,536, which
     * moves an estimate by nothing measurable); copies keep none, they are never a candidate.
     */
    private final List<short[]> signatures = new ArrayList<>();
    /** Index of the document each one copies, itself when it is an original. */
    private int[] originals = new int[1024];
    private final BandTable buckets = new BandTable();

    public NearDuplicateIndex(int bands, int rows, int shingleWords, double threshold) {
        if (bands < 1 || rows < 1 || shingleWords < 1) throw new IllegalArgumentException("bands, rows, shingleWords >= 1");
        if (threshold <= 0 || threshold > 1) throw new IllegalArgumentException("threshold not in (0, 1]: " + threshold);
        this.bands = bands;
        this.rows = rows;
        this.shingleWords = shingleWords;
        this.threshold = threshold;
        this.seeds = new long[bands * rows];
        long s = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < seeds.length; i++) seeds[i] = mix(s += 0x9E3779B97F4A7C15L);
    }

    /**
     * 42 bands of 3 rows over word trigrams, a copy at estimated Jaccard 0.4. A wire copy of a 70-word story with a
     * new headline, a byline, a footer and its last sentence cut keeps 0.5-0.6 of its trigrams; the same story
     * rewritten by another site keeps about 0.1 (NearDuplicateIndexTest; docs/BENCHMARKS.md, "Near-duplicates").
     */
    public static NearDuplicateIndex defaults() {
        return new NearDuplicateIndex(42, 3, 3, 0.4);
    }

    /**
     * Adds a document and returns the id of the earlier document it copies, if any: the original of the most
     * similar candidate (a copy of a copy points at the first text). A text too short for one shingle is never a copy.
     */
    public Optional<String> add(String id, String text) {
        int[] sig = signature(text);
        int doc = ids.size();
        int original = doc;
        if (sig != null) {
            int best = bestCandidate(sig);
            if (best >= 0) original = originals[best];
        }
        ids.add(id);
        if (doc == originals.length) originals = java.util.Arrays.copyOf(originals, doc * 2);
        originals[doc] = original;
        // Only originals are filed: a copy's match is its original's, and buckets stay one entry per story text.
        signatures.add(sig != null && original == doc ? compact(sig) : null);
        if (sig != null && original == doc) {
            for (int b = 0; b < bands; b++) buckets.add(bandKey(sig, b), doc);
        }
        return original == doc ? Optional.empty() : Optional.of(ids.get(original));
    }

    /**
     * The text's signature and band keys, for a caller that files texts itself (a store's index); empty for a text
     * without a word. {@link #copies} says whether two signatures are a copy and its original.
     */
    public Optional<Signature> sign(String text) {
        int[] sig = signature(text);
        if (sig == null) return Optional.empty();
        long[] keys = new long[bands];
        for (int b = 0; b < bands; b++) keys[b] = bandKey(sig, b);
        return Optional.of(new Signature(compact(sig), keys));
    }

    /** True when the two signatures agree on at least the copy threshold of their values. */
    public boolean copies(Signature a, Signature b) {
        return a.agreement(b) >= threshold;
    }

    /** Estimated Jaccard similarity of two texts' shingle sets (0 when either has no shingle). */
    public double estimatedJaccard(String a, String b) {
        int[] x = signature(a);
        int[] y = signature(b);
        return x == null || y == null ? 0 : agreement(compact(x), compact(y));
    }

    private int bestCandidate(int[] sig) {
        short[] mine = compact(sig);
        int[] best = {-1};
        double[] bestScore = {0};
        for (int b = 0; b < bands; b++) {
            buckets.forEach(bandKey(sig, b), other -> {
                double score = agreement(mine, signatures.get(other));
                if (score < threshold) return;
                if (best[0] < 0 || score > bestScore[0] || (score == bestScore[0] && other < best[0])) {
                    best[0] = other;
                    bestScore[0] = score;
                }
            });
        }
        return best[0];
    }

    private static short[] compact(int[] sig) {
        short[] s = new short[sig.length];
        for (int i = 0; i < sig.length; i++) s[i] = (short) sig[i];
        return s;
    }

    private static double agreement(short[] x, short[] y) {
        int same = 0;
        for (int i = 0; i < x.length; i++) if (x[i] == y[i]) same++;
        return (double) same / x.length;
    }

    private long bandKey(int[] sig, int band) {
        long h = band * 0xC2B2AE3D27D4EB4FL;
        for (int r = 0; r < rows; r++) h = mix(h ^ sig[band * rows + r]);
        return h;
    }

    /** The MinHash signature of the text's word shingles, or null when it has no word. */
    int[] signature(String text) {
        List<Words.Word> words = Words.split(text);
        if (words.isEmpty()) return null;
        long[] wordHashes = new long[words.size()];
        for (int i = 0; i < wordHashes.length; i++) wordHashes[i] = mix(words.get(i).text().hashCode());
        int[] sig = new int[seeds.length];
        java.util.Arrays.fill(sig, Integer.MAX_VALUE);
        int count = Math.max(1, wordHashes.length - shingleWords + 1);
        for (int s = 0; s < count; s++) {
            long h = 0;
            for (int k = s; k < Math.min(wordHashes.length, s + shingleWords); k++) h = mix(h * 31 + wordHashes[k]);
            for (int i = 0; i < seeds.length; i++) {
                int v = (int) (mix(h ^ seeds[i]) >>> 33);
                if (v < sig[i]) sig[i] = v;
            }
        }
        return sig;
    }

    /** SplitMix64's finaliser: spreads a 64-bit value over all bits. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
