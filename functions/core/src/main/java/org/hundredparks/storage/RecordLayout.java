package org.hundredparks.storage;

import java.util.List;

/**
 * How one kind of record sits in the table: its key, the index entries it writes, and what they serve. The
 * package that owns the record declares it beside the code that builds its keys (a package-private
 * {@code ...Keys} class), with the patterns made by those same builders; docs/data-model.md's key table is
 * generated from the declarations and a test keeps it equal, so the document cannot drift from the code.
 */
public record RecordLayout(String record, String partitionKey, String sortKey, List<IndexEntry> indexes, String serves) {

    /** One index entry a record writes: the index and the patterns of its keys there. */
    public record IndexEntry(TableDesign.Index index, String partitionKey, String sortKey) {
    }

    public static RecordLayout of(String record, String partitionKey, String sortKey, String serves, IndexEntry... indexes) {
        return new RecordLayout(record, partitionKey, sortKey, List.of(indexes), serves);
    }

    public static IndexEntry in(TableDesign.Index index, String partitionKey, String sortKey) {
        return new IndexEntry(index, partitionKey, sortKey);
    }
}
