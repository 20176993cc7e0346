package org.hundredparks.actionplan;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A region's plan for a period, as stored: late if first submitted after the due date (late plans are
 * accepted, and flagged).
 */
public record ActionPlan(String id, ActionPlanFields fields, String ownerOrganisationId, long version, Instant submittedAt,
        Instant updatedAt, boolean late) {

    /** Parks of the region's roster that take part in no action: the report's "未参与" list. */
    public List<String> parksWithoutAction() {
        Set<String> remaining = new LinkedHashSet<>(fields.parkIds());
        fields.actions().forEach(action -> action.parkIds().forEach(remaining::remove));
        return List.copyOf(remaining);
    }
}
