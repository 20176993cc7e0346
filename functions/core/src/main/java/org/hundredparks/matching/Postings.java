package org.hundredparks.matching;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One channel of an inverted index (segmented words, or character bigrams): terms numbered once, and for each
 * term the slots of the documents that have it, as primitive postings {@code slot << 8 | tf} in ascending slot
 * order. Shared by the match index and the search index, which differ in what they keep beside it.
 *
 * <p>Read from a snapshot, a term's postings stay encoded until a query or a change first needs them: a cold start
 * copies bytes instead of decoding tens of millions of postings, most of which no query of that container reads.
 */
public final class Postings {

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> terms = new ArrayList<>();
    private int[][] postings = new int[256][];
    private int[] sizes = new int[256];
    /** Terms read from a snapshot and not yet decoded: their encoded postings (see {@link #write}). */
    private byte[][] encoded;
    /** The total length (in terms) of the live documents, for BM25's average length. */
    private long liveLength;

    /** A term's number, or -1. */
    public int lookup(String term) {
        Integer id = ids.get(term);
        return id == null ? -1 : id;
    }

    public String term(int id) {
        return terms.get(id);
    }

    /** How many documents have the term (dead ones included until {@link #dropDead}). */
    public int size(int id) {
        return sizes[id];
    }

    /** The term's postings; only the first {@link #size} are valid. */
    public int[] postings(int id) {
        decode(id);
        return postings[id];
    }

    private void decode(int id) {
        if (encoded == null || encoded[id] == null) {
            return;
        }
        byte[] bytes = encoded[id];
        encoded[id] = null;
        int size = sizes[id];
        int[] list = new int[Math.max(2, size)];
        int at = 0;
        int slot = 0;
        for (int i = 0; i < size; i++) {
            int gap = 0;
            for (int shift = 0; ; shift += 7) {
                int b = bytes[at++];
                gap |= (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    break;
                }
            }
            slot += gap >>> 1;
            list[i] = slot << 8 | ((gap & 1) == 0 ? 1 : bytes[at++] & 0xFF);
        }
        postings[id] = size == 0 ? null : list;
    }

    public static int slot(int posting) {
        return posting >>> 8;
    }

    public static int tf(int posting) {
        return posting & 0xFF;
    }

    public long liveLength() {
        return liveLength;
    }

    /** Adds a document's terms at a slot above every slot added before; returns its distinct term numbers. */
    public int[] add(int slot, List<String> documentTerms) {
        Map<Integer, Integer> tf = new HashMap<>();
        for (String term : documentTerms) {
            tf.merge(id(term), 1, Integer::sum);
        }
        int[] distinct = new int[tf.size()];
        int n = 0;
        for (Map.Entry<Integer, Integer> entry : tf.entrySet()) {
            append(entry.getKey(), slot << 8 | Math.min(255, entry.getValue()));
            distinct[n++] = entry.getKey();
        }
        liveLength += documentTerms.size();
        return distinct;
    }

    /** A document of this length left. */
    public void removed(int length) {
        liveLength -= length;
    }

    private int id(String term) {
        Integer id = ids.get(term);
        if (id == null) {
            id = terms.size();
            ids.put(term, id);
            terms.add(term);
            if (id == postings.length) {
                postings = Arrays.copyOf(postings, id * 2);
                sizes = Arrays.copyOf(sizes, id * 2);
                if (encoded != null) {
                    encoded = Arrays.copyOf(encoded, id * 2);
                }
            }
        }
        return id;
    }

    private void append(int term, int posting) {
        decode(term);
        int[] list = postings[term];
        int size = sizes[term];
        if (list == null || list.length == size) {
            list = list == null ? new int[2] : Arrays.copyOf(list, size * 2);
            postings[term] = list;
        }
        list[size] = posting;
        sizes[term] = size + 1;
    }

    /** Takes the postings of dead slots out. */
    public void dropDead(boolean[] alive) {
        for (int t = 0; t < terms.size(); t++) {
            decode(t);
            int[] list = postings[t];
            int kept = 0;
            for (int i = 0; i < sizes[t]; i++) {
                if (alive[list[i] >>> 8]) {
                    list[kept++] = list[i];
                }
            }
            postings[t] = kept == 0 ? null : Arrays.copyOf(list, kept);
            sizes[t] = kept;
        }
    }

    /**
     * The numbers terms get in a snapshot: terms no live document has any more (an edited text's old words) are left
     * out, so they do not outlive the container that saw them. -1 for such a term. Call {@link #dropDead} first.
     */
    public int[] termNumbers() {
        int[] numbers = new int[terms.size()];
        int next = 0;
        for (int t = 0; t < terms.size(); t++) {
            numbers[t] = sizes[t] > 0 ? next++ : -1;
        }
        return numbers;
    }

    /**
     * Writes every term some document still has, numbered as {@link #termNumbers} says, and its postings with slots renumbered ({@code renumber[slot]}; call {@link #dropDead}
     * first). Slots ascend within a list, so gaps are small; the low bit says whether a term frequency above 1 follows.
     * Each term's postings are preceded by their length in bytes, so that a reader can keep them encoded.
     */
    public void write(DataOutputStream out, int[] renumber) throws IOException {
        int[] numbers = termNumbers();
        out.writeInt((int) Arrays.stream(numbers).filter(n -> n >= 0).count());
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
        DataOutputStream encoder = new DataOutputStream(buffer);
        for (int t = 0; t < terms.size(); t++) {
            if (numbers[t] < 0) {
                continue;
            }
            decode(t);
            out.writeUTF(terms.get(t));
            Snapshots.writeVarInt(out, sizes[t]);
            buffer.reset();
            int previous = 0;
            for (int i = 0; i < sizes[t]; i++) {
                int slot = renumber[postings[t][i] >>> 8];
                int tf = postings[t][i] & 0xFF;
                Snapshots.writeVarInt(encoder, (slot - previous) << 1 | (tf > 1 ? 1 : 0));
                if (tf > 1) {
                    encoder.writeByte(tf);
                }
                previous = slot;
            }
            encoder.flush();
            Snapshots.writeVarInt(out, buffer.size());
            buffer.writeTo(out);
        }
    }

    /** Reads what {@link #write} wrote, for documents of this total length; postings stay encoded until used. */
    public static Postings read(DataInputStream in, long liveLength) throws IOException {
        Postings channel = new Postings();
        channel.liveLength = liveLength;
        int terms = in.readInt();
        int capacity = Math.max(256, terms);
        channel.postings = new int[capacity][];
        channel.sizes = new int[capacity];
        channel.encoded = new byte[capacity][];
        for (int t = 0; t < terms; t++) {
            String term = in.readUTF();
            channel.ids.put(term, t);
            channel.terms.add(term);
            channel.sizes[t] = Snapshots.readVarInt(in);
            byte[] bytes = new byte[Snapshots.readVarInt(in)];
            in.readFully(bytes);
            channel.encoded[t] = bytes;
        }
        return channel;
    }
}
