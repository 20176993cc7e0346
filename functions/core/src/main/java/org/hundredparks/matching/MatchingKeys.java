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

    static String matched(Object kind) {
        return "MATCHED#" + kind;
    }

    static final List<RecordLayout> LAYOUT = List.of(
            RecordLayout.of("match", matches("<itemId>"), with("<otherId>"),
                    "an item's matches, best first (one query on ranked); every list that holds the item (its own list names them: pairs are stored both ways)",
                    in(TableDesign.RANKED, matches("<itemId>"), "<99999999 − score×10⁶, 8 digits>#<otherId>")),
            RecordLayout.of("matched marks of a list", MemberRows.rowPattern(matched("<LIST|ENTERPRISE>")), MemberRows.SK,
                    "the items of a list whose matching found candidates (the reports' 'published and matched'): one attribute per item"));
}
