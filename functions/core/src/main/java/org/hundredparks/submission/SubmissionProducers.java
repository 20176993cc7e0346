package org.hundredparks.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import org.hundredparks.cooperation.CooperationService;
import org.hundredparks.storage.RecordStore;

@ApplicationScoped
class SubmissionProducers {

    @Produces
    @ApplicationScoped
    SubmissionService submissionService(RecordStore records, Clock clock) {
        return new SubmissionService(new ListItemRepository(records), clock);
    }

    @Produces
    @ApplicationScoped
    ItemSummaries itemSummaries(RecordStore records) {
        return new ItemSummaries(records);
    }

    @Produces
    @ApplicationScoped
    BidService bidService(RecordStore records, SubmissionService submissions, CooperationService cooperations, Clock clock) {
        return new BidService(records, submissions, cooperations, clock);
    }
}
