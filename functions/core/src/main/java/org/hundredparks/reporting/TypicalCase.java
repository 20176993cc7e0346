package org.hundredparks.reporting;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;

/**
 * 典型案例: a cooperation an authority nominates, with a short description; the ministries shortlist
 * some of them.
 */
@RegisterForReflection
public record TypicalCase(String cooperationId, String cooperationName, String regionCode, String parkId, String description,
        String nominatedBy, Instant nominatedAt, boolean shortlisted) {
}
