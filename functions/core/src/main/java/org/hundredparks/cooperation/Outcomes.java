package org.hundredparks.cooperation;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What a cooperation's outcome entries amount to: the newest entry that no correction replaced. */
public final class Outcomes {

    private Outcomes() {
    }

    public static Optional<Outcome> current(List<Outcome> entries) {
        Set<String> corrected = new HashSet<>();
        entries.forEach(o -> {
            if (o.correctsId() != null) {
                corrected.add(o.correctsId());
            }
        });
        return entries.stream().filter(o -> !corrected.contains(o.id())).reduce((a, b) -> newer(a, b) ? a : b);
    }

    /** Whether {@code a} is the newer figure: later as-of date, then later recording. */
    public static boolean newer(Outcome a, Outcome b) {
        return a.asOf().isAfter(b.asOf()) || a.asOf().equals(b.asOf()) && a.recordedAt().isAfter(b.recordedAt());
    }
}
