package org.herald.stories;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;

/**
 * A text's MinHash summary as {@link NearDuplicateIndex#sign} makes it: 16 bits of each MinHash value, and the LSH
 * band keys a copy shares with it (a store indexes the keys as terms and finds a copy's candidates by them). Only
 * signatures made with the same settings are comparable.
 */
public final class Signature {
    private final short[] values;
    private final long[] bands;

    Signature(short[] values, long[] bands) {
        this.values = values.clone();
        this.bands = bands.clone();
    }

    /** The band keys, one per band. */
    public long[] bands() {
        return bands.clone();
    }

    /** The share of MinHash values two signatures agree on: their texts' estimated Jaccard similarity. */
    public double agreement(Signature other) {
        Objects.requireNonNull(other, "other");
        if (other.values.length != values.length) throw new IllegalArgumentException("signatures of other settings");
        int same = 0;
        for (int i = 0; i < values.length; i++) if (values[i] == other.values[i]) same++;
        return values.length == 0 ? 0 : (double) same / values.length;
    }

    /** Values then band keys, for {@link #fromBytes}. */
    public byte[] toBytes() {
        ByteBuffer b = ByteBuffer.allocate(8 + values.length * 2 + bands.length * 8);
        b.putInt(values.length).putInt(bands.length);
        for (short v : values) b.putShort(v);
        for (long k : bands) b.putLong(k);
        return b.array();
    }

    /** Reads what {@link #toBytes()} wrote; throws {@link IllegalArgumentException} on other bytes. */
    public static Signature fromBytes(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        try {
            short[] values = new short[b.getInt()];
            long[] bands = new long[b.getInt()];
            if (b.remaining() != values.length * 2 + bands.length * 8) throw new IllegalArgumentException("length");
            for (int i = 0; i < values.length; i++) values[i] = b.getShort();
            for (int i = 0; i < bands.length; i++) bands[i] = b.getLong();
            return new Signature(values, bands);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a signature (" + bytes.length + " bytes)", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Signature s && Arrays.equals(values, s.values) && Arrays.equals(bands, s.bands);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values) * 31 + Arrays.hashCode(bands);
    }
}
