package org.hundredparks.reminder;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;

/**
 * A scheduled run as the EventBridge Scheduler target receives it: the "Scheduled Event" envelope
 * (source aws.scheduler), whose {@code time} is the scheduled time; a retried delivery repeats it,
 * which is what makes reminders idempotent per run.
 */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record ScheduleTick(
        @JsonProperty("version") String version,
        @JsonProperty("id") String id,
        @JsonProperty("detail-type") String detailType,
        @JsonProperty("source") String source,
        @JsonProperty("account") String account,
        @JsonProperty("time") Instant time,
        @JsonProperty("region") String region,
        @JsonProperty("resources") List<String> resources) {
}
