package org.hundredparks.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import org.hundredparks.storage.RecordStore;

@ApplicationScoped
class SubmissionProducers {

    @Produces
    @ApplicationScoped
    SubmissionService submissionService(RecordStore records, Clock clock) {
        return new SubmissionService(new ListItemRepository(records), clock);
    }
}
