package org.hundredparks.enterprise;

import static org.hundredparks.storage.RecordLayout.in;

import java.util.List;
import org.hundredparks.storage.RecordLayout;
import org.hundredparks.storage.TableDesign;

/** The keys of enterprise profiles; others read them through {@link EnterpriseService}. {@link #LAYOUT} is what docs/data-model.md shows. */
final class EnterpriseKeys {

    static final String PROFILE = "PROFILE";
    /** Every profile in one partition, for the matching index's rebuild and catch-up. */
    static final String ALL = "ENTERPRISE#ACTIVE";

    private EnterpriseKeys() {
    }

    static String enterprise(String organisationId) {
        return "ENTERPRISE#" + organisationId;
    }

    static final org.hundredparks.storage.KeyPattern PROFILE_RECORD = new org.hundredparks.storage.KeyPattern("ENTERPRISE#", PROFILE);

    static boolean isProfile(String pk, String sk) {
        return PROFILE_RECORD.matches(pk, sk);
    }

    static String byRegion(String province) {
        return "ENTERPRISE#R#" + province;
    }

    static String byPark(String parkId) {
        return "ENTERPRISE#P#" + parkId;
    }

    static String changed(Object updatedAt, String organisationId) {
        return updatedAt + "#" + organisationId;
    }

    static String owned(Object updatedAt, String organisationId) {
        return "ENTERPRISE#" + changed(updatedAt, organisationId);
    }

    static final List<RecordLayout> LAYOUT = List.of(
            RecordLayout.of("enterprise profile (企业画像)", enterprise("<organisationId>"), PROFILE,
                    "one enterprise's profile; every profile (matching); byRegion, byPark and byOwner written, not yet queried",
                    in(TableDesign.BY_STATUS, ALL, changed("<updatedAt>", "<organisationId>")),
                    in(TableDesign.BY_REGION, byRegion("<province>"), changed("<updatedAt>", "<organisationId>")),
                    in(TableDesign.BY_PARK, byPark("<parkId>"), changed("<updatedAt>", "<organisationId>")),
                    in(TableDesign.BY_OWNER, TableDesign.ownedBy("<organisationId>"), owned("<updatedAt>", "<organisationId>"))));
}
