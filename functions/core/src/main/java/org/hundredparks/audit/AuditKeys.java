package org.hundredparks.audit;

import static org.hundredparks.storage.RecordLayout.in;

import java.util.List;
import org.hundredparks.storage.RecordLayout;
import org.hundredparks.storage.TableDesign;

/** The keys of the audit trail; others read it through {@link AuditTrail}. {@link #LAYOUT} is what docs/data-model.md shows. */
final class AuditKeys {

    static final String ENTRY = "AUDIT";

    private AuditKeys() {
    }

    static String ofOrganisation(String organisationId) {
        return "AUDIT#" + organisationId;
    }

    static String ofProvince(String provinceCode) {
        return "AUDIT#R#" + provinceCode;
    }

    static String ofPark(String parkId) {
        return "AUDIT#P#" + parkId;
    }

    /** Time first, so a partition reads newest first; the id keeps two entries of one millisecond apart. */
    static String entry(Object at, String id) {
        return at + "#" + id;
    }

    static final List<RecordLayout> LAYOUT = List.of(
            RecordLayout.of("audit entry (sign-ins, bindings, invitations, suspensions)", ofOrganisation("<organisationId>"),
                    entry("<at>", "<entryId>"), "an organisation's entries, newest first; never changed, never expiring",
                    in(TableDesign.BY_REGION, ofProvince("<province>"), entry("<at>", "<entryId>")),
                    in(TableDesign.BY_PARK, ofPark("<parkId>"), entry("<at>", "<entryId>"))));
}
