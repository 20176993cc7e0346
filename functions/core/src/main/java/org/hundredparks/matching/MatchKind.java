package org.hundredparks.matching;

import org.hundredparks.submission.ListType;

/**
 * What can be matched: the four lists' items, and enterprises by their profile (the "万企" of the action,
 * matched to achievements by industry and products even when they have published no challenge).
 */
public enum MatchKind {
    ACHIEVEMENT, CHALLENGE, TALENT_NEED, STAFF_OFFER, ENTERPRISE;

    public static MatchKind of(ListType type) {
        return valueOf(type.name());
    }
}
