package org.hundredparks.organisation;

import static org.hundredparks.storage.RecordLayout.in;

import java.util.List;
import org.hundredparks.storage.RecordLayout;
import org.hundredparks.storage.TableDesign;

/** The keys of organisations; others read them through {@link OrganisationService}. {@link #LAYOUT} is what docs/data-model.md shows. */
final class OrganisationKeys {

    static final String ORGANISATION = "ORGANISATION";
    static final String MEMBER = "MEMBER";
    static final String REQUESTED = "REQUESTED";

    private OrganisationKeys() {
    }

    static String organisation(String id) {
        return "ORGANISATION#" + id;
    }

    /** A park's members and the requests waiting for it. */
    static String ofPark(String parkId) {
        return "ORGANISATION#P#" + parkId;
    }

    static String inPark(String standing, String id) {
        return standing + "#" + id;
    }

    /** A province's authorities (education, science, industry): whom its reminders reach by WeChat. */
    static String authoritiesOf(String province) {
        return "ORGANISATION#AUTHORITY#" + province;
    }

    static final List<RecordLayout> LAYOUT = List.of(
            RecordLayout.of("organisation (单位: every kind, its status; an enterprise's park membership)", organisation("<id>"), ORGANISATION,
                    "an organisation by id (kind, region, domain, park, ACTIVE or SUSPENDED); a park's member enterprises and the requests waiting for its admin; a province's authorities",
                    in(TableDesign.BY_PARK, ofPark("<parkId>"), inPark("<" + MEMBER + "|" + REQUESTED + ">", "<id>")),
                    in(TableDesign.BY_REGION, authoritiesOf("<province>"), "<id>")));
}
