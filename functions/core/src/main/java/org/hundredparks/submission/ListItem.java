package org.hundredparks.submission;

import java.time.Instant;

/**
 * One entry of a list, with its place in the review workflow and its optimistic-concurrency version.
 * {@code createdBy} is the token subject of the person who created it (the one its reminders go to);
 * it is kept out of every response.
 */
public record ListItem(
        String id,
        ListType type,
        ItemStatus status,
        String closedReason,
        String ownerOrganisationId,
        String createdBy,
        long version,
        Instant createdAt,
        Instant updatedAt,
        Instant publishedAt,
        ListItemFields fields) {

    ListItem with(ItemStatus nextStatus, String nextClosedReason, ListItemFields nextFields, Instant now) {
        return new ListItem(id, type, nextStatus, nextClosedReason, ownerOrganisationId, createdBy, version, createdAt, now,
                nextStatus == ItemStatus.PUBLISHED && publishedAt == null ? now : publishedAt, nextFields);
    }
}
