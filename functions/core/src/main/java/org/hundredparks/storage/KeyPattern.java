package org.hundredparks.storage;

/**
 * The keys of one kind of record: a partition key prefix and an exact sort key. Readers of the change stream say
 * with it which records they take, so that the stream's filter (in infra) and their own check agree.
 */
public record KeyPattern(String partitionPrefix, String sortKey) {

    public boolean matches(String pk, String sk) {
        return pk != null && pk.startsWith(partitionPrefix) && sortKey.equals(sk);
    }
}
