package org.hundredparks.functions.reminders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.hundredparks.platform.ColdStart;
import org.hundredparks.reminder.ReminderService;
import org.hundredparks.reminder.ScheduleTick;

/**
 * The daily reminder run, started by an EventBridge Scheduler schedule. It runs for the schedule's own
 * time, which a retried invocation repeats, so a retry finds its reminders already written.
 */
@jakarta.inject.Named("reminders")
public class RemindersFunction implements RequestHandler<ScheduleTick, Map<String, Object>> {

    private final Clock clock;
    private final ReminderService reminders;

    public RemindersFunction(Clock clock, ReminderService reminders) {
        this.clock = clock;
        this.reminders = reminders;
    }

    @Override
    public Map<String, Object> handleRequest(ScheduleTick tick, Context context) {
        return ColdStart.handling(() -> {
            Instant runAt = tick.time() != null ? tick.time() : clock.instant();
            ReminderService.Run run = reminders.run(runAt);
            return Map.<String, Object>of("runAt", runAt.toString(), "day", run.day().toString(), "created", run.created(),
                    "existing", run.existing());
        });
    }
}
