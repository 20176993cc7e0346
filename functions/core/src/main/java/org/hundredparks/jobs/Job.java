package org.hundredparks.jobs;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.Map;

/**
 * A unit of background work, as the jobs queue carries it: what kind, and the id of the record that
 * describes it (the record holds everything else, so a message is tiny and a retry reads fresh state).
 * The operator's founding of a ministry department has no record yet: its few values travel as
 * {@code parameters}.
 */
@RegisterForReflection
public record Job(Kind kind, String id, Map<String, String> parameters) {

    /** SEARCH_SNAPSHOT comes from a schedule, every few minutes: its id is the scheduled time. */
    public enum Kind { IMPORT, REPORT, FOUNDING, SEARCH_SNAPSHOT }

    public Job(Kind kind, String id) {
        this(kind, id, null);
    }

    public String parameter(String name) {
        return parameters == null ? null : parameters.get(name);
    }
}
