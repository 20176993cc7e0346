package org.hundredparks.reminder;

import jakarta.enterprise.context.ApplicationScoped;
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
    ReminderService reminders(RecordStore records, CooperationService cooperations, Clock clock,
            @ConfigProperty(name = "hundredparks.programme.stale-days") int staleDays) {
        return new ReminderService(records, new ListItemRepository(records), cooperations, ProgrammeCalendar.standard(), ReminderDelivery.INBOX_ONLY,
                clock, staleDays);
    }
}
