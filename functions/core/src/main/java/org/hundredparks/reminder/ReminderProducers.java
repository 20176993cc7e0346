package org.hundredparks.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hundredparks.cooperation.CooperationService;
import org.hundredparks.reference.ProgrammeCalendar;
import org.hundredparks.storage.RecordStore;
import org.hundredparks.submission.ListItemRepository;

@ApplicationScoped
class ReminderProducers {

    @Produces
    @ApplicationScoped
    ReminderService reminders(RecordStore records, CooperationService cooperations, Instance<ReminderDelivery> delivery, Clock clock,
            @ConfigProperty(name = "hundredparks.programme.stale-days") int staleDays) {
        // the channel is the subscription package's, which builds on this one: found, not imported
        return new ReminderService(records, new ListItemRepository(records), cooperations, ProgrammeCalendar.standard(),
                delivery.isResolvable() ? delivery.get() : ReminderDelivery.INBOX_ONLY, clock, staleDays);
    }
}
