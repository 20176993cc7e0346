package org.hundredparks.submission;

import java.util.Set;
import org.hundredparks.identity.Caller;
import org.hundredparks.identity.Domain;
import org.hundredparks.identity.Role;

/**
 * Who may do what with list items. Writes stay inside the caller's own organisation and province;
 * publishing belongs to the competent authority of each list (notice 三: education/science for
 * achievements and staff offers, industry for challenges, the park for talent needs); unpublished
 * items are seen only by their owner and the authorities over them.
 */
public final class SubmissionPolicy {

    private SubmissionPolicy() {
    }

    /** Roles that may submit to each list. */
    public static Set<Role> submitters(ListType type) {
        return switch (type) {
            case ACHIEVEMENT, STAFF_OFFER -> Set.of(Role.UNIVERSITY, Role.PROVINCE_AUTHORITY);
            case CHALLENGE -> Set.of(Role.ENTERPRISE, Role.PARK_ADMIN, Role.PROVINCE_AUTHORITY);
            case TALENT_NEED -> Set.of(Role.ENTERPRISE, Role.PARK_ADMIN);
        };
    }

    /** The authority domains that publish each list. */
    static Set<Domain> publishingDomains(ListType type) {
        return switch (type) {
            case ACHIEVEMENT, STAFF_OFFER -> Set.of(Domain.EDUCATION, Domain.SCIENCE);
            case CHALLENGE -> Set.of(Domain.INDUSTRY);
            case TALENT_NEED -> Set.of();
        };
    }

    /** Whether an authority of this domain publishes the list; a caller without a domain publishes none. */
    private static boolean publishes(ListType type, Domain domain) {
        return domain != null && publishingDomains(type).contains(domain);
    }

    /** @return null when allowed, else the reason code */
    static String createDenied(Caller caller, ListType type, ListItemFields fields) {
        if (!submitters(type).contains(caller.role()) || caller.organisationId() == null) {
            return "ROLE_NOT_ALLOWED";
        }
        if (caller.role() == Role.PROVINCE_AUTHORITY && !publishes(type, caller.domain())) {
            return "ROLE_NOT_ALLOWED";
        }
        if (!caller.inProvince(fields.regionCode())) {
            return "OTHER_REGION";
        }
        if (caller.role() == Role.PARK_ADMIN && (caller.parkId() == null || !caller.parkId().equals(fields.parkId()))) {
            return "OTHER_PARK";
        }
        return null;
    }

    static boolean mayEdit(Caller caller, ListItem item) {
        return caller.owns(item.ownerOrganisationId());
    }

    /** The competent authority of this item. */
    static boolean mayPublish(Caller caller, ListItem item) {
        if (item.type() == ListType.TALENT_NEED) {
            return caller.role() == Role.PARK_ADMIN && caller.parkId() != null && caller.parkId().equals(item.fields().parkId());
        }
        if (!publishes(item.type(), caller.domain())) {
            return false;
        }
        return caller.role() == Role.MINISTRY
                || caller.role() == Role.PROVINCE_AUTHORITY && caller.inProvince(item.fields().regionCode());
    }

    static boolean mayWithdraw(Caller caller, ListItem item) {
        return mayEdit(caller, item) || mayPublish(caller, item);
    }

    /** Owner, the ministries, the province's authorities, the item's park: they see it whatever its status. */
    public static boolean oversees(Caller caller, ListItem item) {
        return caller.owns(item.ownerOrganisationId()) || caller.oversees(item.fields().regionCode(), item.fields().parkId());
    }

    static boolean mayRead(Caller caller, ListItem item) {
        return item.status() == ItemStatus.PUBLISHED || oversees(caller, item);
    }
}
