package org.hundredparks.matching;

import java.util.List;
import org.hundredparks.submission.ListType;

/**
 * What can be matched: the four lists' items, and enterprises by their profile (the "万企" of the action,
 * matched to achievements by industry and products even when they have published no challenge). Not the same
 * idea as {@link ListType} (an enterprise is on no list), so a name of its own: a match's {@code candidateKind}.
 */
public enum MatchKind {
    ACHIEVEMENT, CHALLENGE, TALENT_NEED, STAFF_OFFER, ENTERPRISE;

    /** The kind of a list's items; a switch, so that a new list does not compile until it is placed here. */
    public static MatchKind of(ListType type) {
        return switch (type) {
            case ACHIEVEMENT -> ACHIEVEMENT;
            case CHALLENGE -> CHALLENGE;
            case TALENT_NEED -> TALENT_NEED;
            case STAFF_OFFER -> STAFF_OFFER;
        };
    }

    /** Which kinds answer this one: people can answer a challenge too; achievements also go to enterprises of a fitting industry. */
    public List<MatchKind> counterparts() {
        return switch (this) {
            case CHALLENGE -> List.of(ACHIEVEMENT, STAFF_OFFER);
            case ACHIEVEMENT -> List.of(CHALLENGE, ENTERPRISE);
            case TALENT_NEED -> List.of(STAFF_OFFER);
            case STAFF_OFFER -> List.of(TALENT_NEED, CHALLENGE);
            case ENTERPRISE -> List.of(ACHIEVEMENT);
        };
    }
}
