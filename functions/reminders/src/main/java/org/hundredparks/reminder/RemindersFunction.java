package org.hundredparks.reminder;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.jboss.logging.Logger;

/** The daily reminder run, started by an EventBridge Scheduler schedule. */
@jakarta.inject.Named("reminders")
public class RemindersFunction implements RequestHandler<ScheduleTick, Map<String, Object>> {

    private static final Logger LOG = Logger.getLogger(RemindersFunction.class);

    private final Clock clock;

    public RemindersFunction(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Map<String, Object> handleRequest(ScheduleTick tick, Context context) {
        Instant runAt = tick.time() != null ? tick.time() : clock.instant();
        LOG.infof("reminder run for %s (schedule %s)", runAt, tick.resources());
        return Map.of("runAt", runAt.toString());
    }
}
