package org.hundredparks.api.submission;

import java.time.Instant;
import java.util.List;
import org.hundredparks.submission.ItemStatus;
import org.hundredparks.submission.ListItem;
import org.hundredparks.submission.ListItemFields;
import org.hundredparks.submission.ListType;

/** A list item as the API shows it: workflow state and version around the submitter's fields. */
public record ListItemView(
        String id,
        ListType type,
        ItemStatus status,
        String closedReason,
        String ownerOrganisationId,
        long version,
        Instant createdAt,
        Instant updatedAt,
        Instant publishedAt,
        ListItemFields fields) {

    static ListItemView of(ListItem item, boolean showPersonalData) {
        ListItemFields fields = item.fields();
        if (!showPersonalData && fields.contact() != null) {
            fields = fields.withContact(fields.contact().masked());
        }
        return new ListItemView(item.id(), item.type(), item.status(), item.closedReason(), item.ownerOrganisationId(),
                item.version(), item.createdAt(), item.updatedAt(), item.publishedAt(), fields);
    }

    /** One page of a list; pass {@code nextCursor} back as {@code cursor} for the next (absent on the last). */
    public record Page(List<ListItemView> items, String nextCursor) {
    }
}
