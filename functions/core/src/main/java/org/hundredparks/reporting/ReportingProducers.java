package org.hundredparks.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import org.hundredparks.cooperation.CooperationService;
import org.hundredparks.jobs.JobQueue;
import org.hundredparks.reminder.Milestone;
import org.hundredparks.reminder.ReminderCalendar;
import org.hundredparks.storage.ObjectStore;
import org.hundredparks.storage.RecordStore;
import org.hundredparks.storage.StorageConfig;

@ApplicationScoped
class ReportingProducers {

    @Produces
    @ApplicationScoped
    TypicalCaseService typicalCases(RecordStore records, CooperationService cooperations, Clock clock) {
        return new TypicalCaseService(records, cooperations, clock);
    }

    @Produces
    @ApplicationScoped
    ReportService reports(RecordStore records, ObjectStore objects, StorageConfig storage, JobQueue jobs,
            CooperationService cooperations, TypicalCaseService typicalCases, Clock clock) {
        // the plans a report covers are those of the calendar's action-plan milestone
        String period = ReminderCalendar.standard().milestones().stream().filter(m -> m.kind() == Milestone.Kind.ACTION_PLAN)
                .map(Milestone::subject).findFirst().orElseThrow();
        return new ReportService(records, objects, storage.buckets().reports(), jobs, cooperations, typicalCases, period, clock);
    }
}
