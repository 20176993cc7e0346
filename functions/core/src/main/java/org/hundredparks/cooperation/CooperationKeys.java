package org.hundredparks.cooperation;

import static org.hundredparks.storage.RecordLayout.in;

import java.util.List;
import org.hundredparks.storage.RecordLayout;
import org.hundredparks.storage.TableDesign;

/**
 * The keys of cooperations and their archive of progress updates and outcomes. Only this package builds them;
 * others read cooperations through {@link CooperationService}. {@link #LAYOUT} is what docs/data-model.md shows.
 */
final class CooperationKeys {

    static final String COOPERATION = "COOPERATION";
    static final String PROGRESS = "PROGRESS#";
    static final String OUTCOME = "OUTCOME#";
    /** Every cooperation by the day of its newest progress (its start until there is one): the quiet ones in one query. */
    static final String BY_PROGRESS = "COOPERATION#PROGRESS";
    /** Every outcome, with its cooperation: the reports read them in one pass. */
    static final String ALL_OUTCOMES = "OUTCOME#ALL";

    private CooperationKeys() {
    }

    static String cooperation(String id) {
        return "COOPERATION#" + id;
    }

    static String byRegion(String province) {
        return "COOPERATION#R#" + province;
    }

    static String byPark(String parkId) {
        return "COOPERATION#P#" + parkId;
    }

    static String created(Object createdAt, String id) {
        return createdAt + "#" + id;
    }

    static String owned(Object createdAt, String id) {
        return COOPERATION + "#" + created(createdAt, id);
    }

    /** A party's row in the cooperation's partition, so that an organisation finds what it takes part in. */
    static String party(String organisationId) {
        return "PARTY#" + organisationId;
    }

    static String partyOf(Object createdAt, String id) {
        return "PARTY#COOPERATION#" + created(createdAt, id);
    }

    static String progress(Object date, String entryId) {
        return PROGRESS + date + "#" + entryId;
    }

    static String outcome(Object recordedAt, String entryId) {
        return OUTCOME + recordedAt + "#" + entryId;
    }

    static String lastProgress(Object day, String id) {
        return day + "#" + id;
    }

    static final List<RecordLayout> LAYOUT = List.of(
            RecordLayout.of("cooperation", cooperation("<id>"), COOPERATION,
                    "a cooperation; by province and park; the quiet ones (newest progress, or start, on or before a day); the cooperations an organisation opened, newest first (its home screen)",
                    in(TableDesign.BY_REGION, byRegion("<province>"), created("<createdAt>", "<id>")),
                    in(TableDesign.BY_PARK, byPark("<parkId>"), created("<createdAt>", "<id>")),
                    in(TableDesign.BY_STATUS, BY_PROGRESS, lastProgress("<lastProgressOn or startedOn>", "<id>")),
                    in(TableDesign.BY_OWNER, TableDesign.ownedBy("<ownerOrganisationId>"), owned("<createdAt>", "<id>"))),
            RecordLayout.of("cooperation party", cooperation("<id>"), party("<organisationId>"),
                    "one per party, written when the cooperation is opened and again when the party confirms: the cooperations an organisation takes part in, newest first (its home screen)",
                    in(TableDesign.BY_OWNER, TableDesign.ownedBy("<organisationId>"), partyOf("<createdAt>", "<id>"))),
            RecordLayout.of("progress update", cooperation("<cooperationId>"), progress("<date>", "<entryId>"),
                    "a cooperation's progress, append-only (a correction is a new entry naming the one it corrects)"),
            RecordLayout.of("outcome", cooperation("<cooperationId>"), outcome("<recordedAt>", "<entryId>"),
                    "a cooperation's outcomes, append-only; every outcome for the reports",
                    in(TableDesign.BY_STATUS, ALL_OUTCOMES, created("<recordedAt>", "<entryId>"))));
}
