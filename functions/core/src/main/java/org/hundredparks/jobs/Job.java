package org.hundredparks.jobs;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A unit of background work, as the jobs queue carries it: what kind, and the id of the record that
 * describes it (the record holds everything else, so a message is tiny and a retry reads fresh state).
 */
@RegisterForReflection
public record Job(Kind kind, String id) {

    public enum Kind { IMPORT, REPORT }
}
