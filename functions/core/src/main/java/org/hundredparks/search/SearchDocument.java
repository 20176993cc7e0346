package org.hundredparks.search;

/**
 * What search keeps of one item or enterprise profile: enough to filter, to decide who may see it, to show it
 * as a hit and to cut a highlighted fragment from its text. Its terms live only in the index's postings.
 *
 * @param status     the item's status ({@code PUBLISHED} for an enterprise profile, which is public once saved)
 * @param text       the item's description as search shows fragments of it (the matching text, at most
 *                   {@link SearchDocuments#TEXT_KEPT} characters; terms are taken from all of it)
 * @param updatedAt  the last change, ISO-8601
 */
public record SearchDocument(String id, SearchList list, String status, String ownerOrganisationId, String organisationName,
        String regionCode, String parkId, String field, String title, String text, String updatedAt) {

    public boolean published() {
        return "PUBLISHED".equals(status);
    }
}
