package org.hundredparks.matching;

import static org.hundredparks.storage.RecordLayout.in;

import java.util.List;
import org.hundredparks.storage.MemberRows;
import org.hundredparks.storage.RecordLayout;
import org.hundredparks.storage.TableDesign;

/** The keys of match lists and "matched" marks; others read them through {@link MatchStore}. {@link #LAYOUT} is what docs/data-model.md shows. */
final class MatchingKeys {

    static final String WITH = "WITH#";

    private MatchingKeys() {
    }

    static String matches(String itemId) {
        return "MATCH#" + itemId;
    }

    static String with(String otherId) {
        return WITH + otherId;
    }

    /** Highest score first in key order; ties by id, so that the order is stable. */
    static String rank(double score, String otherId) {
        long inverted = 99_999_999L - Math.max(0, Math.min(99_999_999L, Math.round(score * 1_000_000)));
        return String.format("%08d#%s", inverted, otherId);
    }

    /** The byOwner partition naming every list a candidate is in. */
    static String listed(String candidateId) {
        return "LISTED#" + candidateId;
    }

    static String matched(Object kind) {
        return "MATCHED#" + kind;
    }

    static final List<RecordLayout> LAYOUT = List.of(
            RecordLayout.of("match", matches("<itemId>"), with("<otherId>"),
                    "an item's own list, best first (one query on ranked), the score from the item's side; the lists a candidate is in (one query on byOwner), to take a withdrawn item out of them",
                    in(TableDesign.RANKED, matches("<itemId>"), "<99999999 − score×10⁶, 8 digits>#<otherId>"),
                    in(TableDesign.BY_OWNER, listed("<otherId>"), matches("<itemId>"))),
            RecordLayout.of("matched marks of a list", MemberRows.rowPattern(matched("<LIST|ENTERPRISE>")), MemberRows.SK,
                    "the items of a list whose own list is not empty (the reports' 'published and matched'): one attribute per item, written with the list"));
}
