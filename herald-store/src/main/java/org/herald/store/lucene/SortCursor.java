package org.herald.store.lucene;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.BytesRef;
import org.herald.store.InvalidCursorException;

/**
 * A page's {@code next} cursor: the sort values of its last hit, as {@link org.apache.lucene.search.IndexSearcher
 * #searchAfter} takes them, written URL-safe. Sort values, not a document number, so a cursor stays right across
 * commits and merges; every sort ends on a unique key (the article id, the position in it), so no two hits tie and
 * the document number is not needed to break ties. The search's name is written in too: a quote cursor given to
 * events, or a text-search cursor given to a search without text, is refused rather than misread.
 */
final class SortCursor {
    private static final byte VERSION = 1;
    private static final byte LONG = 'L';
    private static final byte FLOAT = 'F';
    private static final byte BYTES = 'S';
    private static final byte MISSING = 'N';

    private SortCursor() {}

    static String encode(String search, Sort sort, FieldDoc last) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeUTF(search);
            out.writeByte(last.fields.length);
            for (Object value : last.fields) {
                if (value instanceof Long l) {
                    out.writeByte(LONG);
                    out.writeLong(l);
                } else if (value instanceof Float f) {
                    out.writeByte(FLOAT);
                    out.writeFloat(f);
                } else if (value instanceof BytesRef b) {
                    out.writeByte(BYTES);
                    out.writeShort(b.length);
                    out.write(b.bytes, b.offset, b.length);
                } else if (value == null) {
                    out.writeByte(MISSING);
                } else {
                    throw new IllegalStateException("no cursor form for sort value " + value.getClass());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
    }

    /** The hit to continue after; {@link InvalidCursorException} unless {@code encode} wrote it for this search. */
    static FieldDoc decode(String cursor, String search, Sort sort) {
        SortField[] fields = sort.getSort();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Base64.getUrlDecoder().decode(cursor)))) {
            if (in.readByte() != VERSION) throw invalid("it is not one this server wrote");
            String written = in.readUTF();
            if (!written.equals(search)) throw invalid("it continues a search of " + written + ", not of " + search);
            if (in.readByte() != fields.length) throw invalid("it has the wrong number of sort values");
            Object[] values = new Object[fields.length];
            for (int i = 0; i < fields.length; i++) values[i] = value(in, fields[i].getType());
            if (in.read() != -1) throw invalid("it has bytes past its end");
            // Every sort ends on a unique key, so only the hit itself ties with these values: skip it wherever
            // merges have moved it.
            return new FieldDoc(Integer.MAX_VALUE, Float.NaN, values);
        } catch (IOException | IllegalArgumentException e) {
            if (e instanceof InvalidCursorException i) throw i;
            throw invalid("it is damaged");
        }
    }

    private static Object value(DataInputStream in, SortField.Type type) throws IOException {
        byte tag = in.readByte();
        switch (type) {
            case LONG -> {
                if (tag == LONG) return in.readLong();
            }
            case SCORE -> {
                if (tag == FLOAT) return in.readFloat();
            }
            case STRING -> {
                if (tag == MISSING) return null;
                if (tag == BYTES) {
                    byte[] b = new byte[in.readUnsignedShort()];
                    in.readFully(b);
                    return new BytesRef(b);
                }
            }
            default -> throw new IllegalStateException("no cursor form for sort type " + type);
        }
        throw invalid("its sort values do not fit this search");
    }

    private static InvalidCursorException invalid(String why) {
        return new InvalidCursorException("cursor cannot be continued from: " + why
                + "; use the 'next' of the page before, with the same query");
    }
}
