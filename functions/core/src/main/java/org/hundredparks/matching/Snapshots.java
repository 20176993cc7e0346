package org.hundredparks.matching;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;

/** The small encodings the index snapshots (matching's and search's) are written in. */
public final class Snapshots {

    /**
     * A byte array read without locking: the JDK's buffered and array streams synchronise every {@code read()},
     * and a snapshot is tens of millions of one-byte reads (about 0.1 s of a 0.8 s decode at 100,000 items).
     */
    public static final class Bytes extends java.io.InputStream {
        private final byte[] bytes;
        private int position;

        public Bytes(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read() {
            return position < bytes.length ? bytes[position++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] target, int offset, int length) {
            if (position >= bytes.length) {
                return length == 0 ? 0 : -1;
            }
            int n = Math.min(length, bytes.length - position);
            System.arraycopy(bytes, position, target, offset, n);
            position += n;
            return n;
        }
    }


    private Snapshots() {
    }

    public static void writeVarInt(DataOutputStream out, int value) throws IOException {
        while ((value & ~0x7F) != 0) {
            out.writeByte((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        out.writeByte(value);
    }

    public static int readVarInt(DataInputStream in) throws IOException {
        int value = 0;
        for (int shift = 0; ; shift += 7) {
            int b = in.readByte();
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
    }

    static void writeNullable(DataOutputStream out, String value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeUTF(value);
        }
    }

    static String readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    static void writeSet(DataOutputStream out, Set<String> values) throws IOException {
        out.writeByte(values.size());
        for (String value : values) {
            out.writeUTF(value);
        }
    }

    static Set<String> readSet(DataInputStream in) throws IOException {
        int size = in.readByte();
        Set<String> values = new LinkedHashSet<>();
        for (int i = 0; i < size; i++) {
            values.add(in.readUTF());
        }
        return Set.copyOf(values);
    }
}
