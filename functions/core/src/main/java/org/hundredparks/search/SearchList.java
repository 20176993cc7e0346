package org.hundredparks.search;

import org.hundredparks.submission.ListType;

/** What search finds: the items of the four lists, and enterprises' public profiles. */
public enum SearchList {
    ACHIEVEMENT(ListType.ACHIEVEMENT.label()),
    CHALLENGE(ListType.CHALLENGE.label()),
    TALENT_NEED(ListType.TALENT_NEED.label()),
    STAFF_OFFER(ListType.STAFF_OFFER.label()),
    /** 企业画像 */
    ENTERPRISE("企业画像");

    private final String label;

    SearchList(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static SearchList of(ListType type) {
        return valueOf(type.name());
    }
}
