package org.hundredparks.reminder;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;

/**
 * A scheduled run. EventBridge Scheduler hands its Lambda target the schedule's input as configured;
 * ours is this "Scheduled Event" envelope filled from Scheduler's context attributes: {@code time} is
 * {@code <aws.scheduler.scheduled-time>} (the same on every retry of one run, which is what reminders
 * key on), {@code id} is {@code <aws.scheduler.execution-id>}, {@code resources} the schedule's ARN.
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
