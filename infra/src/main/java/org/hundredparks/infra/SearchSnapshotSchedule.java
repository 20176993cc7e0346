package org.hundredparks.infra;

import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.scheduler.ContextAttribute;
import software.amazon.awscdk.services.scheduler.Schedule;
import software.amazon.awscdk.services.scheduler.ScheduleExpression;
import software.amazon.awscdk.services.scheduler.ScheduleTargetInput;
import software.amazon.awscdk.services.scheduler.targets.SqsSendMessage;
import software.amazon.awscdk.services.scheduler.targets.SqsSendMessageProps;
import software.amazon.awscdk.services.sqs.Queue;
import software.constructs.Construct;

/**
 * Every ten minutes, a job on the jobs queue that writes the search index's snapshot to S3: an API container's
 * cold start loads it and reads from the table only what changed since. A missed run costs only a longer catch-up.
 */
public class SearchSnapshotSchedule extends Construct {

    static final Duration EVERY = Duration.minutes(10);

    private final Schedule schedule;

    public SearchSnapshotSchedule(Construct scope, String id, Queue jobs) {
        super(scope, id);
        schedule = Schedule.Builder.create(this, "Snapshot")
                .description("Hundred Parks: the search index snapshot for the API's cold starts")
                .schedule(ScheduleExpression.rate(EVERY))
                .target(new SqsSendMessage(jobs, SqsSendMessageProps.builder()
                        .input(ScheduleTargetInput.fromObject(Map.of("kind", "SEARCH_SNAPSHOT", "id", ContextAttribute.getScheduledTime())))
                        .retryAttempts(2)
                        .maxEventAge(Duration.minutes(10)) // the next run comes anyway
                        .build()))
                .build();
    }

    public Schedule schedule() {
        return schedule;
    }
}
