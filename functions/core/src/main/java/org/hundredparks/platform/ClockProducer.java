package org.hundredparks.platform;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The time every rule reads (deadlines, expiry, reminders); tests replace it with a fixed clock. */
@ApplicationScoped
public class ClockProducer {

    /** China time: the programme's days (due dates, reminder days, a report's date) are days in Beijing. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}
