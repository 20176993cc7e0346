package org.hundredparks.infra;

import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.TimeZone;
import software.amazon.awscdk.services.lambda.IFunction;
import software.amazon.awscdk.services.scheduler.ContextAttribute;
import software.amazon.awscdk.services.scheduler.CronOptionsWithTimezone;
import software.amazon.awscdk.services.scheduler.Schedule;
import software.amazon.awscdk.services.scheduler.ScheduleExpression;
import software.amazon.awscdk.services.scheduler.ScheduleTargetInput;
import software.amazon.awscdk.services.scheduler.targets.LambdaInvoke;
import software.amazon.awscdk.services.scheduler.targets.ScheduleTargetBaseProps;
import software.amazon.awscdk.services.sqs.Queue;
import software.constructs.Construct;

/**
 * The daily reminder run at 08:00 China time. The function is given the schedule's own time, so a
 * retried invocation is the same run and writes no second reminder.
 */
public class ReminderSchedule extends Construct {

    private final Schedule schedule;
    private final Queue deadLetters;

    public ReminderSchedule(Construct scope, String id, IFunction reminders) {
        super(scope, id);
        deadLetters = DeadLetters.create(this, "DeadLetters");
        schedule = Schedule.Builder.create(this, "Daily")
                .description("Hundred Parks: daily reminders (due and late plans, reports, stale cooperations, closing challenges)")
                .schedule(ScheduleExpression.cron(CronOptionsWithTimezone.builder()
                        .minute("0").hour("8").timeZone(TimeZone.ASIA_SHANGHAI).build()))
                .target(new LambdaInvoke(reminders, ScheduleTargetBaseProps.builder()
                        .input(ScheduleTargetInput.fromObject(Map.of("time", ContextAttribute.getScheduledTime())))
                        .retryAttempts(3)
                        .maxEventAge(Duration.hours(6))
                        .deadLetterQueue(deadLetters)
                        .build()))
                .build();
    }

    public Schedule schedule() {
        return schedule;
    }

    public Queue deadLetters() {
        return deadLetters;
    }
}
