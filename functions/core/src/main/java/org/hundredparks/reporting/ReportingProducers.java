package org.hundredparks.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hundredparks.cooperation.CooperationService;
import org.hundredparks.jobs.JobQueue;
import org.hundredparks.reference.ProgrammeCalendar;
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
            CooperationService cooperations, TypicalCaseService typicalCases, Clock clock,
            @ConfigProperty(name = "hundredparks.programme.stale-days") int staleDays) {
        String period = ProgrammeCalendar.standard().actionPlans().subject();
        return new ReportService(records, objects, storage.buckets().reports(), jobs, cooperations, typicalCases, period, staleDays, clock);
    }
}
