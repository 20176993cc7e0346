package org.hundredparks.submission;

import static org.hundredparks.storage.RecordLayout.in;

import java.util.List;
import org.hundredparks.storage.MemberRows;
import org.hundredparks.storage.RecordLayout;
import org.hundredparks.storage.TableDesign;

/**
 * The keys of the records this package owns: list items, their bids, the accepted-bid marker and the report
 * summaries. Only this package builds them; others read these records through {@link ListItemRepository},
 * {@link BidService} and {@link ItemSummaries}. {@link #LAYOUT} is what docs/data-model.md shows.
 */
final class SubmissionKeys {

    /** The sort key of a list item (its partition also holds its bids and the accepted-bid marker). */
    static final String ITEM = "ITEM";
    static final String ACCEPTED = "ACCEPTED";
    /** Every bid in one byStatus partition: the reports count them by stage in one pass. */
    static final String ALL_BIDS = "BID#ALL";

    private SubmissionKeys() {
    }

    static String item(String id) {
        return "ITEM#" + id;
    }

    /** The keys of a list item's own record (not its bids, which share its partition). */
    static final org.hundredparks.storage.KeyPattern ITEM_RECORD = new org.hundredparks.storage.KeyPattern("ITEM#", ITEM);

    static boolean isItem(String pk, String sk) {
        return ITEM_RECORD.matches(pk, sk);
    }

    // The builders take Object where a layout passes a placeholder ("<LIST>") and the code a value (a ListType).

    static String byRegion(Object list, String province) {
        return list + "#R#" + province;
    }

    static String byPark(Object list, String parkId) {
        return list + "#P#" + parkId;
    }

    static String byStatus(Object list, Object status) {
        return list + "#" + status;
    }

    /** The sort key of every list index: newest change last in key order, so queries read it reversed. */
    static String changed(Object updatedAt, String id) {
        return updatedAt + "#" + id;
    }

    /** An owner's items of one list, in its byOwner partition. */
    static String owned(Object list, Object updatedAt, String id) {
        return list + "#" + changed(updatedAt, id);
    }

    /** Where an owner's items of one list changed at or after {@code updatedAt} begin in its byOwner partition. */
    static String ownedFrom(Object list, Object updatedAt) {
        return list + "#" + updatedAt;
    }

    static String bid(String bidId) {
        return "BID#" + bidId;
    }

    static String ownedBid(Object createdAt, String bidId) {
        return "BID#" + createdAt + "#" + bidId;
    }

    static String summaries(Object list) {
        return "SUMMARY#" + list;
    }

    private static final String LIST = "<LIST>";
    private static final String UPDATED = "<updatedAt>";

    static final List<RecordLayout> LAYOUT = List.of(
            RecordLayout.of("list item (achievement, challenge, talent need, staff offer)", item("<id>"), ITEM,
                    "an item by id; lists by province, park, status (the national feed, matching's rebuild) and owner (`mine`), newest change first",
                    in(TableDesign.BY_REGION, byRegion(LIST, "<province>"), changed(UPDATED, "<id>")),
                    in(TableDesign.BY_PARK, byPark(LIST, "<parkId>"), changed(UPDATED, "<id>")),
                    in(TableDesign.BY_STATUS, byStatus(LIST, "<STATUS>"), changed(UPDATED, "<id>")),
                    in(TableDesign.BY_OWNER, TableDesign.ownedBy("<organisationId>"), owned(LIST, UPDATED, "<id>"))),
            RecordLayout.of("bid (揭榜)", item("<challengeId>"), bid("<bidId>"),
                    "a challenge's bids; every bid for the reports (bidId hashes challenge and bidder: one bid per organisation); an organisation's own bids, newest first (its home screen)",
                    in(TableDesign.BY_OWNER, TableDesign.ownedBy("<bidderOrganisationId>"), ownedBid("<createdAt>", "<bidId>")),
                    in(TableDesign.BY_STATUS, ALL_BIDS, changed("<createdAt>", "<bidId>"))),
            RecordLayout.of("accepted bid marker", item("<challengeId>"), ACCEPTED,
                    "the one accepted bid of a challenge (created only if absent: of concurrent accepts exactly one wins)"),
            RecordLayout.of("report summaries of a list", MemberRows.rowPattern(summaries(LIST)), MemberRows.SK,
                    "every item of a list as the reports count it: one attribute per item, `<version, 12 digits>|<status>|<region>|<park>|<field>|<role>|<day published>|<deadline>|<title>` (the last two a challenge's)"));
}
