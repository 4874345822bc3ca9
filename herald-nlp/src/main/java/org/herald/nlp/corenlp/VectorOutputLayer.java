package org.herald.nlp.corenlp;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The output layer of {@link TransitionScorer} in SIMD lanes (JDK's incubating Vector API): each transition's score
 * is still its dot product with the hidden layer, summed in hidden-unit order from zero, one multiplication and one
 * addition per term as CoreNLP's {@code ArrayMath.dotProduct} does (no fused multiply-add), so the scores are
 * CoreNLP's to the bit; but eight scores sit in one register and four registers advance together. The weights are
 * CoreNLP's floats, widened in the register: half the memory traffic of doubles (the 83 × 1,000 weights do not
 * stay in a core's cache). Measured alone on the real model (issue 10, AVX-512, load ~22): 6.8-8.9 µs per
 * configuration against 17.8-21.8 µs for the scalar blocks. Loaded only when the module is present and
 * {@link #usable()} says so: this class names the incubating module, which a JVM lacks unless started with
 * {@code --add-modules jdk.incubator.vector}.
 */
final class VectorOutputLayer {
    /** Scores per register: the code below assumes eight (512-bit registers of doubles). */
    static final int LANES = 8;
    private static final VectorSpecies<Double> DOUBLES = DoubleVector.SPECIES_512;
    private static final VectorSpecies<Float> FLOATS = FloatVector.SPECIES_256;
    /** Scores per pass over the hidden layer: four registers. */
    private static final int CHUNK = 4 * LANES;

    private VectorOutputLayer() {}

    /** True when the CPU's preferred vectors hold eight doubles, so that the lanes are real, not emulated. */
    static boolean usable() {
        return DoubleVector.SPECIES_PREFERRED.length() == LANES;
    }

    /**
     * {@code out[t] = Σ_h hidden[h] * weights[h * stride + t]} in h order, for every t below {@code stride} (a
     * multiple of {@link #LANES}).
     */
    static void scores(float[] weights, double[] hidden, double[] out, int stride) {
        int first = 0;
        for (; first + CHUNK <= stride; first += CHUNK) {
            DoubleVector s0 = DoubleVector.zero(DOUBLES);
            DoubleVector s1 = s0;
            DoubleVector s2 = s0;
            DoubleVector s3 = s0;
            for (int h = 0, row = first; h < hidden.length; h++, row += stride) {
                DoubleVector v = DoubleVector.broadcast(DOUBLES, hidden[h]);
                s0 = s0.add(v.mul(widened(weights, row)));
                s1 = s1.add(v.mul(widened(weights, row + LANES)));
                s2 = s2.add(v.mul(widened(weights, row + 2 * LANES)));
                s3 = s3.add(v.mul(widened(weights, row + 3 * LANES)));
            }
            s0.intoArray(out, first);
            s1.intoArray(out, first + LANES);
            s2.intoArray(out, first + 2 * LANES);
            s3.intoArray(out, first + 3 * LANES);
        }
        for (; first < stride; first += LANES) {
            DoubleVector s = DoubleVector.zero(DOUBLES);
            for (int h = 0, row = first; h < hidden.length; h++, row += stride) {
                s = s.add(DoubleVector.broadcast(DOUBLES, hidden[h]).mul(widened(weights, row)));
            }
            s.intoArray(out, first);
        }
    }

    /** Eight floats from {@code i} on, as doubles (exactly). */
    private static DoubleVector widened(float[] weights, int i) {
        return (DoubleVector) FloatVector.fromArray(FLOATS, weights, i).convertShape(VectorOperators.F2D, DOUBLES, 0);
    }
}
