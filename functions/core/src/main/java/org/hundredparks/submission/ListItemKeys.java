package org.hundredparks.submission;

/**
 * The keys of list items (docs/data-model.md): one item per list entry, indexed by region, status
 * and owner; each index sorts by last change so "updated since" is a key range.
 */
final class ListItemKeys {

    static final String SK = "ITEM";

    private ListItemKeys() {
    }

    static String pk(String id) {
        return "ITEM#" + id;
    }

    /** By province (the first two digits): a province's list is one partition; a city filters within it. */
    static String byRegion(String type, String regionCode) {
        return type + "#R#" + regionCode.substring(0, 2);
    }

    static String byStatus(String type, ItemStatus status) {
        return type + "#" + status;
    }

    static String byOwner(String organisationId) {
        return "ORG#" + organisationId;
    }

    static String changed(java.time.Instant updatedAt, String id) {
        return updatedAt + "#" + id;
    }
}
