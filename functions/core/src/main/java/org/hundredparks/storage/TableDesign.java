package org.hundredparks.storage;

import java.util.List;

/**
 * The one definition of the platform's DynamoDB table: keys, indexes, stream and TTL. The local
 * bootstrap creates the table from it and the CDK stack declares it from it, so the two cannot drift.
 * Every attribute named here is a string; see docs/data-model.md for what each index serves.
 */
public record TableDesign(String partitionKey, String sortKey, List<Index> globalIndexes, List<Index> localIndexes,
        String streamViewType, String ttlAttribute) {

    /** An index: its name and key attributes (a local index shares the table's partition key). */
    public record Index(String name, String partitionKey, String sortKey) {
    }

    public static final String PK = "pk";
    public static final String SK = "sk";
    /** Items by province: {@code <TYPE>#R#<province>} / {@code <updatedAt>#<id>}. */
    public static final Index BY_REGION = new Index("byRegion", "gsi1pk", "gsi1sk");
    /** Items and cooperations by park: {@code <TYPE>#P#<parkId>} / {@code <updatedAt>#<id>}. */
    public static final Index BY_PARK = new Index("byPark", "gsi2pk", "gsi2sk");
    /** Items by type and status, newest change first (the feed matching rebuilds from): {@code <TYPE>#<STATUS>} / {@code <updatedAt>#<id>}. */
    public static final Index BY_STATUS = new Index("byStatus", "gsi3pk", "gsi3sk");
    /**
     * Everything an organisation owns, and unique external ids: {@code ORG#<orgId>} / {@code <TYPE>#<...>}; also the
     * match lists an item is in ({@code LISTED#<id>}).
     */
    public static final Index BY_OWNER = new Index("byOwner", "gsi4pk", "gsi4sk");
    /** Within one partition, a second order: matches by score, inbox by time: {@code lsi1sk}. */
    public static final Index RANKED = new Index("ranked", PK, "lsi1sk");

    public static final String EXPIRES_AT = "expiresAt";

    /**
     * The {@link #BY_OWNER} partition of an organisation, shared by the packages whose records an organisation
     * owns (list items, bids, cooperations, enterprise profiles); sort keys start with the record's type, so one
     * query reads one kind (a list's {@code mine}).
     */
    public static String ownedBy(String organisationId) {
        return "ORG#" + organisationId;
    }

    public static final TableDesign PLATFORM = new TableDesign(PK, SK,
            List.of(BY_REGION, BY_PARK, BY_STATUS, BY_OWNER), List.of(RANKED), "NEW_AND_OLD_IMAGES", EXPIRES_AT);

    public Index index(String name) {
        return java.util.stream.Stream.concat(globalIndexes.stream(), localIndexes.stream())
                .filter(i -> i.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no index " + name));
    }
}
